using Signatures.Formats;

namespace Signatures.Tests.Json;

/// <summary>The to_dict reader follows MLflow's <c>from_dict</c>/<c>from_json_dict</c>: legacy forms and quirks it
/// accepts are accepted and written back as MLflow writes them; what it refuses is refused with a clear message.</summary>
public class SignatureReaderTests
{
    /// <summary>The to_dict JSON with the given part texts (null: the key is left out).</summary>
    private static string Dict(string? inputs = null, string? outputs = null, string? parameters = null)
    {
        var parts = new List<string>();
        if (inputs is not null) parts.Add("\"inputs\": " + PythonJsonText.QuoteString(inputs));
        if (outputs is not null) parts.Add("\"outputs\": " + PythonJsonText.QuoteString(outputs));
        if (parameters is not null) parts.Add("\"params\": " + PythonJsonText.QuoteString(parameters));
        return "{" + string.Join(", ", parts) + "}";
    }

    private static (string? Inputs, string? Outputs, string? Params) Reformat(string dict) => ModelSignature.FromDictJson(dict).ToDictValues();

    private static string ErrorOf(string dict) => Assert.Throws<SignatureException>(() => ModelSignature.FromDictJson(dict)).Message;

    private static string Param(string json) => Reformat(Dict(parameters: "[" + json + "]")).Params!;

    private static string ParamError(string json) => ErrorOf(Dict(parameters: "[" + json + "]"));

    [Fact]
    public void A_scalar_column_without_required_is_required()
    {
        Assert.Equal("[{\"type\": \"string\", \"required\": true}]", Reformat(Dict("[{\"type\": \"string\"}]")).Inputs);
    }

    [Fact]
    public void A_complex_column_without_required_gets_required_null()
    {
        Assert.Equal("[{\"type\": \"map\", \"values\": {\"type\": \"long\"}, \"name\": \"m\", \"required\": null}]",
            Reformat(Dict("[{\"type\": \"map\", \"values\": {\"type\": \"long\"}, \"name\": \"m\"}]")).Inputs);
    }

    [Fact]
    public void An_unnamed_legacy_array_column_is_not_optional_to_mlflow()
    {
        Assert.Equal("[{\"type\": \"array\", \"items\": {\"type\": \"long\"}, \"required\": null}]",
            Reformat(Dict("[{\"type\": \"array\", \"items\": {\"type\": \"long\"}}]")).Inputs);
    }

    [Fact]
    public void Missing_and_falsy_parts_are_absent()
    {
        string columns = "[{\"type\": \"long\", \"required\": true}]";
        string json = "{\"inputs\": " + PythonJsonText.QuoteString(columns) + ", \"outputs\": \"\", \"params\": []}";
        Assert.Equal((columns, null, null), Reformat(json));
        Assert.Equal((null, columns, null), Reformat("{\"outputs\": " + PythonJsonText.QuoteString(columns) + ", \"inputs\": false, \"params\": 0}"));
    }

    [Fact]
    public void A_part_that_is_not_a_string_is_refused_by_name() =>
        Assert.Contains("'inputs'", ErrorOf("{\"inputs\": [{\"type\": \"long\"}]}"));

    [Fact]
    public void The_signature_must_be_an_object() => Assert.Contains("JSON list", ErrorOf("[]"));

    [Fact]
    public void An_empty_param_list_is_read_and_written_as_null() =>
        Assert.Equal((null, null, null), Reformat(Dict(parameters: "[]")));

    [Fact]
    public void A_scalar_column_takes_only_type_name_and_required()
    {
        string error = ErrorOf(Dict("[{\"type\": \"long\", \"name\": \"a\", \"optional\": true}]"));
        Assert.Contains("'optional'", error);
        Assert.Contains("'inputs' entry 0 ('a')", error);
    }

    [Fact]
    public void A_complex_column_ignores_other_keys() =>
        Assert.Equal("[{\"type\": \"array\", \"items\": {\"type\": \"long\"}, \"name\": \"a\", \"required\": true}]",
            Reformat(Dict("[{\"type\": \"array\", \"items\": {\"type\": \"long\", \"extra\": 1}, \"name\": \"a\", \"required\": true, \"note\": \"x\"}]")).Inputs);

