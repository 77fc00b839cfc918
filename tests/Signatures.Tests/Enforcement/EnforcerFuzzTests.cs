using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Signatures.Enforcement;
using Signatures.Tests.Vectors;

namespace Signatures.Tests.Enforcement;

/// <summary>
/// Random and mutated bodies (truncated, deeply nested, huge numbers, invalid UTF-8, repeated keys, wrong envelopes,
/// NaN tokens) against every signature of the request vectors: the enforcer always ends in an accepted request or a
/// clean rejection, never throws, prints strict JSON, and keeps its limits.
/// </summary>
public class EnforcerFuzzTests
{
    private static readonly EnforcementOptions SmallLimits = new()
    {
        MaxDepth = 12,
        MaxBodyBytes = 6000,
        MaxRows = 40,
        MaxTensorElements = 150,
    };

    private static readonly string[] Keys =
    [
        "dataframe_split", "dataframe_records", "instances", "inputs", "params", "columns", "data", "index",
        "a", "b", "c", "x", "o", "m", "v", "n", "f", "messages", "prompt", "input", "role", "content", "k", "opt",
        "p", "p_long", "p_int", "p_list", "p_obj", "p_dt", "temperature", "123", "zzz", "A",
    ];

    private static readonly string[] Scalars =
    [
        "null", "true", "false", "NaN", "Infinity", "-Infinity", "0", "-0", "1", "-1", "7", "255", "256", "-129",
        "2147483647", "2147483648", "-2147483649", "9007199254740993", "9223372036854775807", "9223372036854775808",
        "18446744073709551616", "123456789012345678901234567890123456789012345678901234567890", "1.0", "1.5", "-2.25",
        "0.1", "1e2", "1E-7", "1e39", "1e400", "-1e400", "65504", "65520", "16777217", "\"\"", "\"a\"", "\"x\"",
        "\"AQID\"", "\"AQID\\n\"", "\"AQI\"", "\"***\"", "\"2024-02-29\"", "\"2024-02-30\"", "\"2021-01-01T00:00:00+02:00\"",
        "\"2023-06-26 10:20:30.123456789\"", "\"h\\u00e9llo\"", "\"\\ud800\"", "\"\\ud83d\\ude00\"", "\"tab\\tquote\\\"\"",
        "\"user\"", "\"false\"",
    ];

    private static readonly Gen<string> Scalar = Gen.OneOf(Scalars);

    private static readonly Gen<string> Key = Gen.OneOf(Keys).Select(k => "\"" + k + "\"");

    private static readonly Gen<string> Value = Gen.Recursive<string>((depth, inner) => depth >= 5
        ? Scalar
        : Gen.Frequency(
            (4, Scalar),
            (2, inner.Array[0, 5].Select(items => "[" + string.Join(", ", items) + "]")),
            (2, Gen.Select(Key, inner).Array[0, 4].Select(members => "{" + string.Join(", ", members.Select(m => m.Item1 + ": " + m.Item2)) + "}"))));

    private static readonly Gen<string> Envelope = Gen.Select(
        Gen.OneOf("dataframe_split", "dataframe_records", "instances", "inputs", "messages", "prompt", "data"),
        Value,
        Gen.Bool,
        Value,
        (key, value, withParams, parameters) => withParams
            ? $"{{\"{key}\": {value}, \"params\": {parameters}}}"
            : $"{{\"{key}\": {value}}}");

    private static readonly Gen<string> Split = Gen.Select(
        Gen.OneOf("a", "b", "c", "x", "0", "q").Array[0, 4],
        Gen.Select(Scalar.Array[0, 4], Value).Array[0, 6],
        (columns, rows) => "{\"dataframe_split\": {\"columns\": [" + string.Join(", ", columns.Select(c => "\"" + c + "\"")) + "], \"data\": [" +
            string.Join(", ", rows.Select(r => "[" + string.Join(", ", r.Item1.Append(r.Item2).Take(columns.Length)) + "]")) + "]}}");

    private static readonly Gen<string> Records = Gen.Select(Key, Value).Array[0, 4].Array[0, 6].Select(records =>
        "{\"dataframe_records\": [" + string.Join(", ", records.Select(r => "{" + string.Join(", ", r.Select(m => m.Item1 + ": " + m.Item2)) + "}")) + "]}");

    private static readonly List<(ModelSignature Signature, RequestEnforcer Enforcer, RequestEnforcer Small)> Enforcers = LoadEnforcers();

