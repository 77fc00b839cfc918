using Signatures.Enforcement;
using static Signatures.Tests.Compatibility.CompatibilityHelpers;

namespace Signatures.Tests.Compatibility;

/// <summary>Request shapes where MLflow's scoring server decides the structure: records in <c>instances</c> with
/// different keys, a bare value for named columns, and models whose signature came from a type hint.</summary>
public class RequestShapeTests
{
    private static readonly ModelSignature TwoColumns = Signature(
        """[{"type": "long", "name": "a", "required": true}, {"type": "string", "name": "b", "required": false}]""");

    private static readonly ModelSignature OneNamedColumn = Signature("""[{"type": "string", "name": "text", "required": true}]""");

    [Theory]
    [InlineData("""{"instances": [{"a": 1, "b": "x"}, {"a": 2}]}""", "record 1 lacks 'b'")]
    [InlineData("""{"instances": [{"a": 1}, {"a": 2, "b": "y"}]}""", "record 1 has 'b' besides")]
    [InlineData("""{"instances": [{"a": 1, "b": "x"}, {"a": 2, "c": 3}]}""", "record 1 lacks 'b' and has 'c' besides")]
    [InlineData("""{"instances": [{"a": 1}, {"a": 2}, {"b": "z"}]}""", "record 2 lacks 'a' and has 'b' besides")]
    public void Instances_records_with_different_keys_are_refused_as_MLflow_does(string body, string difference)
    {
        string message = Refused(Enforce(TwoColumns, body), RejectionStage.Inputs);
        Assert.Contains(difference, message, StringComparison.Ordinal);
        Assert.Contains("All arrays must be of the same length", message, StringComparison.Ordinal);
    }

    [Theory]
    // Only the optional 'b' differs: MLflow's parser passes it and pandas refuses it in schema enforcement.
    [InlineData("""[{"type": "long", "name": "a", "required": true}, {"type": "string", "name": "b", "required": false}]""", """{"instances": [{"a": 1, "b": "x"}, {"a": 2}]}""", true)]
    [InlineData("""[{"type": "long", "name": "a", "required": true}, {"type": "string", "name": "b", "required": false}]""", """{"instances": [{"a": 1}, {"a": 2, "b": "y"}]}""", true)]
    // An unknown key is not checked by the parser either.
    [InlineData("""[{"type": "long", "name": "a", "required": true}]""", """{"instances": [{"a": 1}, {"a": 2, "z": 3}]}""", true)]
    // A required Array column is not checked by the parser.
    [InlineData("""[{"type": "long", "name": "a", "required": true}, {"type": "array", "items": {"type": "long"}, "name": "c", "required": true}]""", """{"instances": [{"a": 1, "c": [1]}, {"a": 2}]}""", true)]
    // Two required scalar columns of different lengths: MLflow's parser refuses (BAD_REQUEST).
    [InlineData("""[{"type": "long", "name": "a", "required": true}, {"type": "long", "name": "b", "required": true}]""", """{"instances": [{"a": 1, "b": 2}, {"a": 3}]}""", false)]
    [InlineData("""[{"name": "a", "type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1]}}, {"name": "b", "type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1]}}]""", """{"instances": [{"a": 1, "b": 2}, {"a": 3}]}""", false)]
    public void Instances_records_with_different_keys_are_a_schema_mismatch_where_MLflow_refuses_them_in_enforcement(string inputs, string body, bool schemaMismatch)
    {
        EnforcementResult result = Enforce(Signature(inputs), body);
        Assert.Contains("All arrays must be of the same length", Refused(result, RejectionStage.Inputs), StringComparison.Ordinal);
        Assert.Equal(schemaMismatch, result.Rejection!.IsSchemaMismatch);
    }

    [Fact]
    public void Instances_records_that_MLflow_would_merge_into_one_row_are_refused()
    {
        // Compatibility row 39: equal lengths, different keys.
        ModelSignature optional = Signature("""[{"type": "long", "name": "a", "required": false}, {"type": "long", "name": "b", "required": false}]""");
        Assert.Contains("record 1 lacks 'a' and has 'b' besides", Refused(Enforce(optional, """{"instances": [{"a": 1}, {"b": 2}]}"""), RejectionStage.Inputs), StringComparison.Ordinal);
    }

    [Fact]
    public void Instances_records_with_the_same_keys_in_any_order_are_read()
    {
        Assert.Equal("""{"columns":["a","b"],"rows":[[1,"x"],[2,null]]}""",
            Input(Enforce(TwoColumns, """{"instances": [{"a": 1, "b": "x"}, {"b": null, "a": 2}]}""")));
    }

    [Theory]
    [InlineData("""{"dataframe_records": [{"a": 1, "b": "x"}, {"a": 2}]}""")]
    [InlineData("""{"inputs": [{"a": 1, "b": "x"}, {"a": 2}]}""")]
    public void Records_elsewhere_may_leave_an_optional_key_out(string body) =>
        Assert.Equal("""{"columns":["a","b"],"rows":[[1,"x"],[2,null]]}""", Input(Enforce(TwoColumns, body)));

