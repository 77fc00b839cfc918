using System.Text;
using System.Text.Json.Nodes;
using Signatures.Enforcement;

namespace Signatures.Tests.Enforcement;

/// <summary>Behaviours the vectors do not reach: each row of docs/mlflow-compatibility.md, CSV details, the unified
/// LLM body, tensors of every kind, typed results and the document format.</summary>
public class EnforcerBehaviourTests
{
    private static ModelSignature Signature(string inputs, string? parameters = null) =>
        ModelSignature.FromDictJson(new JsonObject { ["inputs"] = inputs, ["params"] = parameters }.ToJsonString());

    private static ModelSignature Column(string type, bool required = true, string name = "x") =>
        Signature($"[{{\"type\": \"{type}\", \"name\": \"{name}\", \"required\": {(required ? "true" : "false")}}}]");

    private static EnforcementResult Enforce(ModelSignature signature, string body, string contentType = "application/json") =>
        RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes(body), contentType);

    private static string Rows(EnforcementResult result)
    {
        Assert.True(result.IsAccepted, result.ToJson());
        return JsonNode.Parse(result.ToJson())!["input"]!["rows"]!.ToJsonString();
    }

    private static string Refused(EnforcementResult result, RejectionStage stage)
    {
        Assert.False(result.IsAccepted, result.ToJson());
        Assert.Equal(stage, result.Rejection!.Stage);
        return result.Rejection.Message;
    }

    [Theory]
    [InlineData("integer", "1e2", "decimal literal")]
    [InlineData("binary", "\"AQJ=\"", "base64")]
    [InlineData("binary", "\"AQI\"", "base64")]
    [InlineData("datetime", "\"01/02/2021\"", "ISO-8601")]
    [InlineData("datetime", "\"2021-01-01T00:00:00.123456789\"", "100 ns")]
    [InlineData("string", "null", "required")]
    [InlineData("any", "null", "required")]
    [InlineData("datetime", "null", "required")]
    public void Values_mlflow_would_change_or_let_through_are_refused(string type, string value, string reason) =>
        Assert.Contains(reason, Refused(Enforce(Column(type), $"{{\"inputs\": {{\"x\": [{value}]}}}}"), RejectionStage.Inputs));

    [Fact]
    public void Binary_is_base64_decoded_in_every_envelope()
    {
        var result = Enforce(Column("binary"), """{"instances": [{"x": "AQID\n"}]}""");
        var column = (ColumnValues<byte[]>)((ColumnsInput)result.Request!.Input).Columns[0].Values;
        Assert.Equal(new byte[] { 1, 2, 3 }, column[0]);
        Assert.Equal("""[["AQID"]]""", Rows(result));
    }

    [Fact]
    public void Nan_is_missing_in_an_optional_float_column_and_a_value_in_a_required_one()
    {
        Assert.Equal("""[[null],[1.5]]""", Rows(Enforce(Column("double", required: false), """{"inputs": {"x": [NaN, 1.5]}}""")));
        Assert.Equal("""[["NaN"],[1.5]]""", Rows(Enforce(Column("double"), """{"inputs": {"x": [NaN, 1.5]}}""")));
        Assert.Equal("""[["-Infinity"]]""", Rows(Enforce(Column("float"), """{"inputs": {"x": [-Infinity]}}""")));
    }

    [Fact]
    public void Arrays_of_scalars_have_no_null_items_and_take_exact_integers_for_doubles()
    {
        ModelSignature strings = Signature("""[{"type": "array", "items": {"type": "string"}, "name": "x", "required": false}]""");
        Assert.Contains("null is not allowed", Refused(Enforce(strings, """{"dataframe_records": [{"x": ["a", null]}]}"""), RejectionStage.Inputs));
        ModelSignature doubles = Signature("""[{"type": "array", "items": {"type": "double"}, "name": "x", "required": true}]""");
        EnforcementResult result = Enforce(doubles, """{"dataframe_records": [{"x": [1, 2.5]}]}""");
        Assert.Equal("""[[[1.0,2.5]]]""", Rows(result));
        Assert.IsType<double[]>(((ColumnsInput)result.Request!.Input).Columns[0].Values.GetValue(0));
    }

    [Fact]
    public void Arrays_of_objects_may_hold_null_only_when_optional()
    {
        const string Items = """{"type": "array", "items": {"type": "object", "properties": {"k": {"type": "long", "required": true}}}, "name": "x", "required": REQ}""";
        Assert.Equal("""[[[{"k":1},null]]]""", Rows(Enforce(Signature("[" + Items.Replace("REQ", "false") + "]"), """{"dataframe_records": [{"x": [{"k": 1}, null]}]}""")));
        Refused(Enforce(Signature("[" + Items.Replace("REQ", "true") + "]"), """{"dataframe_records": [{"x": [{"k": 1}, null]}]}"""), RejectionStage.Inputs);
    }

    [Fact]
    public void Maps_keep_their_key_order_and_check_every_value()
    {
        ModelSignature map = Signature("""[{"type": "map", "values": {"type": "array", "items": {"type": "long"}}, "name": "m", "required": true}]""");
        EnforcementResult result = Enforce(map, """{"dataframe_records": [{"m": {"z": [1], "a": [2, 3]}}]}""");
        Assert.Equal("""[[{"z":[1],"a":[2,3]}]]""", Rows(result));
        var value = (ObjectValue)((ColumnsInput)result.Request!.Input).Columns[0].Values.GetValue(0)!;
        Assert.Equal(["z", "a"], value.Keys);
        Assert.Contains("['a'][1]", Refused(Enforce(map, """{"dataframe_records": [{"m": {"z": [1], "a": [2, 2.5]}}]}"""), RejectionStage.Inputs));
    }

    [Fact]
    public void Objects_report_missing_and_unknown_properties_together_at_their_path()
    {
        ModelSignature nested = Signature("""[{"type": "array", "items": {"type": "object", "properties": {"sku": {"type": "string", "required": true}, "qty": {"type": "long", "required": true}}}, "name": "items", "required": true}]""");
        string message = Refused(Enforce(nested, """{"dataframe_records": [{"items": [{"sku": "a", "qty": 1}, {"qty": 2.5, "color": "red"}]}]}"""), RejectionStage.Inputs);
        Assert.Contains("Column 'items', row 0, at [1]['qty']: expected long, got 2.5", message);
        Assert.Contains("property 'color' not defined", message);
        Assert.Contains("missing required property 'sku'", message);
    }

    [Fact]
    public void Explicit_null_params_take_the_default_and_list_items_must_all_convert()
    {
        ModelSignature signature = Signature("""[{"type": "string", "required": true}]""",
            """[{"name": "n", "default": 3, "shape": null, "type": "integer"}, {"name": "l", "default": [1, 2], "shape": [-1], "type": "long"}, {"name": "d", "default": "2024-02-29", "shape": null, "type": "datetime"}]""");
        EnforcementResult result = Enforce(signature, """{"inputs": ["q"], "params": {"n": null, "l": null}}""");
        Assert.Equal(3, result.Request!.FindParam("n")!.Value);
        Assert.True(result.Request.FindParam("n")!.IsDefault);
        Assert.Equal(new long[] { 1, 2 }, result.Request.FindParam("l")!.Value);
        Assert.Equal(new DateTime(2024, 2, 29), result.Request.FindParam("d")!.Value);
        Assert.Contains("\"d\": \"2024-02-29T00:00:00\"", result.ToJson());
        string message = Refused(Enforce(signature, """{"inputs": ["q"], "params": {"n": 2147483648, "l": [1, null, 2.5]}}"""), RejectionStage.Params);
        Assert.Contains("Param 'n': expected integer, got 2147483648 (out of range", message);
        Assert.Contains("Param 'l' at [1]: null is not a value", message);
        Assert.Contains("Param 'l' at [2]: expected long, got 2.5", message);
    }

    [Fact]
    public void A_float_param_is_a_float32()
    {
        ModelSignature signature = Signature("""[{"type": "string", "required": true}]""", """[{"name": "p", "default": 0.5, "shape": null, "type": "float"}]""");
        Assert.Equal(0.1f, Enforce(signature, """{"inputs": ["q"], "params": {"p": 0.1}}""").Request!.FindParam("p")!.Value);
    }

    [Fact]
    public void Inputs_errors_win_over_params_errors()
    {
        ModelSignature signature = Signature("""[{"type": "long", "required": true}]""", """[{"name": "p", "default": 1, "shape": null, "type": "long"}]""");
        Refused(Enforce(signature, """{"params": {"p": "x"}, "inputs": ["not a long"]}"""), RejectionStage.Inputs);
        Refused(Enforce(signature, """{"params": {"p": "x"}, "inputs": [1]}"""), RejectionStage.Params);
    }

    [Theory]
    [InlineData("""{"dataframe_split": {"columns": ["a", "b"], "data": [[1, "x", 2]]}}""")]
    [InlineData("""{"dataframe_split": {"data": [[1], [1, 2]]}}""")]
    [InlineData("""{"dataframe_split": {"columns": ["a", "a"], "data": [[1, 1]]}}""")]
    [InlineData("""{"dataframe_split": {"columns": ["a"]}}""")]
    [InlineData("""{"dataframe_split": [[1]]}""")]
    [InlineData("""{"dataframe_split": {"columns": [["a"]], "data": [[1]]}}""")]
    [InlineData("""{"dataframe_split": {"columns": ["a"], "data": [1, 2]}}""")]
    [InlineData("""{"dataframe_records": {"a": 1}}""")]
    [InlineData("""{"dataframe_records": [{"a": 1}, 2]}""")]
    public void Malformed_tables_are_parse_errors(string body) =>
        Refused(Enforce(Signature("""[{"type": "long", "name": "a", "required": true}, {"type": "string", "name": "b", "required": false}]"""), body), RejectionStage.Parse);

    [Fact]
    public void Split_data_before_columns_is_read_once_the_columns_are_known()
    {
        ModelSignature signature = Signature("""[{"type": "long", "name": "a", "required": true}, {"type": "string", "name": "b", "required": true}]""");
        Assert.Equal("""[[1,"x"],[2,"y"]]""", Rows(Enforce(signature, """{"dataframe_split": {"data": [["x", 1], ["y", 2]], "index": [5, 6], "columns": ["b", "a"]}}""")));
    }

    [Fact]
    public void Records_keep_their_column_order_by_name_whatever_the_key_order()
    {
        ModelSignature signature = Signature("""[{"type": "long", "name": "a", "required": true}, {"type": "string", "name": "b", "required": false}]""");
        Assert.Equal("""[[1,"x"],[2,null],[3,"z"]]""",
            Rows(Enforce(signature, """{"dataframe_records": [{"a": 1, "b": "x"}, {"a": 2}, {"b": "z", "a": 3}]}""")));
    }

    [Fact]
    public void Unified_llm_bodies_split_params_from_columns_in_any_key_order()
    {
        ModelSignature signature = Signature("""[{"type": "string", "name": "prompt", "required": true}]""",
            """[{"name": "temperature", "default": 0.5, "shape": null, "type": "double"}]""");
        EnforcementResult result = Enforce(signature, """{"temperature": 0.2, "inputs": {"ignored": true}, "prompt": ["a", "b"], "stream": false}""");
        Assert.Equal("""[["a"],["b"]]""", Rows(result));
        Assert.Equal(0.2, result.Request!.FindParam("temperature")!.Value);
        Assert.Single(result.Request.Warnings);
        Assert.Contains("'inputs'", result.Request.Warnings[0]);
    }

    [Fact]
    public void An_escaped_llm_key_after_an_envelope_switches_to_the_llm_reading()
    {
        ModelSignature signature = Signature("""[{"type": "string", "name": "prompt", "required": true}]""");
        Assert.Equal("""[["hi"]]""", Rows(Enforce(signature, """{"inputs": {"nope": 1}, "\u0070rompt": "hi"}""")));
    }

    [Fact]
    public void Inputs_dicts_are_columns_unless_the_schema_has_list_columns()
    {
        ModelSignature scalars = Signature("""[{"type": "long", "name": "a", "required": true}, {"type": "string", "name": "b", "required": false}]""");
        Assert.Equal("""[[1,null],[2,null]]""", Rows(Enforce(scalars, """{"inputs": {"a": [1, 2], "b": null}}""")));
        Assert.Contains("mixes lists and single values", Refused(Enforce(scalars, """{"inputs": {"a": [1, 2], "b": "x"}}"""), RejectionStage.Inputs));
        ModelSignature lists = Signature("""[{"type": "array", "items": {"type": "long"}, "name": "a", "required": true}, {"type": "long", "name": "n", "required": true}]""");
        Assert.Equal("""[[[1,2],5]]""", Rows(Enforce(lists, """{"inputs": {"a": [1, 2], "n": 5}}""")));
    }

    [Fact]
    public void Unnamed_columns_take_values_rows_or_a_single_value()
    {
        ModelSignature two = Signature("""[{"type": "long", "required": true}, {"type": "long", "required": true}]""");
        Assert.Equal("""[[1,2],[3,4]]""", Rows(Enforce(two, """{"inputs": [[1, 2], [3, 4]]}""")));
        Assert.Contains("rows have different lengths", Refused(Enforce(two, """{"inputs": [[1, 2], [3]]}"""), RejectionStage.Inputs));
        Assert.Contains("cannot hold records", Refused(Enforce(two, """{"inputs": [{"a": 1}]}"""), RejectionStage.Inputs));
        ModelSignature one = Signature("""[{"type": "string", "required": true}]""");
        Assert.Equal("""[["q"]]""", Rows(Enforce(one, """{"inputs": "q"}""")));
        EnforcementResult extra = Enforce(one, """{"dataframe_split": {"data": [["a", 1]]}}""");
        Assert.Equal("""[["a"]]""", Rows(extra));
        Assert.Single(extra.Request!.Warnings);
    }

    [Fact]
    public void Csv_reads_quoted_fields_crlf_blank_lines_and_any_case_booleans()
    {
        ModelSignature signature = Signature("""[{"type": "string", "name": "s", "required": false}, {"type": "boolean", "name": "b", "required": true}, {"type": "double", "name": "d", "required": false}]""");
        string body = "s,b,d\r\n\"a, \"\"quoted\"\"\nline\",TRUE,1.5\r\n\r\n,false,\r\nNA,False,-Infinity\r\n";
        Assert.Equal("""[["a, \u0022quoted\u0022\nline",true,1.5],[null,false,null],["NA",false,"-Infinity"]]""",
            Rows(Enforce(signature, body, "text/csv; charset=UTF-8")));
    }

    [Theory]
    [InlineData("s,b\n\"open,true\n", "never ends")]
    [InlineData("s,b\n\"a\"x,true\n", "after a closing quote")]
    [InlineData("s,b\na,true,1\n", "3 fields")]
    [InlineData("", "empty")]
    [InlineData("\n\n", "empty")]
    public void Malformed_csv_is_a_parse_error(string body, string reason)
    {
        ModelSignature signature = Signature("""[{"type": "string", "name": "s", "required": false}, {"type": "boolean", "name": "b", "required": true}]""");
        Assert.Contains(reason, Refused(Enforce(signature, body, "text/csv"), RejectionStage.Parse));
    }

    [Fact]
    public void Csv_takes_no_params_so_defaults_apply()
    {
        ModelSignature signature = Signature("""[{"type": "long", "name": "a", "required": true}]""", """[{"name": "k", "default": 4, "shape": null, "type": "long"}]""");
        Assert.Equal(4L, Enforce(signature, "a\n1\n", "text/csv").Request!.FindParam("k")!.Value);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; format=pandas-split")]
    [InlineData("application/json; charset=latin-1")]
    public void Unsupported_content_types_are_parse_errors(string contentType) =>
        Refused(Enforce(Column("long"), """{"inputs": {"x": [1]}}""", contentType), RejectionStage.Parse);

    [Theory]
    [InlineData("APPLICATION/JSON")]
    [InlineData("application/json;charset=\"utf-8\"")]
    [InlineData(" application/json ; ")]
    [InlineData("")]
    public void Json_content_types_in_any_case_with_utf8_are_accepted(string contentType) =>
        Assert.True(Enforce(Column("long"), """{"inputs": {"x": [1]}}""", contentType).IsAccepted);

    [Fact]
    public void Every_numpy_dtype_has_its_element_rule()
    {
        (string DType, string Ok, string Bad)[] cases =
        [
            ("int8", "[-128, 127]", "[128]"), ("int16", "[-32768]", "[32768]"), ("uint16", "[65535]", "[-1]"),
            ("uint32", "[4294967295]", "[4294967296]"), ("uint64", "[18446744073709551615]", "[1.0]"),
            ("float16", "[0.5, 65504, NaN]", "[65520]"), ("bool", "[true, false]", "[0]"),
            ("str", "[\"a\"]", "[1]"), ("bytes", "[\"AQID\"]", "[\"AQI\"]"), ("datetime64[ns]", "[\"2024-02-29\"]", "[\"2024-02-30\"]"),
        ];
        foreach ((string dtype, string ok, string bad) in cases)
        {
            ModelSignature signature = Signature($"[{{\"type\": \"tensor\", \"tensor-spec\": {{\"dtype\": \"{dtype}\", \"shape\": [-1]}}}}]");
            Assert.True(Enforce(signature, $"{{\"inputs\": {ok}}}").IsAccepted, dtype);
            Refused(Enforce(signature, $"{{\"inputs\": {bad}}}"), RejectionStage.Inputs);
        }
    }

    [Fact]
    public void Tensors_come_out_typed_in_row_major_order()
    {
        ModelSignature signature = Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 2, 2]}}]""");
        EnforcementResult result = Enforce(signature, """{"instances": [[[1, 2], [3, 4]], [[5, 6], [7, 8.5]]]}""");
        var tensor = (Tensor<float>)((TensorInput)result.Request!.Input).Tensor;
        Assert.Equal([2, 2, 2], tensor.Shape);
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6, 7, 8.5f }, tensor.Data.ToArray());
        Assert.Contains("\"data\": [[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.5]]]", result.ToJson());
    }

    [Fact]
    public void Null_in_a_float_tensor_is_nan_and_in_an_integer_tensor_an_error()
    {
        Assert.Contains("\"NaN\"", Enforce(Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "float64", "shape": [-1]}}]"""), """{"inputs": [1.0, null]}""").ToJson());
        Refused(Enforce(Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1]}}]"""), """{"inputs": [1, null]}"""), RejectionStage.Inputs);
    }

    [Fact]
    public void Object_tensors_accept_any_values_and_ragged_input()
    {
        ModelSignature signature = Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "object", "shape": [-1, -1]}}]""");
        EnforcementResult regular = Enforce(signature, """{"inputs": [[1, "a"], [null, {"k": [2]}]]}""");
        Assert.Contains("\"shape\": [2, 2], \"data\": [[1, \"a\"], [null, {\"k\": [2]}]]", regular.ToJson());
        EnforcementResult ragged = Enforce(signature, """{"inputs": [[1, 2], [3]]}""");
        Assert.True(((TensorInput)ragged.Request!.Input).Tensor.IsRagged);
        Assert.Contains("\"shape\": [2], \"data\": [[1, 2], [3]]", ragged.ToJson());
        Refused(Enforce(Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "object", "shape": [-1, 2]}}]"""), """{"inputs": [[1, 2], [3]]}"""), RejectionStage.Inputs);
    }

    [Fact]
    public void Named_tensors_come_from_dicts_records_and_tables()
    {
        ModelSignature signature = Signature("""[{"name": "a", "type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1, 1]}}, {"name": "b", "type": "tensor", "tensor-spec": {"dtype": "str", "shape": [-1]}}]""");
        string expected = "\"tensors\": {\"a\": {\"dtype\": \"int64\", \"shape\": [2, 1], \"data\": [[1], [2]]}, \"b\": {\"dtype\": \"str\", \"shape\": [2], \"data\": [\"x\", \"y\"]}}";
        Assert.Contains(expected, Enforce(signature, """{"inputs": {"b": ["x", "y"], "a": [[1], [2]]}}""").ToJson());
        Assert.Contains(expected, Enforce(signature, """{"dataframe_records": [{"a": 1, "b": "x"}, {"b": "y", "a": 2}]}""").ToJson());
        Assert.Contains(expected, Enforce(signature, """{"inputs": [{"a": 1, "b": "x"}, {"b": "y", "a": 2}]}""").ToJson());
        Assert.Contains("Missing tensor 'b'", Refused(Enforce(signature, """{"inputs": {"a": [[1]]}}"""), RejectionStage.Inputs));
        Assert.Contains("no value", Refused(Enforce(signature, """{"dataframe_records": [{"a": 1, "b": "x"}, {"a": 2}]}"""), RejectionStage.Inputs));
    }

    [Fact]
    public void An_unnamed_tensor_reads_records_as_pandas_columns_in_first_seen_order()
    {
        ModelSignature matrix = Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "float64", "shape": [-1, 2]}}]""");
        Assert.Contains("\"shape\": [2, 2], \"data\": [[1.0, 2.0], [3.0, 4.0]]",
            Enforce(matrix, """{"dataframe_records": [{"a": 1, "b": 2}, {"b": 4, "a": 3}]}""").ToJson());
        Assert.Contains("no value", Refused(Enforce(matrix, """{"dataframe_records": [{"a": 1, "b": 2}, {"a": 3}]}"""), RejectionStage.Inputs));
        Assert.Contains("[1, 3]", Refused(Enforce(matrix, """{"dataframe_records": [{"a": 1, "b": 2, "c": 3}]}"""), RejectionStage.Inputs));
        Assert.Contains("single float64", Refused(Enforce(matrix, """{"dataframe_records": [{"a": [1], "b": 2}]}"""), RejectionStage.Inputs));
        Assert.Contains("no values", Refused(Enforce(matrix, """{"dataframe_records": [{}]}"""), RejectionStage.Inputs));
        Assert.Contains("no values", Refused(Enforce(matrix, """{"dataframe_records": []}"""), RejectionStage.Inputs));
        ModelSignature rows = Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1, 3]}}]""");
        Assert.Contains("\"shape\": [2, 3], \"data\": [[1, 2, 3], [4, 5, 6]]", Enforce(rows, """{"dataframe_records": [{"v": [1, 2, 3]}, {"v": [4, 5, 6]}]}""").ToJson());
    }

    [Fact]
    public void A_scalar_tensor_and_an_empty_table_have_their_shapes()
    {
        Assert.Contains("\"shape\": [], \"data\": 7", Enforce(Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "int32", "shape": []}}]"""), """{"inputs": 7}""").ToJson());
        Assert.Contains("\"shape\": [0, 3], \"data\": []",
            Enforce(Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "int32", "shape": [-1, 3]}}]"""), """{"dataframe_split": {"data": []}}""").ToJson());
    }

    [Fact]
    public void Columns_come_out_typed_and_unboxed()
    {
        ModelSignature signature = Signature("""[{"type": "integer", "name": "i", "required": true}, {"type": "float", "name": "f", "required": false}, {"type": "datetime", "name": "d", "required": true}]""");
        EnforcementResult result = Enforce(signature, """{"dataframe_split": {"columns": ["i", "f", "d"], "data": [[1, 0.1, "2024-01-02T03:04:05.5Z"], [2, null, "2024-01-03"]]}}""");
        var input = (ColumnsInput)result.Request!.Input;
        Assert.Equal(new[] { 1, 2 }, ((ColumnValues<int>)input.Find("i")!.Values).Values.ToArray());
        var floats = (ColumnValues<float>)input.Find("f")!.Values;
        Assert.Equal(0.1f, floats[0]);
        Assert.True(floats.IsMissing(1));
        Assert.Null(floats.GetValue(1));
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5, 500), ((ColumnValues<DateTime>)input.Find("d")!.Values)[0]);
        Assert.Contains("\"rows\": [[1, 0.1, \"2024-01-02T03:04:05.5\"], [2, null, \"2024-01-03T00:00:00\"]]", result.ToJson());
    }

    [Fact]
    public void The_document_escapes_non_ascii_and_quotes_non_finite_numbers()
    {
        EnforcementResult result = Enforce(Column("string"), "{\"inputs\": {\"x\": [\"h\u00e9llo \\ud83d\\ude00\"]}}");
        Assert.Contains("\"h\\u00e9llo \\ud83d\\ude00\"", result.ToJson());
        Assert.All(result.ToJson(), c => Assert.True(c < 128));
    }

    [Fact]
    public void Rejections_list_several_problems_and_count_the_rest()
    {
        string body = "{\"inputs\": {\"x\": [" + string.Join(", ", Enumerable.Repeat("1.5", 25)) + "]}}";
        string message = Refused(Enforce(Column("long"), body), RejectionStage.Inputs);
        Assert.Contains("row 9:", message);
        Assert.DoesNotContain("row 10:", message);
        Assert.EndsWith("and 15 more problems.", message);
    }

    [Fact]
    public void An_enforcer_needs_an_input_schema_and_sane_options()
    {
        var outputsOnly = ModelSignature.FromDictJson("""{"inputs": null, "outputs": "[{\"type\": \"long\"}]"}""");
        Assert.Throws<ArgumentException>(() => new RequestEnforcer(outputsOnly));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestEnforcer(Column("long"), new EnforcementOptions { MaxDepth = 5000 }));
    }
}
