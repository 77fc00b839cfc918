using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Signatures.Enforcement;
using Signatures.IntegrationTests.Vectors;
using Signatures.Tests.Vectors;

namespace Signatures.IntegrationTests.Reading;

/// <summary>
/// The generated readers and the dynamic enforcer cannot disagree: for any body, content type and limits, a
/// signature's <c>ReadRequest(...).ToNormalizedJson()</c> equals <c>RequestEnforcer.Enforce(...).ToJson()</c>. The fast
/// path may only accept what the enforcer accepts, with the same values; everything else must end in the enforcer's own
/// rejection. The one documented exception: a value the signature accepts but the member's C# type cannot hold (a null
/// in a map of <c>long</c>, 300 for a <c>byte</c> member) is refused by the typed reader at the inputs stage, naming the
/// C# type.
/// </summary>
public class DifferentialTests
{
    private static readonly EnforcementOptions SmallLimits = new() { MaxDepth = 5, MaxBodyBytes = 400, MaxRows = 3, MaxTensorElements = 6 };

    private static readonly Type[] Models = GeneratedReaders.All.ToArray();

    private static readonly (byte[] Body, string ContentType)[] VectorBodies = VectorFiles.Read("enforcement.jsonl").Concat(VectorFiles.Read("params.jsonl"))
        .Select(row => JsonNode.Parse((string)row[1])!)
        .Select(v => (Encoding.UTF8.GetBytes(v["body"]!.GetValue<string>()), v["content_type"]!.GetValue<string>()))
        .ToArray();

