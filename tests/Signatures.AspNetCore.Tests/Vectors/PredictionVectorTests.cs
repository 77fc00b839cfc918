using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Signatures.AspNetCore.Responses;
using Signatures.AspNetCore.Tests.Contracts;
using Signatures.Tests.Vectors;

namespace Signatures.AspNetCore.Tests.Vectors;

/// <summary>
/// The response body for a model output, written by the generated writers and given Python's spelling, equals the bytes
/// MLflow's scoring server wrote for the same output (predictions.jsonl, <c>response_body</c>), for the cases whose
/// output a .NET model returns as a contract or a list: each case's prediction is turned into the equivalent .NET value.
/// </summary>
public sealed class PredictionVectorTests
{
    private static readonly Dictionary<string, Func<JsonNode, string>> Cases = new(StringComparer.Ordinal)
    {
        ["df_float_integral_and_exponents"] = p => Render(Rows(p, r => new DoubleX(Double(r[0]))).ToArray()),
        ["df_float_none_becomes_nan"] = p => Render(Rows(p, r => new DoubleF(Double(r[0]))).ToList()),
        ["df_int_dtypes"] = p => Render(Rows(p, r => new IntegerWidths(
            r[0]!.GetValue<sbyte>(), r[1]!.GetValue<short>(), r[2]!.GetValue<int>(), r[3]!.GetValue<byte>(), r[4]!.GetValue<ushort>(),
            r[5]!.GetValue<uint>(), r[6]!.GetValue<ulong>())).ToArray()),
        ["df_float16"] = p => Render(Rows(p, r => new HalfH((Half)Double(r[0]))).ToArray()),
        ["df_object_none"] = p => Render(Rows(p, r => new TextS(r[0]?.GetValue<string>())).ToArray()),
        ["df_unicode_and_escapes"] = p => Render(Rows(p, r => new TextS(r[0]!.GetValue<string>())).ToArray()),
        ["df_object_bytes"] = p => Render(Rows(p, r => new BytesB(Bytes(r[0]))).ToArray()),
        ["df_datetime64"] = p => Render(Rows(p, r => new DateD(Date(r[0]))).ToArray()),
        ["df_empty_rows"] = p => Render(Rows(p, r => new DoubleX(Double(r[0]))).ToArray()),
        ["series_bool"] = p => Render(p["data"]!.AsArray().Select(v => new FlagColumn(v!.GetValue<bool>())).ToArray()),
        ["series_float32"] = p => Render(p["data"]!.AsArray().Select(v => new UnnamedFloat((float)Double(v))).ToArray()),
        ["nd_int64"] = p => Render(p["data"]!.AsArray().Select(v => v!.GetValue<long>()).ToArray()),
        ["nd_uint64"] = p => Render(p["data"]!.AsArray().Select(v => v!.GetValue<ulong>()).ToArray()),
        ["nd_bool"] = p => Render(p["data"]!.AsArray().Select(v => v!.GetValue<bool>()).ToArray()),
        ["nd_float32_inexact"] = p => Render(p["data"]!.AsArray().Select(v => (float)Double(v)).ToArray()),
        ["nd_float64_nan_inf"] = p => Render(p["data"]!.AsArray().Select(Double).ToArray()),
        ["nd_float16"] = p => Render(p["data"]!.AsArray().Select(v => (Half)Double(v)).ToArray()),
        ["nd_2d_float64"] = p => Render(p["data"]!.AsArray().Select(row => row!.AsArray().Select(Double).ToArray()).ToArray()),
        ["pylist_floats"] = p => Render(p["value"]!.AsArray().Select(Double).ToList()),
        ["dict_nd_float_int"] = p =>
        {
            JsonArray logits = p["items"]!["logits"]!["data"]!.AsArray();
            var matrix = new float[logits.Count, logits[0]!.AsArray().Count];
            for (int i = 0; i < logits.Count; i++)
            {
                for (int j = 0; j < matrix.GetLength(1); j++) matrix[i, j] = (float)Double(logits[i]![j]);
            }
            return Render(new Heads(matrix, p["items"]!["label"]!["data"]!.AsArray().Select(v => v!.GetValue<long>()).ToArray()));
        },
        ["dict_nd_str"] = p => Render(new StringTensor(p["items"]!["s"]!["data"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray())),
    };

    public static IEnumerable<object[]> Rows() =>
        File.ReadLines(Path.Combine(VectorFiles.Dir, "predictions.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonNode.Parse(l)!)
            .Where(v => Cases.ContainsKey(v["id"]!.GetValue<string>()))
            .Select(v => new object[] { v["id"]!.GetValue<string>(), v.ToJsonString() });

    [Fact]
    public void Every_case_is_in_the_vectors() => Assert.Equal(Cases.Count, Rows().Count());

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_response_body_is_MLflows_byte_for_byte(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;

        string body = Cases[id](vector["prediction"]!);

        Assert.Equal(vector["response_body"]!.GetValue<string>(), body);
    }

    /// <summary>The response body the endpoint writes for <paramref name="output"/>.</summary>
    private static string Render<T>(T output)
    {
        (Action<Utf8JsonWriter, T> write, ResponseLayout layout) = PredictionWriter.Format<T>();
        var compact = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(compact, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer, output);
        }
        var python = new ArrayBufferWriter<byte>();
        PythonResponseText.Transcode(compact.WrittenSpan, layout, python);
        return Encoding.UTF8.GetString(python.WrittenSpan);
    }

    private static IEnumerable<T> Rows<T>(JsonNode prediction, Func<JsonArray, T> row) => prediction["data"]!.AsArray().Select(r => row(r!.AsArray()));

    private static double Double(JsonNode? value) =>
        value is JsonObject tagged ? double.Parse(tagged["$float"]!.GetValue<string>(), CultureInfo.InvariantCulture) : value!.GetValue<double>();

    private static byte[] Bytes(JsonNode? value) => Convert.FromBase64String(value!["$bytes"]!.GetValue<string>());

    private static DateTime Date(JsonNode? value) =>
        DateTime.Parse(value!["$datetime"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
