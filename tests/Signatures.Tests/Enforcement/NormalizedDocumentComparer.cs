using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Signatures.Tests.Enforcement;

/// <summary>
/// Compares a normalized-request document with a vector's <c>signatures</c> field exactly as
/// <c>vectors/README.md</c> describes: values by their column/dtype/param type (integers exactly, float32 and float16
/// after rounding both sides to that width, doubles as doubles, NaN/Infinity as strings), Object properties in
/// schema order, Map values regardless of key order, params in schema order, the number of warnings, and for
/// rejections the stage and every hint word.
/// </summary>
public static class NormalizedDocumentComparer
{
    /// <summary>The differences, empty when the document matches.</summary>
    public static List<string> Compare(JsonNode expected, string actualJson, ModelSignature signature)
    {
        var problems = new List<string>();
        JsonNode actual;
        try
        {
            actual = JsonNode.Parse(actualJson)!;
        }
        catch (JsonException e)
        {
            return [$"the document is not strict JSON: {e.Message}: {actualJson}"];
        }
        string expect = expected["expect"]!.GetValue<string>();
        bool ok = actual["ok"]?.GetValue<bool>() ?? false;
        if (expect == "ok")
        {
            if (!ok)
            {
                problems.Add($"expected ok, got {actualJson}");
                return problems;
            }
            JsonNode result = expected["result"]!;
            CompareInput(result["input"]!, actual["input"]!, signature, problems);
            CompareParams(result["params"], actual["params"], signature, problems);
            int warnings = expected["warning_count"]!.GetValue<int>();
            int actualWarnings = actual["warnings"]?.AsArray().Count ?? -1;
            if (warnings != actualWarnings) problems.Add($"expected {warnings} warning(s), got {actualWarnings}: {actual["warnings"]?.ToJsonString()}");
            return problems;
        }
        if (ok)
        {
            problems.Add($"expected a rejection at stage {expected["stage"]}, got {actualJson}");
            return problems;
        }
        string stage = expected["stage"]!.GetValue<string>();
        if (actual["stage"]?.GetValue<string>() != stage) problems.Add($"expected stage {stage}, got {actualJson}");
        string error = actual["error"]?.GetValue<string>() ?? string.Empty;
        foreach (JsonNode? hint in expected["error_hint"]?.AsArray() ?? [])
        {
            string word = hint!.GetValue<string>();
            if (!MentionsWord(error, word)) problems.Add($"the error does not mention {word}: {error}");
        }
        return problems;
    }

    /// <summary>Whether <paramref name="error"/> mentions <paramref name="word"/> quoted, or (3+ letters) as a whole word in any case.</summary>
    public static bool MentionsWord(string error, string word)
    {
        if (error.Contains($"'{word}'", StringComparison.Ordinal) || error.Contains($"\"{word}\"", StringComparison.Ordinal) ||
            error.Contains($"`{word}`", StringComparison.Ordinal))
        {
            return true;
        }
        return word.Length >= 3 && Regex.IsMatch(error, @"(?<!\w)" + Regex.Escape(word) + @"(?!\w)", RegexOptions.IgnoreCase);
    }

    private static void CompareInput(JsonNode expected, JsonNode actual, ModelSignature signature, List<string> problems)
    {
        string kind = expected["kind"]!.GetValue<string>();
        if (actual["kind"]?.GetValue<string>() != kind)
        {
            problems.Add($"input kind: expected {kind}, got {actual["kind"]}");
            return;
        }
        switch (kind)
        {
            case "columns":
                if (!JsonNode.DeepEquals(expected["columns"], actual["columns"])) problems.Add($"columns: expected {expected["columns"]!.ToJsonString()}, got {actual["columns"]?.ToJsonString()}");
                if (!JsonNode.DeepEquals(expected["types"], actual["types"])) problems.Add($"types: expected {expected["types"]!.ToJsonString()}, got {actual["types"]?.ToJsonString()}");
                JsonArray expectedRows = expected["rows"]!.AsArray();
                JsonArray actualRows = actual["rows"]!.AsArray();
                if (expectedRows.Count != actualRows.Count)
                {
                    problems.Add($"rows: expected {expectedRows.Count}, got {actualRows.Count}");
                    return;
                }
                ColSpec[] specs = expected["columns"]!.AsArray().Select(c => FindColumn(signature, c!.GetValue<string>())).ToArray();
                for (int r = 0; r < expectedRows.Count; r++)
                {
                    for (int c = 0; c < specs.Length; c++)
                    {
                        CompareValue(expectedRows[r]![c], actualRows[r]?[c], specs[c].Type, $"rows[{r}][{c}]", problems);
                    }
                }
                break;
            case "tensor":
                CompareTensor(expected, actual, signature.Inputs!.Tensors.Single(), "tensor", problems);
                break;
            default:
                JsonObject expectedTensors = expected["tensors"]!.AsObject();
                JsonObject actualTensors = actual["tensors"]!.AsObject();
                if (!expectedTensors.Select(p => p.Key).SequenceEqual(actualTensors.Select(p => p.Key)))
                {
                    problems.Add($"tensor names: expected {string.Join(",", expectedTensors.Select(p => p.Key))}, got {string.Join(",", actualTensors.Select(p => p.Key))}");
                    return;
                }
                foreach (var (name, node) in expectedTensors)
                {
                    CompareTensor(node!, actualTensors[name]!, signature.Inputs!.Tensors.Single(t => t.Name == name), name, problems);
                }
                break;
        }
    }

