using Signatures.Examples;
using Signatures.Inference;
using Signatures.Models;

namespace Signatures.Tests.Inference;

/// <summary>infer_signature on the .NET values the vectors do not show: CLR tensors, typed and nullable columns,
/// records, saved example files, and the errors for bad files.</summary>
public sealed class SignatureInferenceTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("sig-infer-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private sealed record Row(string Text, long Count, double? Score);

    [Fact]
    public void Multi_dimensional_and_jagged_arrays_are_tensors_with_a_variable_first_dimension()
    {
        Assert.Equal("""[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 2, 3]}}]""", SignatureInference.InferSchema(new float[4, 2, 3]).ToJson());
        Assert.Equal("""[{"type": "tensor", "tensor-spec": {"dtype": "uint8", "shape": [-1, 2]}}]""", SignatureInference.InferSchema(new byte[1, 2]).ToJson());
        Assert.Equal("""[{"type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1, 3]}}]""", SignatureInference.InferSchema(new[] { new long[] { 1, 2, 3 }, new long[] { 4, 5, 6 } }).ToJson());
        Assert.Throws<InferenceException>(() => SignatureInference.InferSchema(new[] { new long[] { 1 }, new long[] { 2, 3 } }));
    }

    [Fact]
    public void A_dictionary_of_arrays_is_named_tensors()
    {
        var data = new Dictionary<string, object?> { ["a"] = new double[1, 2], ["b"] = new[] { new int[] { 1 } } };
        Assert.Equal(
            """[{"name": "a", "type": "tensor", "tensor-spec": {"dtype": "float64", "shape": [-1, 2]}}, {"name": "b", "type": "tensor", "tensor-spec": {"dtype": "int32", "shape": [-1, 1]}}]""",
            SignatureInference.InferSchema(data).ToJson());
    }

    [Fact]
    public void Typed_columns_keep_their_width_and_nullable_columns_are_optional()
    {
        var table = ColumnTable.FromColumns(("i", new[] { 1, 2 }), ("n", new long?[] { 1, 2 }), ("f", new float[] { 1, float.NaN }), ("s", new[] { "a", null }));
        Assert.Equal(
            """[{"type": "integer", "name": "i", "required": true}, {"type": "long", "name": "n", "required": false}, {"type": "float", "name": "f", "required": false}, {"type": "string", "name": "s", "required": false}]""",
            SignatureInference.InferSchema(table).ToJson());
    }

    [Fact]
    public void Records_are_dicts_and_a_list_of_records_is_rows()
    {
        Row[] rows = [new("a", 1, 0.5), new("b", 2, null)];
        Assert.Equal(
            """[{"type": "string", "name": "Text", "required": true}, {"type": "long", "name": "Count", "required": true}, {"type": "double", "name": "Score", "required": false}]""",
            SignatureInference.InferSchema(rows).ToJson());
    }

    [Fact]
    public void Uninferable_data_falls_back_to_any_with_a_warning_as_MLflow_does()
    {
        var warnings = new List<string>();
        ModelSignature signature = SignatureInference.Infer(new object[] { 1L, "a" }, warnings: warnings);
        Assert.Equal("""[{"type": "any", "required": true}]""", signature.Inputs!.ToJson());
        Assert.Single(warnings);
        Assert.Contains("Mixed types", warnings[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dataframe", """{"columns": ["x", "y"], "data": [[1, "a"], [2, null]]}""", """[{"type": "long", "name": "x", "required": true}, {"type": "string", "name": "y", "required": false}]""")]
    [InlineData("ndarray", "[[1.5, 2.0], [3.0, 4.0]]", """[{"type": "tensor", "tensor-spec": {"dtype": "float64", "shape": [-1, 2]}}]""")]
    [InlineData("sparse_matrix_csr", """{"data": [1.5], "indices": [1], "indptr": [0, 1, 1], "shape": [2, 3]}""", """[{"type": "tensor", "tensor-spec": {"dtype": "float64", "shape": [-1, 3]}}]""")]
    [InlineData("json_object", """{"messages": [{"role": "user", "content": "hi"}]}""", """[{"type": "array", "items": {"type": "object", "properties": {"content": {"type": "string", "required": true}, "role": {"type": "string", "required": true}}}, "name": "messages", "required": true}]""")]
    public void Saved_example_files_of_every_kind_are_read_back(string type, string json, string expected)
    {
        string path = Path.Combine(root, type + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        ModelSignature byInfo = SignatureInference.InferFromExampleFile(path, [new("type", type)]);
        Assert.Equal(expected, byInfo.Inputs!.ToJson());
        Assert.Equal(expected, SignatureInference.InferFromExampleFile(path).Inputs!.ToJson()); // kind read off the file's shape
    }

    [Fact]
    public void A_dict_of_lists_is_named_tensors_when_saved_as_ndarray_and_columns_when_the_kind_is_unknown()
    {
        string path = Path.Combine(root, "dict.json");
        File.WriteAllText(path, """{"a": [1, 2]}""");
        Assert.Equal("""[{"name": "a", "type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1]}}]""", SignatureInference.InferFromExampleFile(path, [new("type", "ndarray")]).Inputs!.ToJson());
        Assert.Equal("""[{"type": "array", "items": {"type": "long"}, "name": "a", "required": true}]""", SignatureInference.InferFromExampleFile(path).Inputs!.ToJson());
    }

    [Fact]
    public void A_saved_example_with_params_gives_the_params_schema()
    {
        string path = Path.Combine(root, "input_example.json");
        File.WriteAllText(path, """{"inputs": ["hi"], "params": {"temperature": 0.5, "stop": ["x"]}}""");
        ModelSignature signature = SignatureInference.InferFromExampleFile(path, [new("type", "json_object"), new("params", "true")]);
        Assert.Equal("""[{"name": "temperature", "default": 0.5, "shape": null, "type": "double"}, {"name": "stop", "default": ["x"], "shape": [-1], "type": "string"}]""", signature.Params!.ToJson());
    }

    [Fact]
    public void Bad_example_files_are_refused_with_their_code_and_path()
    {
        string missing = Path.Combine(root, "missing.json");
        Assert.Equal(BuildErrorCodes.NotFound, Assert.Throws<ModelDirectoryException>(() => SignatureInference.InferFromExampleFile(missing)).Code);
        Assert.Equal(BuildErrorCodes.FileAccess, Assert.Throws<ModelDirectoryException>(() => SignatureInference.InferFromExampleFile(root)).Code);
        string binary = Path.Combine(root, "binary.json");
        File.WriteAllBytes(binary, [0xFF, 0xFE, 0x00, 0x01]);
        var e = Assert.Throws<ModelDirectoryException>(() => SignatureInference.InferFromExampleFile(binary));
        Assert.Equal(BuildErrorCodes.BadInput, e.Code);
        Assert.Equal(binary, e.Path);
        string notJson = Path.Combine(root, "bad.json");
        File.WriteAllText(notJson, "{not json");
        Assert.Equal(BuildErrorCodes.BadInput, Assert.Throws<ModelDirectoryException>(() => SignatureInference.InferFromExampleFile(notJson)).Code);
    }
}
