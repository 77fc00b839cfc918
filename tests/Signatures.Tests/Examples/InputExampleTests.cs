using System.Text;
using Signatures.Enforcement;
using Signatures.Examples;

namespace Signatures.Tests.Examples;

/// <summary>The example writer on the cases the vectors do not show: pandas' column dtypes, numpy widths, Python's
/// indent layout, <c>encodebytes</c>, sparse matrices, params checks; and the C# API beside the JSON description.</summary>
public class InputExampleTests
{
    private static InputExampleFiles Describe(string descriptor) => InputExample.FromDescriptor(descriptor).Write();

    [Fact]
    public void Dataframe_columns_print_by_the_dtype_pandas_gives_them()
    {
        InputExampleFiles files = Describe("""
            {"kind": "dataframe", "data": {
              "ints": [1, 2], "ints_none": [1, null], "mixed": [1, 2.5], "bools": [true, false], "bools_none": [true, null],
              "strs": ["a", {"$float": "NaN"}], "all_none": [null, null], "when": [{"$datetime": "2021-01-01T10:00:00.1234567"}, null]}}
            """);
        Assert.Equal(
            """{"columns": ["ints", "ints_none", "mixed", "bools", "bools_none", "strs", "all_none", "when"], "data": [[1, 1.0, 1.0, true, true, "a", null, "2021-01-01T10:00:00.123456700"], [2, NaN, 2.5, false, null, null, null, "NaT"]]}""",
            files.InputExampleJson);
    }

    [Fact]
    public void Rows_without_column_names_are_written_in_the_values_orient()
    {
        InputExampleFiles files = InputExample.DataFrame(null, [[1L, "a"], [2L, "b"]]).Write();
        Assert.Equal("""{"data": [[1, "a"], [2, "b"]]}""", files.InputExampleJson);
        Assert.Contains(new KeyValuePair<string, string>("pandas_orient", "values"), files.Info);
        Assert.Equal("{\n  \"dataframe_split\": {\n    \"data\": [\n      [\n        1,\n        \"a\"\n      ],\n      [\n        2,\n        \"b\"\n      ]\n    ]\n  }\n}", files.ServingInputExampleJson);
    }

    [Fact]
    public void Arrays_print_as_numpy_tolist_with_widened_floats_and_nan_as_null()
    {
        Assert.Equal("[0.10000000149011612, null, Infinity]", Describe("""{"kind": "ndarray", "data": [0.1, {"$float": "NaN"}, {"$float": "Infinity"}], "dtype": "float32"}""").InputExampleJson);
        Assert.Equal("[0.0999755859375]", Describe("""{"kind": "ndarray", "data": [0.1], "dtype": "float16"}""").InputExampleJson);
        Assert.Equal("[[1, 2], [3, 4]]", Describe("""{"kind": "ndarray", "data": [[1, 2], [3, 4]]}""").InputExampleJson);
        Assert.Equal("[true, false]", Describe("""{"kind": "ndarray", "data": [true, false]}""").InputExampleJson);
        Assert.Equal("[1609459200000000000]", Describe("""{"kind": "ndarray", "data": [{"$datetime": "2021-01-01T00:00:00"}], "dtype": "datetime64[ns]"}""").InputExampleJson);
        Assert.Throws<InputExampleException>(() => Describe("""{"kind": "ndarray", "data": [[1, 2], [3]]}"""));
        Assert.Throws<InputExampleException>(() => Describe("""{"kind": "ndarray", "data": [256], "dtype": "uint8"}"""));
    }

    [Fact]
    public void Clr_arrays_and_values_are_accepted_directly()
    {
        var array = new NDArrayExample(NumpyDType.Float32, new float[,] { { 1f, 2f }, { 3f, 4f } });
        Assert.Equal("[[1.0, 2.0], [3.0, 4.0]]", InputExample.NDArray(array).Write().InputExampleJson);
        InputExampleFiles files = InputExample.JsonObject(new Dictionary<string, object?>
        {
            ["text"] = "h\u00e9",
            ["when"] = new DateOnly(2024, 2, 29),
            ["at"] = new DateTime(2024, 2, 29, 10, 0, 0, 500),
            ["data"] = new byte[] { 1, 2, 3 },
            ["n"] = 3.5f,
            ["tags"] = new[] { "a", "b" },
        }).Write();
        Assert.Equal("""{"text": "h\u00e9", "when": "2024-02-29", "at": "2024-02-29T10:00:00.500000", "data": "AQID\n", "n": 3.5, "tags": ["a", "b"]}""", files.InputExampleJson);
    }