    private static ColSpec FindColumn(ModelSignature signature, string name)
    {
        ColSpec[] columns = signature.Inputs!.Columns.ToArray();
        return signature.Inputs.HasInputNames ? columns.Single(c => c.Name == name) : columns[int.Parse(name, CultureInfo.InvariantCulture)];
    }

    private static void CompareTensor(JsonNode expected, JsonNode actual, TensorSpec spec, string where, List<string> problems)
    {
        if (!JsonNode.DeepEquals(expected["dtype"], actual["dtype"])) problems.Add($"{where} dtype: expected {expected["dtype"]}, got {actual["dtype"]}");
        if (!JsonNode.DeepEquals(expected["shape"], actual["shape"])) problems.Add($"{where} shape: expected {expected["shape"]!.ToJsonString()}, got {actual["shape"]?.ToJsonString()}");
        CompareTensorData(expected["data"], actual["data"], spec.DType, where + ".data", problems);
    }

    private static void CompareTensorData(JsonNode? expected, JsonNode? actual, NumpyDType dtype, string where, List<string> problems)
    {
        if (expected is JsonArray expectedItems && dtype != NumpyDType.Object)
        {
            if (actual is not JsonArray actualItems || actualItems.Count != expectedItems.Count)
            {
                problems.Add($"{where}: expected {expected.ToJsonString()}, got {actual?.ToJsonString()}");
                return;
            }
            for (int i = 0; i < expectedItems.Count; i++) CompareTensorData(expectedItems[i], actualItems[i], dtype, $"{where}[{i}]", problems);
            return;
        }
        CompareLeaf(expected, actual, DTypeKind(dtype), where, problems);
    }

    private static void CompareParams(JsonNode? expected, JsonNode? actual, ModelSignature signature, List<string> problems)
    {
        if (expected is null)
        {
            if (actual is not null) problems.Add($"params: expected null, got {actual.ToJsonString()}");
            return;
        }
        if (actual is not JsonObject actualParams)
        {
            problems.Add($"params: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "null"}");
            return;
        }
        JsonObject expectedParams = expected.AsObject();
        if (!expectedParams.Select(p => p.Key).SequenceEqual(actualParams.Select(p => p.Key)))
        {
            problems.Add($"params keys: expected {string.Join(",", expectedParams.Select(p => p.Key))}, got {string.Join(",", actualParams.Select(p => p.Key))}");
            return;
        }
        foreach (var (name, value) in expectedParams)
        {
            ParamSpec spec = signature.Params!.Find(name)!;
            ColumnType type = spec.IsList ? new ArrayType(spec.Type) : spec.Type;
            CompareValue(value, actualParams[name], type, "params." + name, problems);
        }
    }

