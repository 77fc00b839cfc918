using Signatures.Enforcement;
using static Signatures.Tests.Compatibility.CompatibilityHelpers;

namespace Signatures.Tests.Compatibility;

/// <summary>
/// Column and tensor names that are numbers or booleans, as MLflow's <c>ColSpec</c>/<c>TensorSpec</c> take them and
/// real MLmodel files carry them (<c>"name": 0</c>): read and written as MLflow writes them, and matched against a
/// request's labels the way pandas matches column labels (Python equality: a string key never equals a number).
/// </summary>
public class NonStringNameTests
{
    private const string IntNamed = """[{"type": "double", "name": 0, "required": true}, {"type": "double", "name": 1, "required": true}]""";

    [Theory]
    [InlineData("""[{"type": "double", "name": 0, "required": true}]""")]
    [InlineData("""[{"type": "long", "name": -12, "required": false}]""")]
    [InlineData("""[{"type": "string", "name": 123456789012345678901234567890, "required": true}]""")]
    [InlineData("""[{"type": "double", "name": 1.5, "required": true}]""")]
    [InlineData("""[{"type": "double", "name": 1e+300, "required": true}]""")]
    [InlineData("""[{"type": "double", "name": NaN, "required": true}]""")]
    [InlineData("""[{"type": "boolean", "name": true, "required": true}, {"type": "boolean", "name": false, "required": true}]""")]
    [InlineData("""[{"type": "array", "items": {"type": "long"}, "name": 3, "required": true}]""")]
    [InlineData("""[{"name": 0, "type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 2]}}]""")]
    public void Names_that_are_numbers_or_booleans_are_written_back_as_MLflow_writes_them(string inputs)
    {
        ModelSignature signature = Signature(inputs);
        Assert.Equal(inputs, signature.Inputs!.ToJson());
        Assert.Equal(inputs, ModelSignature.FromMLmodelYaml(signature.ToMLmodelYaml()).Inputs!.ToJson());
    }

    [Fact]
    public void Integer_names_are_written_as_Python_ints_and_kinds_are_exposed()
    {
        Schema inputs = Signature("""[{"type": "double", "name": -0}, {"type": "double", "name": 2.0}, {"type": "double", "name": true}]""").Inputs!;
        Assert.Equal("""[{"type": "double", "name": 0, "required": true}, {"type": "double", "name": 2.0, "required": true}, {"type": "double", "name": true, "required": true}]""", inputs.ToJson());
        Assert.Equal([NameKind.Integer, NameKind.Float, NameKind.Boolean], inputs.Inputs.Select(i => i.NameKind));
        Assert.Equal(["0", "2.0", "True"], inputs.Inputs.Select(i => i.Name));
    }