    private static readonly List<byte[]> VectorBodies = VectorFiles.Read("enforcement.jsonl").Concat(VectorFiles.Read("params.jsonl"))
        .Select(row => Encoding.UTF8.GetBytes(JsonNode.Parse((string)row[1])!["body"]!.GetValue<string>()))
        .ToList();

    private static readonly Gen<byte[]> Body = Gen.Frequency(
        (3, Gen.OneOf(Envelope, Split, Records, Value).Select(Encoding.UTF8.GetBytes)),
        (3, Gen.OneOf(VectorBodies.ToArray())));

    private static readonly Gen<byte[]> MutatedBody = Gen.Select(Body, Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Byte, Mutate);

    [Fact]
    public void Random_bodies_end_in_a_clean_result_for_every_signature() =>
        Gen.Select(Gen.Int[0, Enforcers.Count - 1], Body, Gen.OneOf("application/json", "text/csv", "application/json; charset=utf-8"))
            .Sample((index, body, contentType) => CheckClean(index, body, contentType), iter: 6000);

    [Fact]
    public void Mutated_bodies_end_in_a_clean_result_for_every_signature() =>
        Gen.Select(Gen.Int[0, Enforcers.Count - 1], MutatedBody)
            .Sample((index, body) => CheckClean(index, body, "application/json"), iter: 6000);

    private static readonly List<(int Signature, JsonNode Body)> AcceptedVectorBodies = VectorFiles.Read("enforcement.jsonl").Concat(VectorFiles.Read("params.jsonl"))
        .Select(row => JsonNode.Parse((string)row[1])!)
        .Where(v => v["payload"] is JsonObject && v["content_type"]!.GetValue<string>().StartsWith("application/json", StringComparison.Ordinal))
        .Select(v => (Enforcers.FindIndex(e => e.Signature == ModelSignature.FromDictJson(v["signature_dict"]!.ToJsonString())), v["payload"]!))
        .ToList();

