using System.Text;
using Signatures.Enforcement;
using Signatures.IntegrationTests.Vectors;
using Signatures.Requests;

namespace Signatures.IntegrationTests.Reading;

/// <summary>What the generated <c>ReadRequest</c> hands a model: typed rows, tensors and params, warnings, or a rejection.</summary>
public class ReadRequestTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Records_become_rows_of_the_contract()
    {
        ModelRequest<MixedRow[], MixedParams> request = MixedModel.ReadRequest(Utf8("""
            {"dataframe_records": [
              {"id": 1, "count": 2, "score": 0.5, "ratio": 1.5, "name": "a", "flag": true, "when": "2024-02-29T12:00:00Z", "blob": "AQID", "optional": NaN},
              {"id": -7, "count": 0, "score": NaN, "name": "h\u00e9llo"}
            ]}
            """));

        Assert.True(request.IsAccepted, request.ToNormalizedJson());
        MixedRow[] rows = request.Input;
        Assert.Equal(2, rows.Length);
        Assert.Equal(new MixedRow(1, 2, 0.5, 1.5f, "a", true, new DateTime(2024, 2, 29, 12, 0, 0), rows[0].Blob, null), rows[0]);
        Assert.Equal([1, 2, 3], rows[0].Blob!);
        Assert.Equal(-7, rows[1].Id);
        Assert.True(double.IsNaN(rows[1].Score)); // NaN is a value in a required double column
        Assert.Equal("héllo", rows[1].Name);
        Assert.Null(rows[1].Ratio); // absent in this record
        Assert.Equal(3, request.Params.TopK);
        Assert.Equal([1.0, 0.5], request.Params.Weights);
        Assert.Empty(request.Warnings);
    }

    [Fact]
    public void Every_envelope_gives_the_same_rows()
    {
        string[] bodies =
        [
            """{"dataframe_records": [{"a": 1, "b": "x", "c": 0.5}, {"a": 2, "b": "y"}]}""",
            """{"dataframe_split": {"columns": ["a", "b", "c"], "data": [[1, "x", 0.5], [2, "y", null]]}}""",
            """{"dataframe_split": {"data": [[1, "x", 0.5], [2, "y", null]], "columns": ["a", "b", "c"]}}""",
            """{"instances": [{"a": 1, "b": "x", "c": 0.5}, {"a": 2, "b": "y", "c": null}]}""",
            """{"inputs": {"a": [1, 2], "b": ["x", "y"], "c": [0.5, null]}}""",
        ];
        foreach (string body in bodies)
        {
            LongStringOptionalDouble[] rows = LongStringOptionalDoubleModel.ReadRequest(Utf8(body)).Input;
            Assert.Equal([new(1, "x", 0.5), new(2, "y", null)], rows);
        }
        LongStringOptionalDouble[] csv = LongStringOptionalDoubleModel.ReadRequest(Utf8("b,a,c\nx,1,0.5\ny,2,\n"), "text/csv").Input;
        Assert.Equal([new(1, "x", 0.5), new(2, "y", null)], csv);
    }

    [Fact]
    public void A_missing_optional_column_reads_as_null_and_is_left_out_of_the_document()
    {
        ModelRequest<LongStringOptionalDouble[]> request = LongStringOptionalDoubleModel.ReadRequest(Utf8("""{"dataframe_records": [{"a": 1, "b": "x"}]}"""));
        Assert.Null(request.Input[0].C);
        Assert.Contains("\"columns\": [\"a\", \"b\"]", request.ToNormalizedJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_columns_are_dropped_with_a_warning()
    {
        ModelRequest<LongStringOptionalDouble[]> request = LongStringOptionalDoubleModel.ReadRequest(Utf8("""{"dataframe_records": [{"a": 1, "b": "x", "zzz": 3}]}"""));
        Assert.Equal([new(1, "x", null)], request.Input);
        Assert.Single(request.Warnings);
        Assert.Contains("'zzz'", request.Warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_request_names_the_stage_and_the_problem()
    {
        ModelRequest<LongStringOptionalDouble[]> request = LongStringOptionalDoubleModel.ReadRequest(Utf8("""{"dataframe_records": [{"a": 1.5, "b": "x"}]}"""));
        Assert.False(request.IsAccepted);
        Assert.Equal(RejectionStage.Inputs, request.Rejection!.Stage);
        Assert.Contains("Column 'a'", request.Rejection.Message, StringComparison.Ordinal);
        Assert.Empty(request.Warnings);
        var thrown = Assert.Throws<InvalidOperationException>(() => request.Input);
        Assert.Contains("inputs", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(request.Rejection.ToJson(), request.ToNormalizedJson());

        Assert.Equal(RejectionStage.Parse, LongStringOptionalDoubleModel.ReadRequest(Utf8("""{"dataframe_records": [{"a": 1,""")).Rejection!.Stage);
        Assert.Equal(RejectionStage.Parse, LongStringOptionalDoubleModel.ReadRequest(Utf8("""{"a": 1}""")).Rejection!.Stage);
        Assert.Equal(RejectionStage.Parse, LongStringOptionalDoubleModel.ReadRequest(Utf8("a\n1"), "text/plain").Rejection!.Stage);
    }

    [Fact]
    public void Params_take_their_defaults_and_explicit_null_means_the_default()
    {
        ModelRequest<string[], EveryParam> request = EveryParamModel.ReadRequest(Utf8("""
            {"inputs": ["q"], "params": {"p_long": null, "p_int": 6, "p_list": [3, 4], "p_obj": {"k": 2, "opt": "o"}, "p_dt": "2024-01-02 03:04:05", "nope": 1}}
            """));
        Assert.True(request.IsAccepted, request.ToNormalizedJson());
        Assert.Equal(["q"], request.Input);
        EveryParam p = request.Params;
        Assert.Equal(1, p.PLong);
        Assert.Equal(6, p.PInt);
        Assert.Equal([3L, 4L], p.PList);
        Assert.Equal(["x"], p.PStrs);
        Assert.Equal(2, p.PObj.K);
        Assert.Equal("o", p.PObj.Opt);
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5), p.PDt);
        Assert.Equal(0.5f, p.PFloat);
        Assert.Single(request.Warnings); // 'nope' is not declared

        ModelRequest<string[], EveryParam> refused = EveryParamModel.ReadRequest(Utf8("""{"inputs": ["q"], "params": {"p_long": "x", "p_bool": 3}}"""));
        Assert.Equal(RejectionStage.Params, refused.Rejection!.Stage);
        Assert.Throws<InvalidOperationException>(() => refused.Params);
    }

    [Fact]
    public void The_unified_llm_body_gives_rows_and_params()
    {
        ModelRequest<ChatInput[], TemperatureParams> request = ChatWithTemperatureModel.ReadRequest(Utf8("""
            {"messages": [{"role": "user", "content": "hi"}], "temperature": 0.25}
            """));
        Assert.True(request.IsAccepted, request.ToNormalizedJson());
        ChatMessage message = Assert.Single(Assert.Single(request.Input).Messages);
        Assert.Equal(("user", "hi"), (message.Role, message.Content));
        Assert.Equal(0.25, request.Params.Temperature);
    }

    [Fact]
    public void Nested_values_become_the_members_types()
    {
        ModelRequest<NestedRow[]> request = NestedModel.ReadRequest(Utf8("""
            {"dataframe_records": [{"id": 1, "values": [1, 2.5], "counts": {"a": 1, "b": 2}, "where": {"x": 1, "y": null}}, {"id": 2, "values": []}]}
            """));
        Assert.True(request.IsAccepted, request.ToNormalizedJson());
        NestedRow first = request.Input[0];
        Assert.Equal([1.0, 2.5], first.Values);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 1, ["b"] = 2 }, first.Counts);
        Assert.Equal(1.0, first.Where!.X);
        Assert.Null(first.Where.Y);
        Assert.Null(request.Input[1].Counts);
        // The explicit null stays in the document, as the enforcer prints it.
        Assert.Contains("{\"x\": 1.0, \"y\": null}", request.ToNormalizedJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Members_other_than_the_natural_type_take_only_values_that_fit()
    {
        const string Row = """{"small": 255, "medium": 300, "money": 0.1, "tiny": 0.5, "letter": "x", "key": "0f8fad5b-d9cb-469f-a165-70867728950e", "day": "2024-02-29", "at": "2024-02-29T10:00:00+02:00", "data": "AQID", "big": 5}""";
        ModelRequest<NarrowRow[]> request = NarrowModel.ReadRequest(Utf8($$"""{"dataframe_records": [{{Row}}]}"""));
        Assert.True(request.IsAccepted, request.ToNormalizedJson());
        NarrowRow row = request.Input[0];
        Assert.Equal((byte)255, row.Small);
        Assert.Equal((short)300, row.Medium);
        Assert.Equal(0.1m, row.Money);
        Assert.Equal((Half)0.5, row.Tiny);
        Assert.Equal('x', row.Letter);
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), row.Key);
        Assert.Equal(new DateOnly(2024, 2, 29), row.Day);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 8, 0, 0, TimeSpan.Zero), row.At);
        Assert.Equal([1, 2, 3], row.Data.ToArray());
        Assert.Equal(5UL, row.Big);
        Assert.Equal(RequestEnforcer.Enforce(NarrowModel.Signature, Utf8($$"""{"dataframe_records": [{{Row}}]}""")).ToJson(), request.ToNormalizedJson());

        (string Column, string Value, string Type)[] refused =
        [
            ("small", "256", "byte"), ("medium", "40000", "short"), ("tiny", "0.1", "Half"), ("letter", "\"xy\"", "char"),
            ("key", "\"k\"", "Guid"), ("day", "\"2024-02-29T10:00:00\"", "DateOnly"), ("big", "-1", "ulong"),
        ];
        foreach ((string column, string value, string type) in refused)
        {
            string body = $$"""{"dataframe_records": [{{Row.Replace($"\"{column}\": ", $"\"{column}\": {value}, \"_{column}\": ", StringComparison.Ordinal)}}]}""";
            ModelRequest<NarrowRow[]> rejected = NarrowModel.ReadRequest(Utf8(body));
            Assert.False(rejected.IsAccepted, body);
            Assert.Equal(RejectionStage.Inputs, rejected.Rejection!.Stage);
            Assert.Contains($"Column '{column}', row 0", rejected.Rejection.Message, StringComparison.Ordinal);
            Assert.Contains($"the member's C# type {type}", rejected.Rejection.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Tensors_become_the_members_arrays()
    {
        ModelRequest<ImageBatch> request = ImageModel.ReadRequest(Utf8("""
            {"inputs": {"pixels": [[[1, 2], [3, 4]]], "boxes": [[0.5, 1.5]], "labels": ["cat"]}}
            """));
        Assert.True(request.IsAccepted, request.ToNormalizedJson());
        ImageBatch batch = request.Input;
        Assert.Equal(new byte[,,] { { { 1, 2 }, { 3, 4 } } }, batch.Pixels);
        Assert.Equal([0.5, 1.5], Assert.Single(batch.Boxes));
        Assert.Equal(["cat"], batch.Labels);

        ModelRequest<MatrixAndVector> named = MatrixAndVectorModel.ReadRequest(Utf8("""{"inputs": {"a": [[1, 2], [3, 4]], "b": [7, 8]}}"""));
        Assert.Equal(new float[,] { { 1, 2 }, { 3, 4 } }, named.Input.A);
        Assert.Equal([7L, 8L], named.Input.B);

        ModelRequest<MatrixAndVector> wrong = MatrixAndVectorModel.ReadRequest(Utf8("""{"inputs": {"a": [[1, 2, 3]], "b": [7]}}"""));
        Assert.Equal(RejectionStage.Inputs, wrong.Rejection!.Stage);
    }

    [Fact]
    public void Every_overload_and_the_limits_apply()
    {
        byte[] body = Utf8("""{"dataframe_records": [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]}""");
        Assert.True(LongStringOptionalDoubleModel.ReadRequest(body).IsAccepted);
        Assert.True(LongStringOptionalDoubleModel.ReadRequest(new ReadOnlyMemory<byte>(body)).IsAccepted);
        Assert.True(LongStringOptionalDoubleModel.ReadRequest(body.AsSpan(), contentType: null).IsAccepted);
        ModelRequest<LongStringOptionalDouble[]> limited = LongStringOptionalDoubleModel.ReadRequest(body, options: new EnforcementOptions { MaxRows = 1 });
        Assert.Equal(RejectionStage.Parse, limited.Rejection!.Stage);
        Assert.Contains("rows", limited.Rejection.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => LongStringOptionalDoubleModel.ReadRequest((byte[])null!));
    }

    [Fact]
    public void An_unnamed_column_reads_into_values()
    {
        ModelRequest<long[]> request = UnnamedLongModel.ReadRequest(Utf8("""{"inputs": [1, 2, 3]}"""));
        Assert.Equal([1L, 2L, 3L], request.Input);
        Assert.Equal(RequestEnforcer.Enforce(UnnamedLongModel.Signature, Utf8("""{"inputs": [1, 2, 3]}""")).ToJson(), request.ToNormalizedJson());
    }
}