    [Fact]
    public void Every_vector_body_reads_alike_through_every_generated_reader()
    {
        var differences = new List<string>();
        foreach (Type model in Models)
        {
            foreach ((byte[] body, string contentType) in VectorBodies)
            {
                Compare(model, body, contentType, options: null, differences);
                Compare(model, body, contentType, SmallLimits, differences);
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n\n", differences.Take(5)));
    }

    // Columns of MixedModel and a few others, so bodies hit the fast path often and wander off it in every way.
    private static readonly string[] Keys = ["id", "count", "score", "ratio", "name", "flag", "when", "blob", "optional", "extra", "Id", "id\\u0000"];

    private static readonly string[] Scalars =
    [
        "null", "true", "false", "NaN", "Infinity", "-Infinity", "0", "-0", "1", "-7", "2147483647", "2147483648",
        "9223372036854775807", "9223372036854775808", "1.0", "1.5", "-2.25", "0.1", "1e2", "1e39", "16777217",
        "\"\"", "\"a\"", "\"user 7\"", "\"h\\u00e9llo\"", "\"AQID\"", "\"AQI\"", "\"2024-02-29\"", "\"2024-02-30\"",
        "\"2021-01-01T00:00:00+02:00\"", "[]", "[1, 2]", "{}", "{\"x\": 1}",
    ];

    private static readonly Gen<string> Key = Gen.OneOf(Keys).Select(k => "\"" + k + "\"");

    // Values each column of MixedRow accepts (and a few it refuses), so most generated records are valid.
    private static readonly string[][] ColumnValues =
    [
        ["1", "-7", "0", "9223372036854775807"],
        ["1", "2147483647", "-5"],
        ["0.1", "1e2", "NaN", "Infinity", "1", "-2.25", "48173.38208735641"],
        ["0.5", "null", "NaN", "1.5", "3"],
        ["\"a\"", "\"h\\u00e9llo\"", "\"\"", "\"Z\u00fcrich\""],
        ["true", "false", "null"],
        ["\"2024-02-29\"", "\"2021-01-01T00:00:00+02:00\"", "null", "\"2023-06-26 10:20:30.1234567\""],
        ["\"AQID\"", "null", "\"AQID\\n\""],
        ["null", "NaN", "1.5"],
    ];

    private static readonly Gen<string> Cell = Gen.Int[0, 8].SelectMany(column =>
        Gen.Frequency((12, Gen.OneOf(ColumnValues[column])), (1, Gen.OneOf(Scalars))).Select(value => $"\"{Keys[column]}\": {value}"));

    private static readonly Gen<string> Record = Gen.Frequency(
        (6, Gen.Select(Gen.Int[0, 8].Array[9], Gen.Int[0, 30], Gen.Bool, (choices, drop, shuffle) =>
        {
            var members = new List<string>();
            for (int c = 0; c < 9; c++)
            {
                if (c == drop) continue; // a missing key now and then (only indexes below 9 drop one)
                string[] pool = ColumnValues[c];
                members.Add($"\"{Keys[c]}\": {pool[choices[c] % pool.Length]}");
            }
            if (drop == 20) members.Add("\"extra\": 1");
            if (shuffle) members.Reverse();
            return "{" + string.Join(", ", members) + "}";
        })),
        (1, Cell.Array[0, 10].Select(members => "{" + string.Join(", ", members) + "}")),
        (1, Gen.Select(Key, Gen.OneOf(Scalars)).Array[0, 10].Select(members => "{" + string.Join(", ", members.Select(m => m.Item1 + ": " + m.Item2)) + "}")));

    private static readonly Gen<string> Records = Record.Array[0, 4].Select(records => "[" + string.Join(", ", records) + "]");

    private static readonly Gen<string> Split = Gen.Select(
        Gen.Shuffle(Enumerable.Range(0, 9).ToArray(), 7, 9),
        Gen.Int[0, 8].Array[9].Array[0, 4],
        Gen.Int[0, 12],
        (columns, rows, twist) => "{\"columns\": [" + string.Join(", ", columns.Select(c => "\"" + Keys[c] + "\"")) + "], \"data\": [" +
            string.Join(", ", rows.Select((r, i) => "[" + string.Join(", ", columns.Select(c => ColumnValues[c][r[c] % ColumnValues[c].Length]).Take(twist == i ? columns.Length - 1 : columns.Length)) + "]")) + "]" +
            (twist == 10 ? ", \"index\": [0, 1]" : "") + "}");

    private static readonly Gen<string> Params = Gen.OneOf(
        "{}", "{\"top_k\": 5}", "{\"top_k\": null}", "{\"weights\": [1, 2.5]}", "{\"weights\": [1, null]}", "{\"label\": \"x\"}",
        "{\"nope\": 1}", "{\"top_k\": 1.5}", "null", "[1]", "{\"top_k\": 1, \"top_k\": 2}");

    private static readonly Gen<string> Body = Gen.Select(
        Gen.OneOf("dataframe_records", "dataframe_split", "inputs", "instances", "prompt"),
        Records, Split, Params, Gen.Int[0, 3],
        (envelope, records, split, parameters, extras) =>
        {
            string value = envelope == "dataframe_split" ? split : records;
            var members = new List<string> { $"\"{envelope}\": {value}" };
            if (extras >= 1) members.Add($"\"params\": {parameters}");
            if (extras >= 2) members.Insert(0, "\"other\": [1, {\"a\": null}]");
            if (extras >= 3) members.Add($"\"{envelope}\": {value}");
            return "{" + string.Join(", ", members) + "}";
        });

    // Records of NestedRow: an array, a map, an object (each now and then wrong).
    private static readonly Gen<string> NestedRecord = Gen.Select(
        Gen.OneOf("1", "2", "1.5"),
        Gen.OneOf("[]", "[1, 2.5]", "[1, null]", "[\"a\"]", "1", "[NaN, 1e2]"),
        Gen.OneOf("null", "{}", "{\"a\": 1, \"b\": 2}", "{\"a\": 1.5}", "{\"a\": null}", "[1]"),
        Gen.OneOf("null", "{\"x\": 1}", "{\"x\": 1, \"y\": null}", "{\"x\": 1, \"y\": 2.5}", "{\"y\": 1}", "{\"x\": 1, \"z\": 0}", "{}"),
        Gen.Int[0, 4],
        (id, values, counts, where, drop) => "{" + string.Join(", ", new[] { $"\"id\": {id}", $"\"values\": {values}", $"\"counts\": {counts}", $"\"where\": {where}" }
            .Where((_, i) => i != drop)) + "}");

    private static readonly Gen<string> NestedBody = Gen.Select(Gen.OneOf("dataframe_records", "inputs", "instances"), NestedRecord.Array[1, 3],
        (envelope, records) => $"{{\"{envelope}\": [{string.Join(", ", records)}]}}");

    // Bodies cut short, with a byte inserted or doubled: syntax errors anywhere in the fast path.
    private static readonly Gen<byte[]> Mutated = Gen.Select(Gen.Frequency((3, Body), (1, NestedBody)), Gen.Int[0, 7], Gen.Int[0, 10_000], Gen.Byte, (body, kind, at, b) =>
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        int i = at % Math.Max(1, bytes.Length);
        return kind switch
        {
            5 => bytes[..i],
            6 => [.. bytes[..i], b, .. bytes[i..]],
            7 when bytes.Length > 0 => [.. bytes[..(i + 1)], .. bytes[i..]],
            _ => bytes,
        };
    });

    [Fact]
    public void Random_bodies_read_alike_through_both_paths()
    {
        Gen.Select(Mutated, Gen.OneOf("application/json", "application/json; charset=utf-8", "text/csv", "application/json; v=1"), Gen.Bool)
            .Sample(t =>
            {
                var differences = new List<string>();
                foreach (Type model in new[] { typeof(MixedModel), typeof(NestedModel), typeof(LongStringOptionalDoubleModel) })
                {
                    Compare(model, t.Item1, t.Item2, t.Item3 ? SmallLimits : null, differences);
                }
                Assert.True(differences.Count == 0, string.Join("\n\n", differences));
            }, iter: 4000);
    }

    [Fact]
    public void Csv_bodies_read_alike_through_both_paths()
    {
        Gen.Select(Gen.Shuffle(Keys.Take(9).ToArray(), 1, 9), Gen.OneOf("1", "", "x", "true", "NaN", "1.5", "2024-02-29", "AQID", "\"a,b\"").Array[0, 9].Array[0, 4])
            .Sample(t =>
            {
                string csv = string.Join(",", t.Item1) + "\n" + string.Join("\n", t.Item2.Select(r => string.Join(",", r)));
                var differences = new List<string>();
                Compare(typeof(MixedModel), Encoding.UTF8.GetBytes(csv), "text/csv", null, differences);
                Assert.True(differences.Count == 0, string.Join("\n\n", differences));
            }, iter: 1000);
    }

    [Theory]
    [InlineData("""{"inputs": {"pixels": [[[1, 2], [3, 4]]], "boxes": [[0.5, 1.5]], "labels": ["cat"]}}""")]
    [InlineData("""{"inputs": {"pixels": [], "boxes": [], "labels": []}}""")]
    [InlineData("""{"inputs": {"pixels": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], "boxes": [[0.5, 1.5], [2, 3]], "labels": ["a", "b"]}}""")]
    [InlineData("""{"inputs": {"pixels": [[[1, 2], [3, 256]]], "boxes": [[0.5, 1.5]], "labels": ["cat"]}}""")]
    [InlineData("""{"inputs": {"pixels": [[[1, 2], [3]]], "boxes": [[0.5, 1.5]], "labels": ["cat"]}}""")]
    [InlineData("""{"inputs": {"pixels": [[[1, 2], [3, 4]]], "boxes": [[0.5, 1.5, 2]], "labels": ["cat"]}}""")]
    [InlineData("""{"instances": [{"pixels": [[1, 2], [3, 4]], "boxes": [0.5, 1.5], "labels": "cat"}]}""")]
    [InlineData("""{"dataframe_split": {"columns": ["pixels", "boxes", "labels"], "data": [[[[1, 2], [3, 4]], [0.5, 1.5], "cat"]]}}""")]
    [InlineData("""{"inputs": {"pixels": [[[1, 2], [3, 4]]], "boxes": [[0.5, 1.5]]}}""")]
    [InlineData("""{"inputs": {"a": [], "b": []}}""")]
    [InlineData("""{"inputs": {"a": [[1, 2]], "b": [1], "c": 3}}""")]
    public void Tensor_bodies_read_alike_through_both_paths(string body)
    {
        var differences = new List<string>();
        foreach (Type model in new[] { typeof(ImageModel), typeof(MatrixAndVectorModel) })
        {
            Compare(model, Encoding.UTF8.GetBytes(body), "application/json", null, differences);
        }
        Assert.True(differences.Count == 0, string.Join("\n\n", differences));
    }

    private static void Compare(Type model, byte[] body, string contentType, EnforcementOptions? options, List<string> differences)
    {
        ModelSignature signature = GeneratedReaders.Signature(model);
        string dynamic = RequestEnforcer.Enforce(signature, body, contentType, options).ToJson();
        string generated = GeneratedReaders.Document(GeneratedReaders.Read(model, body, contentType, options));
        bool csharpTypeRefusal = dynamic.StartsWith("{\"ok\": true", StringComparison.Ordinal)
            && generated.StartsWith("{\"ok\": false, \"stage\": \"inputs\"", StringComparison.Ordinal)
            && generated.Contains("the member's C# type", StringComparison.Ordinal);
        if (dynamic != generated && !csharpTypeRefusal)
        {
            differences.Add($"{model.Name}, {contentType}, {(options is null ? "default limits" : "small limits")}: {Encoding.UTF8.GetString(body)}\ndynamic:   {dynamic}\ngenerated: {generated}");
        }
    }
}