    private static void CompareValue(JsonNode? expected, JsonNode? actual, ColumnType type, string where, List<string> problems)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null) problems.Add($"{where}: expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}");
            return;
        }
        switch (type)
        {
            case ScalarType scalar:
                CompareLeaf(expected, actual, scalar.TypeName, where, problems);
                break;
            case SparkMLVectorType:
                CompareValue(expected, actual, new ArrayType(ColumnType.Of(DataType.Double)), where, problems);
                break;
            case ArrayType array:
                if (expected is not JsonArray e || actual is not JsonArray a || e.Count != a.Count)
                {
                    problems.Add($"{where}: expected {expected.ToJsonString()}, got {actual.ToJsonString()}");
                    return;
                }
                for (int i = 0; i < e.Count; i++) CompareValue(e[i], a[i], array.Items, $"{where}[{i}]", problems);
                break;
            case ObjectType obj:
                if (expected is not JsonObject eo || actual is not JsonObject ao || !eo.Select(p => p.Key).SequenceEqual(ao.Select(p => p.Key)))
                {
                    problems.Add($"{where}: expected {expected.ToJsonString()}, got {actual.ToJsonString()} (properties in schema order)");
                    return;
                }
                foreach (var (key, value) in eo) CompareValue(value, ao[key], obj.Find(key)!.Type, $"{where}.{key}", problems);
                break;
            case MapType map:
                if (expected is not JsonObject em || actual is not JsonObject am || em.Count != am.Count || em.Any(p => !am.ContainsKey(p.Key)))
                {
                    problems.Add($"{where}: expected {expected.ToJsonString()}, got {actual.ToJsonString()}");
                    return;
                }
                foreach (var (key, value) in em) CompareValue(value, am[key], map.Values, $"{where}.{key}", problems);
                break;
            default:
                CompareLeaf(expected, actual, "any", where, problems);
                break;
        }
    }

    private static string DTypeKind(NumpyDType dtype) => dtype switch
    {
        NumpyDType.Int8 or NumpyDType.Int16 or NumpyDType.Int32 or NumpyDType.Int64 or
        NumpyDType.UInt8 or NumpyDType.UInt16 or NumpyDType.UInt32 or NumpyDType.UInt64 => "long",
        NumpyDType.Float16 => "float16",
        NumpyDType.Float32 => "float",
        NumpyDType.Float64 => "double",
        NumpyDType.Object => "any",
        _ => "exact",
    };

    private static void CompareLeaf(JsonNode? expected, JsonNode? actual, string kind, string where, List<string> problems)
    {
        bool equal = kind switch
        {
            "integer" or "long" => IntegerEquals(expected, actual),
            "double" => NumberEquals(expected, actual, d => d),
            "float" => NumberEquals(expected, actual, d => (double)(float)d),
            "float16" => NumberEquals(expected, actual, d => (double)(Half)d),
            "any" => AnyEquals(expected, actual),
            _ => JsonNode.DeepEquals(expected, actual),
        };
        if (!equal) problems.Add($"{where} ({kind}): expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}");
    }

    private static bool IntegerEquals(JsonNode? expected, JsonNode? actual)
    {
        if (expected is null || actual is null) return expected is null && actual is null;
        if (expected.GetValueKind() != JsonValueKind.Number || actual.GetValueKind() != JsonValueKind.Number) return false;
        string e = expected.ToJsonString(), a = actual.ToJsonString();
        return !a.Contains('.') && !a.Contains('e') && !a.Contains('E') &&
               System.Numerics.BigInteger.Parse(e, CultureInfo.InvariantCulture) == System.Numerics.BigInteger.Parse(a, CultureInfo.InvariantCulture);
    }

    private static bool NumberEquals(JsonNode? expected, JsonNode? actual, Func<double, double> round)
    {
        if (expected is null || actual is null) return expected is null && actual is null;
        if (expected.GetValueKind() == JsonValueKind.String || actual.GetValueKind() == JsonValueKind.String)
        {
            return JsonNode.DeepEquals(expected, actual);
        }
        if (expected.GetValueKind() != JsonValueKind.Number || actual.GetValueKind() != JsonValueKind.Number) return false;
        return round(expected.GetValue<double>()).Equals(round(actual.GetValue<double>()));
    }

    private static bool AnyEquals(JsonNode? expected, JsonNode? actual)
    {
        if (expected is null || actual is null) return expected is null && actual is null;
        if (expected.GetValueKind() != actual.GetValueKind()) return false;
        switch (expected)
        {
            case JsonArray e:
                var a = (JsonArray)actual;
                return e.Count == a.Count && e.Select((item, i) => AnyEquals(item, a[i])).All(x => x);
            case JsonObject eo:
                var ao = (JsonObject)actual;
                return eo.Count == ao.Count && eo.All(p => ao.ContainsKey(p.Key) && AnyEquals(p.Value, ao[p.Key]));
            default:
                return expected.GetValueKind() == JsonValueKind.Number
                    ? expected.GetValue<double>().Equals(actual.GetValue<double>())
                    : JsonNode.DeepEquals(expected, actual);
        }
    }
}