    [Fact]
    public void A_name_kind_must_fit_the_name_text()
    {
        var column = new ColSpec(DataType.Double, "0");
        Assert.Equal("""{"type": "double", "name": 0, "required": true}""", new Schema(column with { NameKind = NameKind.Integer }).ToJson()[1..^1]);
        Assert.Throws<SignatureException>(() => new ColSpec(DataType.Double, "zero") with { NameKind = NameKind.Integer });
        Assert.Throws<SignatureException>(() => new ColSpec(DataType.Double, "1") with { NameKind = NameKind.Boolean });
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"a\": 1}")]
    public void A_list_or_dict_name_is_refused_with_a_clear_message(string name)
    {
        var e = Assert.Throws<SignatureException>(() => Signature($$"""[{"type": "double", "name": {{name}}}]"""));
        Assert.Contains("'name' must be a string, a number or a boolean", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_labels_in_dataframe_split_columns_match_number_names()
    {
        ModelSignature signature = Signature(IntNamed);
        Assert.Equal("""{"columns":[0,1],"rows":[[1.5,2.5]]}""", Input(Enforce(signature, """{"dataframe_split": {"columns": [1, 0], "data": [[2.5, 1.5]]}}""")));
        // Python equality: 0.0 and False are the label 0, 1.0 and True the label 1.
        Assert.Equal("""{"columns":[0,1],"rows":[[1.5,2.5]]}""", Input(Enforce(signature, """{"dataframe_split": {"columns": [0.0, true], "data": [[1.5, 2.5]]}}""")));
        Assert.Equal("""{"columns":[0,1],"rows":[[1.5,2.5]]}""", Input(Enforce(signature, """{"dataframe_split": {"columns": [false, 1.0], "data": [[1.5, 2.5]]}}""")));
    }

    [Fact]
    public void Without_columns_pandas_labels_split_columns_by_position_which_matches_number_names()
    {
        Assert.Equal("""{"columns":[0,1],"rows":[[1.5,2.5]]}""", Input(Enforce(Signature(IntNamed), """{"dataframe_split": {"data": [[1.5, 2.5]]}}""")));
        Assert.Equal("""{"columns":[0,1],"rows":[[1.5,2.5],[3.0,4.0]]}""", Input(Enforce(Signature(IntNamed), """{"inputs": [[1.5, 2.5], [3, 4]]}""")));
        Assert.Equal("""{"columns":[0,1],"rows":[[1.5,2.5]]}""", Input(Enforce(Signature(IntNamed), """{"instances": [[1.5, 2.5]]}""")));
    }

    [Theory]
    [InlineData("""{"dataframe_split": {"columns": ["0", "1"], "data": [[1.5, 2.5]]}}""")]
    [InlineData("""{"dataframe_records": [{"0": 1.5, "1": 2.5}]}""")]
    [InlineData("""{"instances": [{"0": 1.5, "1": 2.5}]}""")]
    [InlineData("""{"inputs": {"0": [1.5], "1": [2.5]}}""")]
    [InlineData("""{"inputs": [{"0": 1.5, "1": 2.5}]}""")]
    public void String_keys_never_match_number_names(string body)
    {
        string message = Refused(Enforce(Signature(IntNamed), body), RejectionStage.Inputs);
        Assert.Contains("Missing required columns 0, 1", message, StringComparison.Ordinal);
        Assert.Contains("'0', '1'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_header_is_strings_so_it_never_matches_number_names() =>
        Assert.Contains("Missing required columns 0, 1", Refused(Enforce(Signature(IntNamed), "0,1\n1.5,2.5\n", "text/csv"), RejectionStage.Inputs), StringComparison.Ordinal);

    [Fact]
    public void Number_labels_never_match_string_names_that_look_like_numbers()
    {
        ModelSignature signature = Signature("""[{"type": "double", "name": "0", "required": true}]""");
        Assert.Equal("""{"columns":["0"],"rows":[[1.5]]}""", Input(Enforce(signature, """{"dataframe_records": [{"0": 1.5}]}""")));
        Assert.Equal("""{"columns":["0"],"rows":[[1.5]]}""", Input(Enforce(signature, """{"dataframe_split": {"columns": ["0"], "data": [[1.5]]}}""")));
        Assert.Contains("Missing required column '0'", Refused(Enforce(signature, """{"dataframe_split": {"columns": [0], "data": [[1.5]]}}"""), RejectionStage.Inputs), StringComparison.Ordinal);
        Assert.Contains("Missing required column '0'", Refused(Enforce(signature, """{"dataframe_split": {"data": [[1.5]]}}"""), RejectionStage.Inputs), StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_number_named_column_missing_from_string_keys_is_left_out()
    {
        ModelSignature signature = Signature("""[{"type": "double", "name": "a", "required": true}, {"type": "double", "name": 0, "required": false}]""");
        EnforcementResult result = Enforce(signature, """{"dataframe_records": [{"a": 1.5, "0": 2.5}]}""");
        Assert.Equal("""{"columns":["a"],"rows":[[1.5]]}""", Input(result));
        Assert.Contains("'0'", Assert.Single(result.Request!.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_value_is_the_column_pandas_labels_0()
    {
        ModelSignature signature = Signature("""[{"type": "long", "name": 0, "required": true}]""");
        Assert.Equal("""{"columns":[0],"rows":[[5]]}""", Input(Enforce(signature, """{"inputs": 5}""")));
        Assert.Equal("""{"columns":[0],"rows":[[5],[6]]}""", Input(Enforce(signature, """{"instances": [5, 6]}""")));
    }

    [Fact]
    public void Named_tensors_with_number_names_are_matched_the_same_way()
    {
        ModelSignature signature = Signature("""[{"name": 0, "type": "tensor", "tensor-spec": {"dtype": "float64", "shape": [-1]}}]""");
        Assert.True(Enforce(signature, """{"dataframe_split": {"columns": [0], "data": [[1.5], [2.5]]}}""").IsAccepted);
        Assert.False(Enforce(signature, """{"inputs": {"0": [1.5]}}""").IsAccepted);
    }

    [Fact]
    public void Format_and_show_keep_and_mark_number_names()
    {
        const string inputs = """[{"type": "double", "name": 0, "required": true}, {"type": "string", "name": "0", "required": "true"}]""";
        using var file = new TempFile(new System.Text.Json.Nodes.JsonObject { ["inputs"] = inputs, ["outputs"] = null, ["params"] = null }.ToJsonString(), ".json");
        CliResult format = CliRunner.Run("format", "--signature", file.Path);
        Assert.Equal(0, format.ExitCode);
        Assert.Equal(ModelSignature.FromDictJson(System.IO.File.ReadAllText(file.Path)).ToDictJson() + "\n", format.Stdout);
        Assert.Contains(global::Signatures.Formats.PythonJsonText.QuoteString(inputs), format.Stdout, StringComparison.Ordinal);
        CliResult show = CliRunner.Run("show", file.Path);
        Assert.Contains("0 (int)", show.Stdout, StringComparison.Ordinal);
        Assert.Contains("yes (\"true\")", show.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_marks_float_and_boolean_names_and_shows_a_required_that_is_not_a_boolean()
    {
        const string inputs = """[{"type": "double", "name": 1.5, "required": 0}, {"type": "long", "name": true}, """ +
            """{"type": "object", "name": "o", "properties": {"p": {"type": "long", "required": "yes"}, "q": {"type": "string"}}, "required": true}]""";
        using var file = new TempFile(new System.Text.Json.Nodes.JsonObject { ["inputs"] = inputs, ["outputs"] = null, ["params"] = null }.ToJsonString(), ".json");
        CliResult show = CliRunner.Run("show", file.Path);
        Assert.Equal(0, show.ExitCode);
        string[] lines = show.Stdout.Split('\n');
        Assert.Matches(@"^  1\.5 \(float\) +double +no \(0\)$", lines[2]);
        Assert.Matches(@"^  True \(bool\) +long +yes$", lines[3]);
        Assert.Contains("""object{p (required: "yes"): long, q: string}""", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void An_integer_label_matches_by_its_digits_whatever_its_length()
    {
        ModelSignature zero = Signature("""[{"type": "long", "name": 0, "required": true}]""");
        Assert.Equal("""{"columns":[0],"rows":[[7]]}""", Input(Enforce(zero, """{"dataframe_split": {"columns": [-0], "data": [[7]]}}""")));
        string digits = "1" + new string('0', 4_000);
        ModelSignature big = Signature("""[{"type": "long", "name": """ + digits + """, "required": true}]""");
        Assert.True(Enforce(big, """{"dataframe_split": {"columns": [""" + digits + """], "data": [[7]]}}""").IsAccepted);
        Assert.False(Enforce(big, """{"dataframe_split": {"columns": [""" + digits + """1], "data": [[7]]}}""").IsAccepted);
    }

    [Fact]
    public void A_falsy_name_after_position_0_is_matched_by_the_name_itself()
    {
        // Compatibility row 37: MLflow puts the position in place of a falsy name and misses the column.
        ModelSignature signature = Signature("""[{"type": "long", "name": "a", "required": true}, {"type": "long", "name": 0, "required": true}]""");
        Assert.Equal("""{"columns":["a",0],"rows":[[1,2]]}""", Input(Enforce(signature, """{"dataframe_split": {"columns": ["a", 0], "data": [[1, 2]]}}""")));
    }

    [Fact]
    public void Duplicate_number_labels_by_Python_equality_are_refused() =>
        Assert.Contains("twice", Refused(Enforce(Signature(IntNamed), """{"dataframe_split": {"columns": [1, 1.0], "data": [[1, 2]]}}"""), RejectionStage.Parse), StringComparison.Ordinal);
}
