using Signatures.Enforcement;
using static Signatures.Tests.Compatibility.CompatibilityHelpers;

namespace Signatures.Tests.Compatibility;

/// <summary>What MLflow's <c>from_dict</c> reads, read too: <c>required</c> values that are not booleans, complex
/// tensor dtypes; and what PyYAML refuses (tabs between tokens), refused too.</summary>
public class SignatureReadingTests
{
    [Theory]
    [InlineData("\"true\"", true)]
    [InlineData("\"false\"", true)] // a non-empty string is truthy in Python
    [InlineData("\"\"", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("[]", false)]
    public void A_required_value_that_is_not_a_boolean_is_kept_and_enforced_by_truthiness(string value, bool required)
    {
        string inputs = $$"""[{"type": "string", "name": "a", "required": {{value}}}]""";
        ModelSignature signature = Signature(inputs);
        Assert.Equal(inputs, signature.Inputs!.ToJson());
        ColSpec column = signature.Inputs!.Columns.Single();
        Assert.Equal(required, column.IsRequired);
        Assert.Equal(value, column.RequiredJson);
        Assert.Equal(required, !Enforce(signature, """{"dataframe_records": [{"b": "x"}]}""").IsAccepted);
    }

    [Fact]
    public void An_unnamed_column_with_a_falsy_non_boolean_required_is_allowed_as_MLflow_checks_required_is_False()
    {
        Assert.Equal("""[{"type": "long", "required": 0}]""", Signature("""[{"type": "long", "required": 0}]""").Inputs!.ToJson());
        Assert.Throws<SignatureException>(() => Signature("""[{"type": "long", "required": false}]"""));
    }

    [Fact]
    public void An_object_property_keeps_a_required_value_that_is_not_a_boolean()
    {
        string inputs = """[{"type": "object", "properties": {"p": {"type": "long", "required": "yes"}, "q": {"type": "long", "required": null}}, "name": "o", "required": true}]""";
        ModelSignature signature = Signature(inputs);
        Assert.Equal(inputs, signature.Inputs!.ToJson());
        var properties = ((ObjectType)signature.Inputs!.Columns.Single().Type).Properties;
        Assert.True(properties[0].Required);
        Assert.False(properties[1].Required);
        Assert.True(Enforce(signature, """{"dataframe_records": [{"o": {"p": 1}}]}""").IsAccepted);
        Assert.False(Enforce(signature, """{"dataframe_records": [{"o": {"q": 1}}]}""").IsAccepted);
    }

    [Theory]
    [InlineData("complex64", "complex64")]
    [InlineData("c8", "complex64")]
    [InlineData("<c8", "complex64")]
    [InlineData("complex128", "complex128")]
    [InlineData("complex", "complex128")]
    [InlineData("c16", "complex128")]
    [InlineData(">c16", "complex128")]
    public void Complex_dtypes_are_read_and_written_with_numpys_name(string dtype, string name) =>
        Assert.Equal($$$"""[{"type": "tensor", "tensor-spec": {"dtype": "{{{name}}}", "shape": [-1]}}]""",
            Signature($$$"""[{"type": "tensor", "tensor-spec": {"dtype": "{{{dtype}}}", "shape": [-1]}}]""").Inputs!.ToJson());

    [Fact]
    public void Complex_tensors_take_real_numbers_exact_in_the_part_width()
    {
        ModelSignature c64 = Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "complex64", "shape": [-1]}}]""");
        Assert.Contains("\"dtype\": \"complex64\"", Enforce(c64, """{"inputs": [1, 2.5]}""").ToJson(), StringComparison.Ordinal);
        Assert.False(Enforce(c64, """{"inputs": [16777217]}""").IsAccepted); // not exact in float32
        Assert.False(Enforce(c64, """{"inputs": ["1+2j"]}""").IsAccepted);
        ModelSignature c128 = Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "complex128", "shape": [-1]}}]""");
        Assert.True(Enforce(c128, """{"inputs": [16777217]}""").IsAccepted);
    }

    [Theory]
    [InlineData("datetime64[s]")]
    [InlineData("timedelta64[ns]")]
    [InlineData("float128")]
    [InlineData("V8")]
    public void Dtypes_without_an_exact_JSON_form_are_refused_with_the_supported_list(string dtype)
    {
        // Compatibility row 44.
        var e = Assert.Throws<SignatureException>(() => Signature($$$"""[{"type": "tensor", "tensor-spec": {"dtype": "{{{dtype}}}", "shape": [-1]}}]"""));
        Assert.Contains("not understood; supported dtypes:", e.Message, StringComparison.Ordinal);
        Assert.Contains("complex128", e.Message, StringComparison.Ordinal);
    }

    private const string MLmodel = "signature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n  outputs: null\n";

    [Theory]
    [InlineData("signature:\n  inputs:\t'[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n  outputs: null\n", 2)]
    [InlineData("signature:\n\tinputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n", 2)]
    [InlineData("signature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\t\n  outputs: null\n", 2)]
    [InlineData("flavors: {a:\tb}\nsignature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n", 1)]
    [InlineData("note: a\tb\nsignature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n", 1)]
    public void Tabs_PyYAML_refuses_are_refused(string yaml, int line)
    {
        var e = Assert.Throws<SignatureException>(() => ModelSignature.FromMLmodelYaml(yaml));
        Assert.Contains("found character '\\t' that cannot start any token", e.Message, StringComparison.Ordinal);
        Assert.Contains($"line {line},", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("note: 'a\tb'\nsignature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n")]
    [InlineData("note: \"a\tb\"\nsignature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n")]
    [InlineData("# a\tcomment\nsignature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n")]
    [InlineData("note: |\n  a\tb\nsignature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n")]
    [InlineData(MLmodel)]
    public void Tabs_inside_quoted_or_block_scalars_and_comments_are_content(string yaml) =>
        Assert.NotNull(ModelSignature.FromMLmodelYaml(yaml).Inputs);
}