    [Fact]
    public void Errors_name_the_entry_and_the_problem()
    {
        string error = ErrorOf(Dict("[{\"type\": \"long\", \"name\": \"a\"}, {\"type\": \"int64\", \"name\": \"b\"}]"));
        Assert.StartsWith("'inputs' entry 1 ('b'): Unsupported type 'int64'", error);
    }

    [Fact]
    public void Nested_errors_name_the_property()
    {
        string error = ErrorOf(Dict("[{\"type\": \"object\", \"properties\": {\"outer\": {\"type\": \"array\", \"items\": {\"type\": \"nope\"}}}, \"name\": \"o\"}]"));
        Assert.Contains("Property `outer`", error);
        Assert.Contains("'nope'", error);
    }

    [Fact]
    public void A_sparkml_vector_property_is_refused_as_mlflow_refuses_it() =>
        Assert.Contains("instance of Property",
            ErrorOf(Dict("[{\"type\": \"object\", \"properties\": {\"v\": {\"type\": \"sparkml_vector\"}}, \"name\": \"o\"}]")));

    [Fact]
    public void A_map_of_sparkml_vectors_reads_as_a_sparkml_vector_as_in_mlflow() =>
        Assert.Equal("[{\"type\": \"sparkml_vector\", \"name\": \"m\", \"required\": true}]",
            Reformat(Dict("[{\"type\": \"map\", \"values\": {\"type\": \"sparkml_vector\"}, \"name\": \"m\", \"required\": true}]")).Inputs);

    [Fact]
    public void An_array_of_sparkml_vectors_is_fine() =>
        Assert.Equal("[{\"type\": \"array\", \"items\": {\"type\": \"sparkml_vector\"}, \"name\": \"a\", \"required\": true}]",
            Reformat(Dict("[{\"type\": \"array\", \"items\": {\"type\": \"sparkml_vector\"}, \"name\": \"a\", \"required\": true}]")).Inputs);

    [Fact]
    public void A_repeated_key_takes_the_last_value_as_a_python_dict_does() =>
        Assert.Equal("[{\"type\": \"double\", \"required\": true}]", Reformat(Dict("[{\"type\": \"long\", \"type\": \"double\"}]")).Inputs);

    [Theory]
    [InlineData("<f4", "float32")]
    [InlineData("float", "float64")]
    [InlineData("i8", "int64")]
    [InlineData("|b1", "bool")]
    [InlineData("<U0", "str")]
    [InlineData("O", "object")]
    [InlineData("<M8[ns]", "datetime64[ns]")]
    public void Tensor_dtypes_are_written_with_numpys_name(string dtype, string name) =>
        Assert.Equal($"[{{\"type\": \"tensor\", \"tensor-spec\": {{\"dtype\": \"{name}\", \"shape\": [-1]}}}}]",
            Reformat(Dict($"[{{\"type\": \"tensor\", \"tensor-spec\": {{\"dtype\": \"{dtype}\", \"shape\": [-1]}}}}]")).Inputs);

    [Theory]
    [InlineData("\"float128x\"", "not understood")]
    [InlineData("\"<U10\"", "size information")]
    [InlineData("5", "numpy dtype name")]
    public void Unsupported_tensor_dtypes_are_refused(string dtype, string message) =>
        Assert.Contains(message, ErrorOf(Dict($"[{{\"type\": \"tensor\", \"tensor-spec\": {{\"dtype\": {dtype}, \"shape\": [-1]}}}}]")));

    [Theory]
    [InlineData("[1.5]")]
    [InlineData("[\"a\"]")]
    [InlineData("\"ab\"")]
    [InlineData("[-2]")]
    public void Tensor_shapes_are_lists_of_dimensions(string shape) =>
        Assert.Throws<SignatureException>(() => ModelSignature.FromDictJson(Dict($"[{{\"type\": \"tensor\", \"tensor-spec\": {{\"dtype\": \"float32\", \"shape\": {shape}}}}}]")));

