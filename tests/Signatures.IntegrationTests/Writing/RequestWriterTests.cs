using System.Numerics;
using System.Text.Json;
using CsCheck;
using Signatures.Enforcement;
using Signatures.IntegrationTests.Contracts;
using Signatures.Writing;

namespace Signatures.IntegrationTests.Writing;

/// <summary>Every body the writers produce is accepted by the dynamic enforcer and reads back as the values written.</summary>
public class RequestWriterTests
{
    public static IEnumerable<object?[]> Formats() =>
        [[null], [RequestFormat.DataframeSplit], [RequestFormat.DataframeRecords], [RequestFormat.Instances], [RequestFormat.Inputs]];

    private static readonly Gen<char> TextChar = Gen.Char.Where(c => !char.IsSurrogate(c));

    private static readonly Gen<Scalars> ScalarsGen =
        from b in Gen.Bool
        from i8 in Gen.SByte
        from i32 in Gen.Int
        from i64 in Gen.Long
        from u32 in Gen.UInt
        from f16 in Gen.Float.Select(f => (Half)f)
        from f32 in Gen.Float
        from f64 in Gen.Double
        from dec in Gen.Decimal
        from s in TextChar.Array[0, 12].Select(chars => new string(chars))
        from c in TextChar
        from g in Gen.Guid
        from bin in Gen.Byte.Array[0, 20]
        from dt in Gen.DateTime
        from dto in Gen.DateTimeOffset
        from i128 in Gen.Long
        from big in Gen.Long
        from hasOpt in Gen.Bool
        from optValue in Gen.Double.Where(d => !double.IsNaN(d))
        from optS in Gen.String.AlphaNumeric.Null()
        select new Scalars(b, i8, i32, i64, u32, f16, f32, f64, dec, s, c, g, bin, bin.Reverse().ToArray(), dt, DateOnly.FromDateTime(dt),
            dto, i128, new BigInteger(big) * (big % 2 == 0 ? 1 : -1), hasOpt ? optValue : null, optS);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Random_rows_of_every_scalar_type_read_back_exactly(RequestFormat? format)
    {
        var signature = new ModelSignature(Scalars.Schema);
        ScalarsGen.Array[1, 6].Sample(rows =>
        {
            Assert.True(Scalars.ValidateRows(rows).IsValid);
            byte[] body = ServingRequest.Write(rows, format);
            EnforcementResult result = RequestEnforcer.Enforce(signature, body);
            Assert.True(result.IsAccepted, $"{result.ToJson()}\n{System.Text.Encoding.UTF8.GetString(body)}");
            var input = (ColumnsInput)result.Request!.Input;
            Assert.Equal(rows.Length, input.RowCount);
            for (int r = 0; r < rows.Length; r++) AssertRow(rows[r], input, r);
        }, iter: 200);
    }

