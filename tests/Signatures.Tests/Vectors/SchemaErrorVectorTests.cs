using System.Text.Json.Nodes;

namespace Signatures.Tests.Vectors;

/// <summary>Every line of <c>schema_errors.jsonl</c>: what MLflow refuses to read or write is refused here, with a
/// <see cref="SignatureException"/> from the API and exit code 1 from <c>signatures format</c>.</summary>
public class SchemaErrorVectorTests
{
    public static IEnumerable<object[]> DictRows() =>
        VectorFiles.Read("schema_errors.jsonl").Where(r => JsonNode.Parse((string)r[1])!["signature_dict"] is not null);

    public static IEnumerable<object[]> ConstructorRows() =>
        VectorFiles.Read("schema_errors.jsonl").Where(r => JsonNode.Parse((string)r[1])!["signature_dict"] is null);

    [Theory]
    [MemberData(nameof(DictRows))]
    public void Reading_is_refused_with_a_signature_exception(string id, string line)
    {
        string json = JsonNode.Parse(line)!["signature_dict"]!.ToJsonString();
        var error = Assert.Throws<SignatureException>(() => ModelSignature.FromDictJson(json));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), id);
    }

    [Theory]
    [MemberData(nameof(DictRows))]
    public void Format_exits_1_with_one_line_on_stderr(string id, string line)
    {
        string json = JsonNode.Parse(line)!["signature_dict"]!.ToJsonString();
        using var file = new TempFile(json);
        var result = CliRunner.Run("format", "--signature", file.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("signatures: ", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.True(id.Length > 0);
    }

    [Theory]
    [MemberData(nameof(DictRows))]
    public void The_mlmodel_form_is_refused_too(string id, string line)
    {
        JsonNode dict = JsonNode.Parse(line)!["signature_dict"]!;
        string yaml = "flavors: {}\nsignature:\n" + string.Concat(new[] { "inputs", "outputs", "params" }
            .Where(k => dict[k] is not null)
            .Select(k => $"  {k}: '{dict[k]!.GetValue<string>().Replace("'", "''")}'\n"));
        Assert.Throws<SignatureException>(() => ModelSignature.FromMLmodelYaml(yaml));
        Assert.True(id.Length > 0);
    }

    /// <summary>Constructor-stage lines have no JSON: each names a Python construction MLflow refuses. The C# API
    /// must make the equivalent impossible, by its types or with a <see cref="SignatureException"/>.</summary>
    [Theory]
    [MemberData(nameof(ConstructorRows))]
    public void The_equivalent_construction_is_impossible_in_csharp(string id, string line)
    {
        Assert.True(ConstructionChecks.TryGetValue(id, out Action? check),
            $"constructor vector '{id}' ({JsonNode.Parse(line)!["constructor"]}) has no C# check yet: add one to {nameof(ConstructionChecks)}");
        check!();
    }

    private static readonly Dictionary<string, Action> ConstructionChecks = new()
    {
        // Schema(ColSpec): the C# constructor takes a sequence of InputSpec, so a single spec is a list of one.
        ["ctor_schema_not_list"] = () =>
            Assert.All(typeof(Schema).GetConstructors(), c => Assert.True(
                typeof(IEnumerable<InputSpec>).IsAssignableFrom(c.GetParameters().Single().ParameterType))),
        // TensorSpec(type='float32'): the dtype is the NumpyDType enum, never a string.
        ["ctor_tensor_not_dtype"] = () =>
            Assert.All(typeof(TensorSpec).GetConstructors(), c => Assert.Equal(typeof(NumpyDType), c.GetParameters()[0].ParameterType)),
        // ModelSignature(inputs=list): inputs and outputs are Schema, params ParamSchema.
        ["ctor_signature_bad_inputs"] = () =>
            Assert.Equal(
                [typeof(Schema), typeof(Schema), typeof(ParamSchema)],
                typeof(ModelSignature).GetConstructors().Single().GetParameters().Select(p => p.ParameterType).ToArray()),
        ["object_duplicate_property"] = () => Assert.Throws<SignatureException>(() =>
            new ObjectType([new ObjectProperty("a", ColumnType.Of(DataType.Long)), new ObjectProperty("a", ColumnType.Of(DataType.String))])),
        ["object_empty"] = () => Assert.Throws<SignatureException>(() => new ObjectType([])),
        ["signature_all_none"] = () => Assert.Throws<SignatureException>(() => new ModelSignature(null, null, null)),
    };
}