    [Fact]
    public void Vector_bodies_with_a_node_replaced_end_in_a_clean_result() =>
        Gen.Select(Gen.Int[0, AcceptedVectorBodies.Count - 1], Gen.Int[0, int.MaxValue], Value)
            .Sample((index, choice, replacement) =>
            {
                (int signature, JsonNode original) = AcceptedVectorBodies[index];
                JsonNode body = original.DeepClone();
                var nodes = new List<JsonNode>();
                Collect(body, nodes);
                JsonNode target = nodes[choice % nodes.Count];
                string text = body.ToJsonString();
                if (target.Parent is JsonObject parent)
                {
                    string key = parent.First(p => ReferenceEquals(p.Value, target)).Key;
                    parent[key] = null;
                    text = body.ToJsonString().Replace($"\"{key}\":null", $"\"{key}\":{replacement}", StringComparison.Ordinal);
                }
                else if (target.Parent is JsonArray array)
                {
                    int at = array.IndexOf(target);
                    array[at] = "\u0001MARK\u0001";
                    text = body.ToJsonString().Replace("\"\\u0001MARK\\u0001\"", replacement, StringComparison.Ordinal);
                }
                CheckClean(signature, Encoding.UTF8.GetBytes(text), "application/json");
            }, iter: 6000);

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        if (node.Parent is not null) nodes.Add(node);
        if (node is JsonObject obj) foreach (var (_, child) in obj) { if (child is not null) Collect(child, nodes); }
        if (node is JsonArray array) foreach (JsonNode? child in array) { if (child is not null) Collect(child, nodes); }
    }

    [Fact]
    public void Every_strict_prefix_of_a_vector_body_is_refused_at_the_parse_stage()
    {
        foreach (byte[] body in VectorBodies.Where(b => b.Length > 0 && b[0] == '{').Take(60))
        {
            foreach ((ModelSignature _, RequestEnforcer enforcer, _) in Enforcers.Take(8))
            {
                int end = body.AsSpan().TrimEnd("\r\n "u8).Length;
                for (int length = 0; length < end; length++)
                {
                    EnforcementResult result = enforcer.Enforce(body.AsSpan(0, length));
                    Assert.False(result.IsAccepted, Encoding.UTF8.GetString(body, 0, length));
                    Assert.Equal(RejectionStage.Parse, result.Rejection!.Stage);
                }
            }
        }
    }

    [Theory]
    [InlineData("[", 100_000)]
    [InlineData("{\"a\":", 50_000)]
    public void Nesting_far_beyond_the_limit_is_refused_quickly(string opener, int levels)
    {
        byte[] body = Encoding.UTF8.GetBytes("{\"inputs\": " + string.Concat(Enumerable.Repeat(opener, levels)));
        foreach ((_, RequestEnforcer enforcer, _) in Enforcers)
        {
            EnforcementResult result = enforcer.Enforce(body);
            Assert.Equal(RejectionStage.Parse, result.Rejection!.Stage);
            Assert.Contains("64 levels", result.Rejection.Message);
        }
    }

    [Fact]
    public void The_deepest_allowed_nesting_is_read_without_exhausting_the_stack()
    {
        var signature = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"any\", \"name\": \"v\", \"required\": true}]"}""");
        var options = new EnforcementOptions { MaxDepth = 1000 };
        // The body object and the inputs object are levels 1 and 2, so 998 arrays reach the limit of 1000 exactly.
        string body = "{\"inputs\": {\"v\": " + new string('[', 998) + new string(']', 998) + "}}";
        EnforcementResult result = RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes(body), "application/json", options);
        Assert.True(result.IsAccepted, result.ToJson());
        string deeper = "{\"inputs\": {\"v\": " + new string('[', 999) + new string(']', 999) + "}}";
        Assert.Equal(RejectionStage.Parse, RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes(deeper), "application/json", options).Rejection!.Stage);
        // The other recursive readers: tensors, skipped values, objects inside any values.
        string nested = new string('[', 998) + "1" + new string(']', 998);
        var tensor = ModelSignature.FromDictJson("{\"inputs\": \"[{\\\"type\\\": \\\"tensor\\\", \\\"tensor-spec\\\": {\\\"dtype\\\": \\\"float64\\\", \\\"shape\\\": [-1]}}]\"}");
        Assert.Equal(RejectionStage.Inputs, RequestEnforcer.Enforce(tensor, Encoding.UTF8.GetBytes("{\"inputs\": " + new string('[', 999) + "1" + new string(']', 999) + "}"), "application/json", options).Rejection!.Stage);
        Assert.True(RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes("{\"skip\": " + nested + ", \"inputs\": {\"v\": 1}}"), "application/json", options).IsAccepted);
        string objects = string.Concat(Enumerable.Repeat("{\"a\": ", 998)) + "1" + new string('}', 998);
        Assert.True(RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes("{\"inputs\": {\"v\": " + objects + "}}"), "application/json", options).IsAccepted);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0x80 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Invalid_utf8_anywhere_is_refused_at_the_parse_stage(byte[] bad)
    {
        byte[] valid = Encoding.UTF8.GetBytes("{\"inputs\": {\"x\": [\"ok\"]}}");
        for (int at = 0; at <= valid.Length; at++)
        {
            byte[] body = [.. valid[..at], .. bad, .. valid[at..]];
            EnforcementResult result = Enforcers[0].Enforcer.Enforce(body);
            Assert.Equal(RejectionStage.Parse, result.Rejection!.Stage);
            Assert.Contains("UTF-8", result.Rejection.Message);
        }
    }

    [Theory]
    [InlineData("""{"inputs": {"x": ["a"]}, "inputs": {"x": ["b"]}}""")]
    [InlineData("""{"dataframe_split": {"columns": ["x"], "columns": ["x"], "data": [["a"]]}}""")]
    [InlineData("""{"dataframe_records": [{"x": "a", "x": "b"}]}""")]
    [InlineData("""{"inputs": {"x": ["a"], "x": ["b"]}}""")]
    [InlineData("""{"inputs": {"x": ["a"]}, "params": {"p": 1, "p": 2}}""")]
    [InlineData("""{"inputs": {"x": ["a"]}, "ignored": {"k": 1, "k": 2}}""")]
    [InlineData("""{"inputs": {"x": ["a"], "extra": {"k": 1, "k": 2}}}""")]
    public void A_repeated_key_anywhere_is_refused_at_the_parse_stage(string body)
    {
        var signature = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"string\", \"name\": \"x\", \"required\": true}]", "params": "[{\"name\": \"p\", \"default\": 0, \"shape\": null, \"type\": \"long\"}]"}""");
        EnforcementResult result = RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes(body));
        Assert.Equal(RejectionStage.Parse, result.Rejection!.Stage);
        Assert.Contains("duplicate key", result.Rejection.Message);
    }

    [Theory]
    [InlineData("""{"type": "object", "properties": {"k": {"type": "long", "required": true}}, "name": "o", "required": true}""", """{"dataframe_records": [{"o": {"k": 1, "k": 2}}]}""")]
    [InlineData("""{"type": "map", "values": {"type": "long"}, "name": "o", "required": true}""", """{"dataframe_records": [{"o": {"k": 1, "k": 2}}]}""")]
    [InlineData("""{"type": "any", "name": "o", "required": true}""", """{"dataframe_records": [{"o": {"k": 1, "k": 2}}]}""")]
    public void A_repeated_key_inside_a_value_is_refused_at_the_parse_stage(string column, string body)
    {
        var signature = ModelSignature.FromDictJson(new JsonObject { ["inputs"] = "[" + column + "]" }.ToJsonString());
        EnforcementResult result = RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes(body));
        Assert.Equal(RejectionStage.Parse, result.Rejection!.Stage);
        Assert.Contains("duplicate key 'k'", result.Rejection.Message);
    }

    [Fact]
    public void Wide_bodies_with_a_hundred_thousand_keys_are_read_in_linear_time_with_short_messages()
    {
        const int Count = 100_000;
        string keys = string.Join(", ", Enumerable.Range(0, Count).Select(i => $"\"k{i}\": {i}"));
        var columns = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]", "params": "[{\"name\": \"p\", \"default\": 1, \"shape\": null, \"type\": \"long\"}]"}""");
        var objects = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"object\", \"properties\": {\"k\": {\"type\": \"long\", \"required\": false}}, \"name\": \"o\", \"required\": true}]"}""");
        // Beyond the default key and params limits (100,000 and 1,000), which refuse such bodies at the parse stage.
        var wide = new EnforcementOptions { MaxKeys = 200_000, MaxParams = 200_000 };
        EnforcementResult top = RequestEnforcer.Enforce(columns, Encoding.UTF8.GetBytes("{" + keys + ", \"inputs\": [1]}"), options: wide);
        Assert.True(top.IsAccepted);
        EnforcementResult records = RequestEnforcer.Enforce(columns, Encoding.UTF8.GetBytes("{\"dataframe_records\": [{\"a\": 1, " + keys + "}], \"params\": {" + keys + "}}"), options: wide);
        Assert.True(records.IsAccepted);
        Assert.All(records.Request!.Warnings, w => Assert.True(w.Length < 400, w));
        string message = Refuse(objects, "{\"dataframe_records\": [{\"o\": {" + keys + "}}]}", wide);
        Assert.True(message.Length < 400, message);
        Assert.Contains("and 99990 more", message);
    }

    [Fact]
    public void Limits_are_enforced_with_clear_messages()
    {
        var signature = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]"}""");
        var tensor = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"int64\", \"shape\": [-1]}}]"}""");
        var options = new EnforcementOptions { MaxRows = 3, MaxTensorElements = 3, MaxBodyBytes = 200 };
        Assert.Contains("more than 3 rows", Refuse(signature, """{"inputs": [1, 2, 3, 4]}""", options));
        Assert.Contains("more than 3 rows", Refuse(signature, """{"dataframe_split": {"columns": ["a"], "data": [[1], [2], [3], [4]]}}""", options));
        Assert.Contains("more than 3 rows", Refuse(signature, """{"dataframe_records": [{"a": 1}, {"a": 1}, {"a": 1}, {"a": 1}]}""", options));
        Assert.Contains("more than 3 rows", Refuse(signature, "a\n1\n2\n3\n4\n", options, "text/csv"));
        Assert.Contains("more than 3 tensor elements", Refuse(tensor, """{"inputs": [1, 2, 3, 4]}""", options));
        Assert.Contains("limit of 200", Refuse(signature, "{\"inputs\": [" + string.Join(", ", Enumerable.Repeat("1", 100)) + "]}", options));
        Assert.True(RequestEnforcer.Enforce(signature, "{\"inputs\": [1, 2, 3]}"u8, "application/json", options).IsAccepted);
    }

    [Theory]
    [InlineData("long", "1" + "0000000000000000000000000000000000000000", "out of range")]
    [InlineData("double", "1e400", "overflows float64")]
    [InlineData("float", "1e39", "overflows float32")]
    [InlineData("double", "9007199254740993", "not exactly representable")]
    [InlineData("integer", "1.0", "decimal literal")]
    public void Huge_and_inexact_numbers_are_refused_with_the_reason(string type, string number, string reason)
    {
        var signature = ModelSignature.FromDictJson(new JsonObject { ["inputs"] = $"[{{\"type\": \"{type}\", \"name\": \"x\", \"required\": true}}]" }.ToJsonString());
        string message = Refuse(signature, "{\"inputs\": {\"x\": [" + number + "]}}", EnforcementOptions.Default);
        Assert.Contains("'x'", message);
        Assert.Contains(reason, message);
    }

    [Fact]
    public void A_giant_integer_in_an_any_value_is_refused_instead_of_converted()
    {
        var signature = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"any\", \"name\": \"v\", \"required\": true}]"}""");
        Assert.Contains("4300", Refuse(signature, "{\"inputs\": {\"v\": " + new string('7', 5000) + "}}", EnforcementOptions.Default));
        Assert.True(RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes("{\"inputs\": {\"v\": " + new string('7', 4000) + "}}")).IsAccepted);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"data\": [[1]]}")]
    [InlineData("{\"inputs\": [1], \"instances\": [1]}")]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("\uFEFF{\"inputs\": [1]}")]
    public void Bodies_without_exactly_one_envelope_are_refused_at_the_parse_stage(string body)
    {
        EnforcementResult result = Enforcers[0].Enforcer.Enforce(Encoding.UTF8.GetBytes(body));
        Assert.Equal(RejectionStage.Parse, result.Rejection!.Stage);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection.Message));
    }

    private static string Refuse(ModelSignature signature, string body, EnforcementOptions options, string contentType = "application/json")
    {
        EnforcementResult result = RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes(body), contentType, options);
        Assert.False(result.IsAccepted, result.ToJson());
        return result.Rejection!.Message;
    }

    private static void CheckClean(int index, byte[] body, string contentType)
    {
        (ModelSignature signature, RequestEnforcer enforcer, RequestEnforcer small) = Enforcers[index];
        foreach ((RequestEnforcer e, EnforcementOptions limits) in new[] { (enforcer, EnforcementOptions.Default), (small, SmallLimits) })
        {
            EnforcementResult result = e.Enforce(body, contentType);
            string document = result.ToJson();
            using JsonDocument parsed = JsonDocument.Parse(document); // strict JSON: NaN and infinities are strings
            if (result.Rejection is { } rejection)
            {
                Assert.False(string.IsNullOrWhiteSpace(rejection.Message));
                Assert.DoesNotContain("   at ", rejection.Message);
                continue;
            }
            NormalizedRequest request = result.Request!;
            switch (request.Input)
            {
                case ColumnsInput columns:
                    Assert.True(columns.RowCount <= limits.MaxRows);
                    Assert.All(columns.Columns, c => Assert.Equal(columns.RowCount, c.Values.Count));
                    Assert.All(columns.Columns, c => Assert.Contains(c.Spec, signature.Inputs!.Columns));
                    break;
                case TensorInput single:
                    Assert.True(single.Tensor.Length <= limits.MaxTensorElements);
                    Assert.Equal(single.Tensor.IsRagged ? single.Tensor.Shape[0] : single.Tensor.Shape.Aggregate(1, (a, d) => a * d), single.Tensor.Length);
                    break;
                case TensorsInput named:
                    Assert.True(named.Tensors.Sum(t => t.Length) <= limits.MaxTensorElements);
                    break;
            }
            Assert.Equal(signature.Params is { Params.Count: > 0 } ? signature.Params.Params.Count : -1, request.Params?.Count ?? -1);
        }
    }

    private static byte[] Mutate(byte[] body, int kind, int position, byte value)
    {
        if (body.Length == 0) return [value];
        int at = position % body.Length;
        return kind switch
        {
            0 => body[..at],                                                   // truncated
            1 => [.. body[..at], value, .. body[(at + 1)..]],                 // one byte replaced (often invalid UTF-8)
            2 => [.. body[..at], value, .. body[at..]],                       // one byte inserted
            3 => [.. body[..at], .. body[at..].Take(1), .. body[at..]],       // one byte doubled
            4 => [.. body[..at], .. body[Math.Min(body.Length, at + 1 + value % 8)..]], // a run deleted
            _ => Encoding.UTF8.GetBytes(new string('[', value) + Encoding.UTF8.GetString(body)), // nested deeper
        };
    }

    private static List<(ModelSignature, RequestEnforcer, RequestEnforcer)> LoadEnforcers() =>
        VectorFiles.Read("enforcement.jsonl").Concat(VectorFiles.Read("params.jsonl"))
            .Select(row => JsonNode.Parse((string)row[1])!["signature_dict"]!.ToJsonString())
            .Distinct()
            .Select(ModelSignature.FromDictJson)
            .Select(s => (s, new RequestEnforcer(s), new RequestEnforcer(s, SmallLimits)))
            .ToList();
}