    [Fact]
    public void Bytes_are_written_as_python_encodebytes()
    {
        byte[] bytes = Enumerable.Range(0, 60).Select(i => (byte)i).ToArray();
        string expected = Convert.ToBase64String(bytes, 0, 57) + "\\n" + Convert.ToBase64String(bytes, 57, 3) + "\\n";
        Assert.Equal("\"" + expected + "\"", InputExample.JsonObject(bytes).Write().InputExampleJson);
        Assert.Equal("\"\"", InputExample.JsonObject(Array.Empty<byte>()).Write().InputExampleJson);
    }

    [Fact]
    public void The_indented_layout_is_pythons()
    {
        InputExampleFiles files = Describe("""{"kind": "python", "value": {"a": [], "b": {}, "c": [{"d": null}]}}""");
        Assert.Equal("{\n  \"inputs\": {\n    \"a\": [],\n    \"b\": {},\n    \"c\": [\n      {\n        \"d\": null\n      }\n    ]\n  }\n}", files.ServingInputExampleJson);
        Assert.Equal("""{"a": [], "b": {}, "c": [{"d": null}]}""", files.InputExampleJson);
    }

    [Fact]
    public void Csc_matrices_store_columns()
    {
        InputExampleFiles files = Describe("""{"kind": "csc_matrix", "dense": [[0, 1.5], [2, 0], [0, 3]]}""");
        Assert.Equal("""{"data": [2.0, 1.5, 3.0], "indices": [1, 0, 2], "indptr": [0, 1, 3], "shape": [3, 2]}""", files.InputExampleJson);
        Assert.Contains(new KeyValuePair<string, string>("type", "sparse_matrix_csc"), files.Info);
    }

    [Fact]
    public void Params_ride_beside_the_serving_input_or_merge_into_an_llm_body()
    {
        InputExampleFiles tensor = Describe("""{"kind": "tuple", "data": {"kind": "ndarray", "data": [1, 2]}, "params": {"k": [1, 2], "when": {"$date": "2024-01-01"}}}""");
        Assert.Equal("""{"inputs": [1, 2], "params": {"k": [1, 2], "when": "2024-01-01"}}""", tensor.InputExampleJson);
        Assert.Equal("{\n  \"inputs\": [\n    1,\n    2\n  ],\n  \"params\": {\n    \"k\": [\n      1,\n      2\n    ],\n    \"when\": \"2024-01-01\"\n  }\n}", tensor.ServingInputExampleJson);
        InputExampleFiles llm = Describe("""{"kind": "tuple", "data": {"kind": "python", "value": {"prompt": "hi"}}, "params": {"max_tokens": 5}}""");
        Assert.Equal("{\n  \"prompt\": \"hi\",\n  \"max_tokens\": 5\n}", llm.ServingInputExampleJson);
    }