    [Fact]
    public void Instances_records_of_named_tensors_must_have_the_same_keys_too()
    {
        ModelSignature tensors = Signature("""[{"name": "a", "type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1]}}, {"name": "b", "type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1]}}]""");
        Assert.Contains("record 1 lacks 'b'", Refused(Enforce(tensors, """{"instances": [{"a": 1, "b": 2}, {"a": 3}]}"""), RejectionStage.Inputs), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"inputs": 5}""")]
    [InlineData("""{"inputs": "hello"}""")]
    [InlineData("""{"instances": "hello"}""")]
    [InlineData("""{"instances": 5}""")]
    [InlineData("""{"inputs": null}""")]
    public void A_bare_value_for_a_named_column_is_refused_as_MLflow_does(string body)
    {
        string message = Refused(Enforce(OneNamedColumn, body), RejectionStage.Inputs);
        Assert.Contains("single value", message, StringComparison.Ordinal);
        Assert.Contains("'text'", message, StringComparison.Ordinal);
        // MLflow's schema enforcement refuses it (Model is missing inputs): INVALID_PARAMETER_VALUE when served.
        Assert.True(Enforce(OneNamedColumn, body).Rejection!.IsSchemaMismatch);
    }

    [Theory]
    [InlineData("""{"inputs": ["hello"]}""")]
    [InlineData("""{"instances": ["hello"]}""")]
    [InlineData("""{"inputs": {"text": "hello"}}""")]
    [InlineData("""{"dataframe_records": [{"text": "hello"}]}""")]
    [InlineData("""{"dataframe_split": {"columns": ["text"], "data": [["hello"]]}}""")]
    public void A_named_column_takes_a_list_or_its_name_in_every_envelope(string body) =>
        Assert.Equal("""{"columns":["text"],"rows":[["hello"]]}""", Input(Enforce(OneNamedColumn, body)));

    [Theory]
    [InlineData("""{"inputs": "hello"}""")]
    [InlineData("""{"instances": "hello"}""")]
    public void A_bare_value_for_an_unnamed_column_is_one_row(string body) =>
        Assert.Equal("""{"columns":["0"],"rows":[["hello"]]}""", Input(Enforce(Signature("""[{"type": "string", "required": true}]"""), body)));

    private const string TypeHintModel = """
        flavors:
          python_function:
            loader_module: mlflow.pyfunc.model
        is_signature_from_type_hint: true
        signature:
          inputs: '[{"type": "string", "name": "text", "required": true}]'
          outputs: null
          params: null
        type_hint_from_example: false
        """;

    [Fact]
    public void The_type_hint_flag_is_read_from_the_MLmodel_file()
    {
        Assert.True(ModelSignature.FromMLmodelYaml(TypeHintModel).IsFromTypeHint);
        Assert.False(ModelSignature.FromMLmodelYaml(TypeHintModel.Replace("is_signature_from_type_hint: true", "is_signature_from_type_hint: false", StringComparison.Ordinal)).IsFromTypeHint);
        Assert.False(ModelSignature.FromMLmodelYaml(TypeHintModel.Replace("is_signature_from_type_hint: true\n", "", StringComparison.Ordinal)).IsFromTypeHint);
        // MLflow keeps the YAML value and tests its truthiness.
        Assert.True(ModelSignature.FromMLmodelYaml(TypeHintModel.Replace("is_signature_from_type_hint: true", "is_signature_from_type_hint: yes please", StringComparison.Ordinal)).IsFromTypeHint);
        Assert.False(ModelSignature.FromMLmodelYaml(TypeHintModel.Replace("is_signature_from_type_hint: true", "is_signature_from_type_hint: ''", StringComparison.Ordinal)).IsFromTypeHint);
    }

    [Theory]
    [InlineData("""{"dataframe_split": {"columns": ["text"], "data": [["hi"]]}}""", "'dataframe_split'")]
    [InlineData("""{"dataframe_records": [{"text": "hi"}]}""", "'dataframe_records'")]
    [InlineData("""{"instances": ["hi"]}""", "'instances'")]
    [InlineData("""{"params": {}}""", "")]
    public void A_type_hint_model_takes_only_inputs_with_MLflows_message(string body, string keys)
    {
        ModelSignature signature = ModelSignature.FromMLmodelYaml(TypeHintModel);
        Assert.Equal(
            $"Request payload must be a dictionary with 'inputs' key when the model contains a valid type hint. Found keys in payload: dict_keys([{keys}]).",
            Refused(Enforce(signature, body), RejectionStage.Parse));
        Assert.Equal("""{"columns":["text"],"rows":[["hi"]]}""", Input(Enforce(signature, """{"inputs": ["hi"]}""")));
        Assert.True(Enforce(signature, "text\nhi\n", "text/csv").IsAccepted);
    }

    [Fact]
    public void A_type_hint_model_still_takes_one_envelope_and_enforces_the_signature()
    {
        // Compatibility rows 40 and 41.
        ModelSignature signature = ModelSignature.FromMLmodelYaml(TypeHintModel);
        Assert.Equal(RejectionStage.Parse, Enforce(signature, """{"inputs": ["hi"], "dataframe_split": {"data": [["x"]]}}""").Rejection!.Stage);
        Assert.Contains("single value", Refused(Enforce(signature, """{"inputs": "hello"}"""), RejectionStage.Inputs), StringComparison.Ordinal);
        Assert.Contains("expected string", Refused(Enforce(signature, """{"inputs": [1]}"""), RejectionStage.Inputs), StringComparison.Ordinal);
    }

    [Fact]
    public void Show_displays_the_type_hint_flag()
    {
        using var file = new TempFile(TypeHintModel, ".yaml");
        CliResult result = CliRunner.Run("show", file.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("is_signature_from_type_hint: true", result.Stdout, StringComparison.Ordinal);
        using var plain = new TempFile(TypeHintModel.Replace("is_signature_from_type_hint: true\n", "", StringComparison.Ordinal), ".yaml");
        Assert.DoesNotContain("is_signature_from_type_hint", CliRunner.Run("show", plain.Path).Stdout, StringComparison.Ordinal);
    }
}