    [Fact]
    public void Special_floating_point_values_survive()
    {
        Scalars row = ScalarsGen.Single() with { F64 = double.NaN, F32 = -0f, Dec = 0.1m, Opt = double.NegativeInfinity };
        Scalars other = row with { F64 = -0.0, F32 = float.PositiveInfinity, F16 = Half.NegativeInfinity, Opt = null };
        var input = (ColumnsInput)RequestEnforcer.Enforce(new ModelSignature(Scalars.Schema), ServingRequest.Write([row, other])).Request!.Input;
        AssertRow(row, input, 0);
        AssertRow(other, input, 1);
        Assert.True(input.Find("opt")!.Values.IsMissing(1));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Nested_arrays_objects_and_maps_read_back_in_every_format(RequestFormat? format)
    {
        Order[] rows = format == RequestFormat.Instances ? [Orders.First()] : Orders;
        var signature = new ModelSignature(Order.Schema);
        EnforcementResult result = RequestEnforcer.Enforce(signature, ServingRequest.Write(rows, format));
        Assert.True(result.IsAccepted, result.ToJson());
        // Every format reads back as the same document; dataframe_split is checked value by value below.
        Assert.Equal(RequestEnforcer.Enforce(signature, ServingRequest.Write(rows, RequestFormat.DataframeSplit)).ToJson(), result.ToJson());
    }

    [Fact]
    public void Nested_values_read_back_as_written()
    {
        var input = (ColumnsInput)RequestEnforcer.Enforce(new ModelSignature(Order.Schema), ServingRequest.Write(Orders)).Request!.Input;
        Order order = Orders[0];
        Assert.Equal(order.Customer, input.Find("customer")!.Values.GetValue(0));
        var items = (object?[])input.Find("items")!.Values.GetValue(0)!;
        Assert.Equal(order.Items.Count, items.Length);
        var second = (ObjectValue)items[1]!;
        Assert.Equal(order.Items[1].Sku, second["Sku"]);
        Assert.Equal(order.Items[1].Qty, second["Qty"]);
        Assert.Null(second["Price"]);
        Assert.Equal(new object?[] { null, null }, ((object?[])input.Find("optional_items")!.Values.GetValue(1)!).Take(2));
        var tags = (ObjectValue)input.Find("tags")!.Values.GetValue(0)!;
        Assert.Equal(order.Tags!["x"], (string[])tags["x"]!);
        Assert.Equal([1, 2, 3], (int[])input.Find("codes")!.Values.GetValue(0)!);
        Assert.Equal((int)order.Priority, input.Find("priority")!.Values.GetValue(0));
        Assert.Equal((long)order.Serial, input.Find("serial")!.Values.GetValue(0));
        Assert.Equal((float)order.Ratio, input.Find("ratio")!.Values.GetValue(0));
        Assert.Equal(order.PlacedAt, input.Find("placed_at")!.Values.GetValue(0));
        Assert.True(input.Find("notes")!.Values.IsMissing(0));
        Assert.Equal("hello", input.Find("notes")!.Values.GetValue(1));
        Assert.Equal(new object?[] { 1L, "two" }, (object?[])input.Find("extra")!.Values.GetValue(1)!);
    }

    [Fact]
    public void Params_are_written_beside_the_input()
    {
        var signature = new ModelSignature(Scalars.Schema, null, SearchParams.ParamSchema);
        var parameters = new SearchParams { TopK = 9, Stop = null, Filters = ["x", "y"] };
        NormalizedRequest request = RequestEnforcer.Enforce(signature, ServingRequest.Write([ScalarsGen.Single()], parameters, RequestFormat.Inputs)).Request!;
        Assert.Equal(9L, request.FindParam("top_k")!.Value);
        Assert.Null(request.FindParam("stop")!.Value);
        Assert.True(request.FindParam("stop")!.IsDefault);
        Assert.Equal(["x", "y"], (string[])request.FindParam("filters")!.Value!);
        Assert.Empty(request.Warnings);
    }

    [Theory]
    [InlineData(RequestFormat.Inputs)]
    [InlineData(RequestFormat.Instances)]
    public void Tensors_read_back_with_their_shapes_and_elements(RequestFormat format)
    {
        var images = new byte[2, 28, 28];
        images[1, 27, 3] = 255;
        var batch = new ImageBatch(images, [[1.5f, 2f, 3f], [4f, 5f, -0f]], [[1, 2, 3], [4, 5, 6]], ["cat", "dög"]);
        Assert.True(ImageBatch.Validate(batch).IsValid);
        EnforcementResult result = RequestEnforcer.Enforce(new ModelSignature(ImageBatch.Schema), ServingRequest.Write(batch, format));
        var tensors = (TensorsInput)result.Request!.Input;
        var imageTensor = (Tensor<byte>)tensors.Find("images")!;
        Assert.Equal([2, 28, 28], imageTensor.Shape);
        Assert.Equal(images.Cast<byte>(), imageTensor.Data.ToArray());
        Assert.Equal([2, 3], tensors.Find("boxes")!.Shape);
        Assert.Equal(batch.Boxes.SelectMany(b => b), ((Tensor<float>)tensors.Find("boxes")!).Data.ToArray());
        Assert.Equal(batch.Tokens.SelectMany(b => b), ((Tensor<int>)tensors.Find("tokens")!).Data.ToArray());
        Assert.Equal(batch.Labels, ((Tensor<string>)tensors.Find("labels")!).Data.ToArray());
    }

    [Fact]
    public void What_MLflow_cannot_read_is_refused_before_writing()
    {
        Assert.Contains("DataframeSplit can carry an empty input", Assert.Throws<ArgumentException>(() => ServingRequest.Write(Array.Empty<Scalars>(), RequestFormat.Inputs)).Message);
        Assert.Contains("'items' holds array values", Assert.Throws<ArgumentException>(() => ServingRequest.Write(Orders, RequestFormat.Instances)).Message);
        Assert.Contains("not as a DataFrame", Assert.Throws<ArgumentException>(() => ServingRequest.Write(new ImageBatch(new byte[1, 28, 28], [], [], []), RequestFormat.DataframeSplit)).Message);
        Assert.Contains("got 2 instances", Assert.Throws<ArgumentException>(() => ServingRequest.Write([new ImageBatch(new byte[1, 28, 28], [], [], []), new ImageBatch(new byte[1, 28, 28], [], [], [])])).Message);
        // An empty dataframe_split is a valid request with no rows.
        EnforcementResult empty = RequestEnforcer.Enforce(new ModelSignature(Scalars.Schema), ServingRequest.Write(Array.Empty<Scalars>()));
        Assert.Equal(0, ((ColumnsInput)empty.Request!.Input).RowCount);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Values_of_an_unnamed_column_read_back_in_every_format(RequestFormat? format)
    {
        string[] texts = ["a", "b\u00e9", ""];
        NormalizedRequest text = RequestEnforcer.Enforce(TextModel.Signature, ServingRequest.WriteValues(texts, new SearchParams { TopK = 3 }, format)).Request!;
        Assert.Equal(texts, ((ColumnValues<string>)((ColumnsInput)text.Input).Columns[0].Values).Values.ToArray());
        Assert.Equal(3L, text.FindParam("top_k")!.Value);

        double[][] vectors = [[1.5, -0.0], [], [double.NaN]];
        var input = (ColumnsInput)RequestEnforcer.Enforce(VectorModel.Signature, ServingRequest.WriteValues(vectors, format)).Request!.Input;
        Assert.Equal(3, input.RowCount);
        for (int r = 0; r < vectors.Length; r++)
        {
            var read = (double[])input.Columns[0].Values.GetValue(r)!;
            Assert.Equal(vectors[r].Length, read.Length);
            for (int i = 0; i < read.Length; i++) AssertSame(vectors[r][i], read[i]);
        }
    }

    [Fact]
    public void Writing_to_a_caller_writer_gives_the_same_body()
    {
        Scalars[] rows = [ScalarsGen.Single()];
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) ServingRequest.WriteTo(writer, rows, RequestFormat.DataframeRecords);
        Assert.Equal(ServingRequest.Write(rows, RequestFormat.DataframeRecords), buffer.WrittenSpan.ToArray());
    }

    private static Order[] Orders { get; } =
    [
        new()
        {
            Customer = "ada",
            Items = [new LineItem("a-1", 2, 9.5), new LineItem("b-2", 1, null)],
            OptionalItems = [new LineItem("c-3", 1, 1.0)],
            Tags = new() { ["x"] = ["p", "q"] },
            Groups = new Dictionary<string, IReadOnlyList<LineItem>> { ["g"] = [new LineItem("d-4", 3, 0.25)] },
            Codes = [1, 2, 3],
            PlacedAt = new DateTime(2024, 5, 1, 12, 30, 0, 123).AddTicks(4567),
            Priority = -7,
            Serial = 42,
            Ratio = 0.1,
            Payload = JsonDocument.Parse("""{"k": [1, 2.5, null, "s"]}""").RootElement,
        },
        new()
        {
            Customer = "grace",
            Items = [],
            OptionalItems = [null, null],
            Tags = null,
            Codes = [],
            Notes = "hello",
            Extra = new object?[] { 1, "two" },
            Payload = JsonDocument.Parse("3").RootElement,
        },
    ];

    private static void AssertRow(Scalars row, ColumnsInput input, int r)
    {
        object? Value(string column) => input.Find(column)!.Values.GetValue(r);
        Assert.Equal(row.B, Value("b"));
        Assert.Equal((int)row.I8, Value("i8"));
        Assert.Equal(row.I32, Value("i32"));
        Assert.Equal(row.I64, Value("i64"));
        Assert.Equal((long)row.U32, Value("u32"));
        AssertSame((float)row.F16, (float)Value("f16")!);
        AssertSame(row.F32, (float)Value("f32")!);
        AssertSame(row.F64, (double)Value("f64")!);
        AssertSame((double)row.Dec, (double)Value("dec")!);
        Assert.Equal(row.S, Value("s"));
        Assert.Equal(row.C.ToString(), Value("c"));
        Assert.Equal(row.G.ToString("D"), Value("g"));
        Assert.Equal(row.Bin, (byte[])Value("bin")!);
        Assert.Equal(row.Mem.ToArray(), (byte[])Value("mem")!);
        Assert.Equal(row.Dt.Ticks, ((DateTime)Value("dt")!).Ticks);
        Assert.Equal(row.D.ToDateTime(TimeOnly.MinValue), Value("d"));
        Assert.Equal(row.Dto.UtcDateTime.Ticks, ((DateTime)Value("dto")!).Ticks);
        Assert.Equal((long)row.I128, Value("i128"));
        Assert.Equal((long)row.Big, Value("big"));
        if (row.Opt is { } opt) AssertSame(opt, (double)Value("opt")!);
        else Assert.True(input.Find("opt")!.Values.IsMissing(r));
        Assert.Equal(row.OptS, Value("opt_s"));
    }

    // Bit for bit, so -0.0 and 0.0 differ; any NaN equals any NaN.
    private static void AssertSame(double expected, double actual)
    {
        if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual));
        else Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
    }

    private static void AssertSame(float expected, float actual)
    {
        if (float.IsNaN(expected)) Assert.True(float.IsNaN(actual));
        else Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(actual));
    }
}