    [Theory]
    [InlineData("""{"p": null}""", "('p', None, MlflowException('Expected parameters to be 1D array or scalar, got NoneType'))")]
    [InlineData("""{"p": {"$tuple": [1, 2]}}""", "('p', (1, 2), MlflowException('Expected parameters to be 1D array or scalar, got tuple'))")]
    [InlineData("""{"p": [[[1, 2], [3], []]]}""", "('p', [[[1, 2], [3], []]], MlflowException('Expected parameters to be 1D array or scalar, got 3D array'))")]
    [InlineData("""{"p": {"$bytes": "AQID"}}""", "('p', b'\\x01\\x02\\x03', MlflowException(\"Binary type is not supported for parameters, ParamSpec 'p'has dtype 'binary'\"))")]
    [InlineData("""{"p": [1, null]}""", "('p', [1, None], MlflowException(\"Unable to map 'object' type to MLflow DataType.")]
    [InlineData("""{"a": "ok", "p": [1, "a"]}""", "('p', [1, 'a'], MlflowException(\"Failed to validate type and shape for 'p'")]
    public void Invalid_params_are_refused_in_mlflows_words(string parameters, string expected)
    {
        var error = Assert.Throws<InputExampleException>(() => Describe($$"""{"kind": "tuple", "data": {"kind": "python", "value": ["q"]}, "params": {{parameters}}}"""));
        Assert.StartsWith("Failed to infer schema for parameters: [", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_dict_mixing_arrays_and_other_values_is_refused()
    {
        var error = Assert.Throws<InputExampleException>(() => Describe("""{"kind": "python", "value": {"a": {"$ndarray": {"data": [1], "dtype": "int64"}}, "b": 1}}"""));
        Assert.Equal("Mixed types in dictionary are not supported as input examples. Found numpy arrays and other types.", error.Message);
        Assert.Equal("""{"a": [1]}""", Describe("""{"kind": "python", "value": {"a": {"$ndarray": {"data": [1], "dtype": "int64"}}}}""").InputExampleJson);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("""{"kind": "nope"}""")]
    [InlineData("""{"kind": "ndarray"}""")]
    [InlineData("""{"kind": "ndarray", "data": [1], "dtype": "float128"}""")]
    [InlineData("""{"kind": "python", "value": {"$float": "nan"}}""")]
    [InlineData("""{"kind": "dataframe", "columns": ["a", "a"], "rows": [[1, 2]]}""")]
    [InlineData("""{"kind": "dataframe", "columns": ["a"], "rows": [[1, 2]]}""")]
    [InlineData("""{"kind": "python", "value": {"$datetime": "2021-01-01T00:00:00.1234567"}}""")]
    public void Bad_descriptions_are_refused_with_a_message(string descriptor)
    {
        var error = Assert.Throws<InputExampleException>(() => Describe(descriptor));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Serving_examples_of_every_kind_are_accepted_for_a_matching_signature()
    {
        (string Descriptor, string Inputs, string? Params)[] cases =
        [
            ("""{"kind": "dataframe", "data": {"a": [1, null], "s": ["x", "y"], "t": [{"$datetime": "2021-01-01T00:00:00"}, {"$datetime": "2021-01-02T00:00:00"}]}}""",
             """[{"type": "double", "name": "a", "required": false}, {"type": "string", "name": "s", "required": true}, {"type": "datetime", "name": "t", "required": true}]""", null),
            ("""{"kind": "dict_of_ndarray", "items": {"a": {"data": [[1.5, {"$float": "NaN"}]], "dtype": "float32"}, "b": {"data": ["x"], "dtype": "str"}}}""",
             """[{"name": "a", "type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 2]}}, {"name": "b", "type": "tensor", "tensor-spec": {"dtype": "str", "shape": [-1]}}]""", null),
            ("""{"kind": "csc_matrix", "dense": [[0, 1], [2, 0]]}""",
             """[{"type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1, 2]}}]""", null),
            ("""{"kind": "python", "value": [{"$bytes": "AQID"}, {"$bytes": "BAU="}]}""",
             """[{"type": "binary", "required": true}]""", null),
            ("""{"kind": "tuple", "data": {"kind": "python", "value": {"prompt": "hi"}}, "params": {"max_tokens": 5, "stop": ["\n"]}}""",
             """[{"type": "string", "name": "prompt", "required": true}]""",
             """[{"name": "max_tokens", "default": 1, "shape": null, "type": "long"}, {"name": "stop", "default": ["x"], "shape": [-1], "type": "string"}]"""),
        ];
        foreach ((string descriptor, string inputs, string? parameters) in cases)
        {
            string serving = Describe(descriptor).ServingInputExampleJson!;
            var signature = ModelSignature.FromDictJson(new System.Text.Json.Nodes.JsonObject { ["inputs"] = inputs, ["params"] = parameters }.ToJsonString());
            EnforcementResult result = RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes(serving));
            Assert.True(result.IsAccepted, descriptor + "\n" + result.ToJson());
            Assert.Empty(result.Request!.Warnings);
        }
    }

    [Fact]
    public void Files_are_written_into_a_folder()
    {
        string folder = Directory.CreateTempSubdirectory("signatures-example-files-").FullName;
        try
        {
            InputExampleFiles files = Describe("""{"kind": "python", "value": "hello"}""");
            IReadOnlyList<string> written = files.WriteTo(folder);
            Assert.Equal(2, written.Count);
            Assert.Equal(files.InputExampleJson, File.ReadAllText(Path.Combine(folder, "input_example.json")));
            Assert.Equal(files.ServingInputExampleJson, File.ReadAllText(Path.Combine(folder, "serving_input_example.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