    [Fact]
    public void The_legacy_dtype_key_of_a_param_is_read() =>
        Assert.Equal("[{\"name\": \"p\", \"default\": 3, \"shape\": null, \"type\": \"long\"}]", Param("{\"name\": \"p\", \"dtype\": \"long\", \"default\": 3}"));

    [Fact]
    public void A_falsy_type_falls_back_to_dtype_as_in_mlflow() =>
        Assert.Equal("[{\"name\": \"p\", \"default\": 3, \"shape\": null, \"type\": \"long\"}]", Param("{\"name\": \"p\", \"type\": \"\", \"dtype\": \"long\", \"default\": 3}"));

    [Fact]
    public void An_object_param_needs_the_type_key_itself() =>
        Assert.Contains("Missing keys in Object JSON",
            ParamError("{\"name\": \"p\", \"dtype\": \"object\", \"properties\": {\"a\": {\"type\": \"long\"}}, \"default\": {\"a\": 1}}"));

    [Fact]
    public void A_param_name_is_pythons_str_of_the_value() =>
        Assert.Equal("[{\"name\": \"5\", \"default\": true, \"shape\": null, \"type\": \"boolean\"}]", Param("{\"name\": 5, \"type\": \"boolean\", \"default\": true}"));

    [Theory]
    [InlineData("double", "NaN", "NaN")]
    [InlineData("float", "Infinity", "Infinity")]
    [InlineData("double", "-Infinity", "-Infinity")]
    [InlineData("double", "1e400", "Infinity")]
    [InlineData("double", "-0", "0.0")]
    [InlineData("double", "-0.0", "-0.0")]
    [InlineData("float", "7", "7.0")]
    [InlineData("long", "123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("integer", "-0", "0")]
    [InlineData("datetime", "\"2024-02-29 23:59:59.123456Z\"", "\"2024-02-29T23:59:59.123456\"")]
    [InlineData("datetime", "\"2024-02-29T10:20\"", "\"2024-02-29T10:20:00\"")]
    [InlineData("datetime", "\"2024-02-29\"", "\"2024-02-29\"")]
    [InlineData("string", "null", "null")]
    public void Scalar_defaults_are_normalized_as_mlflow_does(string type, string value, string written) =>
        Assert.Equal($"[{{\"name\": \"p\", \"default\": {written}, \"shape\": null, \"type\": \"{type}\"}}]",
            Param($"{{\"name\": \"p\", \"type\": \"{type}\", \"default\": {value}, \"shape\": null}}"));

    [Theory]
    [InlineData("long", "NaN", "Can not safely convert `<class 'float'>` to `DataType.long` for value `nan`")]
    [InlineData("double", "1" + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
        "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
        "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "int too large")]
    [InlineData("datetime", "null", "isoformat")]
    [InlineData("datetime", "\"2024-02-30\"", "Failed to convert value `2024-02-30`")]
    [InlineData("datetime", "\"2024-02-29T00:00:00.1234567\"", "Failed to convert value")]
    [InlineData("datetime", "17", "from type `int`")]
    [InlineData("boolean", "1", "`<class 'int'>` to `DataType.boolean`")]
    [InlineData("string", "[\"a\"]", "Value must be a scalar")]
    public void Scalar_defaults_mlflow_refuses_are_refused(string type, string value, string message) =>
        Assert.Contains(message, ParamError($"{{\"name\": \"p\", \"type\": \"{type}\", \"default\": {value}, \"shape\": null}}"));

    [Fact]
    public void A_datetime_list_default_cannot_hold_null() =>
        Assert.Contains("isoformat", ParamError("{\"name\": \"p\", \"type\": \"datetime\", \"default\": [\"2024-01-01\", null], \"shape\": [-1]}"));

    [Fact]
    public void List_defaults_keep_null_elements_and_widen_ints() =>
        Assert.Equal("[{\"name\": \"p\", \"default\": [1.0, null, 2.5], \"shape\": [-1], \"type\": \"double\"}]",
            Param("{\"name\": \"p\", \"type\": \"double\", \"default\": [1, null, 2.5], \"shape\": [-1]}"));

    [Theory]
    [InlineData("[2]", "(2,)")]
    [InlineData("[-1, -1]", "(-1, -1)")]
    [InlineData("[-1.0]", "(-1.0,)")]
    [InlineData("[]", "()")]
    public void Shapes_other_than_minus_one_are_refused(string shape, string tuple) =>
        Assert.Contains($"received {tuple}", ParamError($"{{\"name\": \"p\", \"type\": \"long\", \"default\": [1], \"shape\": {shape}}}"));

    private const string ObjectParam = "{{\"name\": \"p\", \"type\": \"object\", \"properties\": {{\"x\": {{\"type\": \"{0}\", \"required\": {1}}}}}, \"default\": {{\"x\": {2}}}, \"shape\": null}}";

    [Theory]
    [InlineData("long", "true", "1")]
    [InlineData("float", "true", "1")]
    [InlineData("float", "true", "0")]
    [InlineData("double", "true", "2.5")]
    [InlineData("double", "true", "1")]
    [InlineData("double", "false", "NaN")]
    [InlineData("double", "false", "null")]
    [InlineData("string", "true", "\"s\"")]
    [InlineData("datetime", "true", "\"2024-01-01\"")]
    [InlineData("any", "true", "null")]
    public void Object_defaults_mlflow_accepts(string type, string required, string value) =>
        Assert.Contains("\"default\": {\"x\": ", Param(string.Format(System.Globalization.CultureInfo.InvariantCulture, ObjectParam, type, required, value)));

    [Theory]
    [InlineData("integer", "true", "1")] // a Python int is int64, which never narrows to int32
    [InlineData("float", "true", "0.5")] // float64 never narrows to float32
    [InlineData("float", "true", "2")]
    [InlineData("double", "true", "2")] // int64 goes to float64 only for 0/1 values
    [InlineData("long", "true", "true")]
    [InlineData("long", "true", "null")]
    [InlineData("string", "true", "1")]
    [InlineData("boolean", "true", "\"yes\"")] // MLflow's pandas path lets strings through; refused here
    public void Object_defaults_mlflow_refuses(string type, string required, string value) =>
        Assert.Contains("Failed to validate type and shape for 'p'",
            ParamError(string.Format(System.Globalization.CultureInfo.InvariantCulture, ObjectParam, type, required, value)));

    [Fact]
    public void Object_defaults_are_checked_deeply()
    {
        const string properties = "{\"items\": {\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\": {\"q\": {\"type\": \"long\"}}}, \"required\": true}}";
        Assert.Contains("[{\"q\": 1}, {\"q\": 2}]", Param($"{{\"name\": \"p\", \"type\": \"object\", \"properties\": {properties}, \"default\": {{\"items\": [{{\"q\": 1}}, {{\"q\": 2}}]}}}}"));
        Assert.Contains("key `items`", ParamError($"{{\"name\": \"p\", \"type\": \"object\", \"properties\": {properties}, \"default\": {{\"items\": [{{\"q\": 1}}, {{\"r\": 2}}]}}}}"));
        Assert.Contains("Missing required properties: {'items'}", ParamError($"{{\"name\": \"p\", \"type\": \"object\", \"properties\": {properties}, \"default\": {{}}}}"));
        Assert.Contains("Invalid properties not defined in the schema found: {'z'}",
            ParamError($"{{\"name\": \"p\", \"type\": \"object\", \"properties\": {properties}, \"default\": {{\"items\": [], \"z\": 1}}}}"));
    }

    [Fact]
    public void An_object_param_cannot_be_a_list() =>
        Assert.Throws<SignatureException>(() => ModelSignature.FromDictJson(Dict(parameters:
            "[{\"name\": \"p\", \"type\": \"object\", \"properties\": {\"a\": {\"type\": \"long\"}}, \"default\": [], \"shape\": [-1]}]")));

    [Fact]
    public void Non_ascii_and_escapes_survive_a_round_trip()
    {
        string columns = "[{\"type\": \"string\", \"name\": \"pr\\u00e9nom \\\"q\\\" \\\\ \\ud83d\\ude00 \\ud800\", \"required\": true}]";
        Assert.Equal(columns, Reformat(Dict(columns)).Inputs);
    }
}
