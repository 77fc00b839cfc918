using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Signatures.Examples;

/// <summary>
/// The JSON description of an input example that <c>signatures example</c> reads (the form MLflow's test vectors use).
/// The top level names the kind:
/// <code>
/// {"kind": "dataframe", "data": {"col": [v, ...], ...}}                  named columns, in order
/// {"kind": "dataframe", "columns": ["a", ...], "rows": [[v, ...], ...]}  rows; without "columns" pandas' 0, 1, ... ("index" is ignored)
/// {"kind": "ndarray", "data": [[...]], "dtype": "float32"}              dtype optional (inferred as numpy does)
/// {"kind": "dict_of_ndarray", "items": {"a": {"data": [...], "dtype": "int64"}, ...}}
/// {"kind": "python", "value": v}                                        a dict, list or scalar (json_object)
/// {"kind": "csr_matrix" | "csc_matrix", "dense": [[...]], "dtype": ...}
/// {"kind": "tuple", "data": {example}, "params": {"name": v, ...}}      (data, params)
/// </code>
/// Values are JSON; a JSON integer is a Python int and a number with a fraction or exponent a float. Python values JSON
/// cannot hold are tagged objects: <c>{"$float": "NaN" | "Infinity" | "-Infinity"}</c>, <c>{"$bytes": base64}</c>,
/// <c>{"$datetime": "2021-01-01T10:00:00"}</c>, <c>{"$date": "2021-01-01"}</c>, <c>{"$tuple": [...]}</c>,
/// <c>{"$np": "float32", "value": 0.5}</c> (a numpy scalar) and <c>{"$ndarray": {"data": [...], "dtype": "int64"}}</c>.
/// </summary>
public static class ExampleDescriptor
{
    /// <summary>Reads a description; throws <see cref="InputExampleException"/> naming what is wrong.</summary>
    public static InputExample Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new InputExampleException($"The example description is not valid JSON: {e.Message}", e);
        }
        using (document)
        {
            return ReadExample(document.RootElement);
        }
    }

    private static InputExample ReadExample(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("kind", out JsonElement kindElement) || kindElement.ValueKind != JsonValueKind.String)
        {
            throw new InputExampleException("An example description must be a JSON object with a \"kind\" (dataframe, ndarray, dict_of_ndarray, python, csr_matrix, csc_matrix or tuple).");
        }
        string kind = kindElement.GetString()!;
        switch (kind)
        {
            case "dataframe":
                if (element.TryGetProperty("data", out JsonElement columnsData))
                {
                    if (columnsData.ValueKind != JsonValueKind.Object) throw new InputExampleException("A dataframe's \"data\" must map column names to lists of values.");
                    return InputExample.DataFrame(columnsData.EnumerateObject().Select(p =>
                        new KeyValuePair<string, IReadOnlyList<object?>>(p.Name, List(p.Value, $"column '{p.Name}'"))));
                }
                IReadOnlyList<object?> rows = List(Required(element, "rows", kind), "\"rows\"");
                string[]? names = element.TryGetProperty("columns", out JsonElement columns) && columns.ValueKind != JsonValueKind.Null
                    ? columns.EnumerateArray().Select(c => c.ValueKind == JsonValueKind.String ? c.GetString()! : throw new InputExampleException("Column names must be strings.")).ToArray()
                    : null;
                return InputExample.DataFrame(names, rows.Select(r => r as IReadOnlyList<object?> ?? throw new InputExampleException("Every dataframe row must be a list.")).ToArray());
            case "ndarray":
                return InputExample.NDArray(ReadArray(element));
            case "dict_of_ndarray":
                JsonElement items = Required(element, "items", kind);
                if (items.ValueKind != JsonValueKind.Object) throw new InputExampleException("\"items\" must map names to arrays.");
                return InputExample.NDArrays(items.EnumerateObject().Select(p => new KeyValuePair<string, NDArrayExample>(p.Name, ReadArray(p.Value))));
            case "python":
                return InputExample.JsonObject(Value(Required(element, "value", kind)));
            case "csr_matrix" or "csc_matrix":
                NDArrayExample dense = ReadArray(element, "dense");
                return InputExample.SparseMatrix(dense, compressedColumns: kind == "csc_matrix");
            case "tuple":
                InputExample data = ReadExample(Required(element, "data", kind));
                JsonElement parameters = Required(element, "params", kind);
                if (parameters.ValueKind != JsonValueKind.Object) throw new InputExampleException("\"params\" must be an object mapping param names to values.");
                return data.WithParams(parameters.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, Value(p.Value))).ToList());
            default:
                throw new InputExampleException($"Unknown example kind '{kind}': use dataframe, ndarray, dict_of_ndarray, python, csr_matrix, csc_matrix or tuple.");
        }
    }

    private static NDArrayExample ReadArray(JsonElement element, string dataKey = "data")
    {
        object? data = Value(Required(element, dataKey, "array"));
        NumpyDType dtype;
        if (element.TryGetProperty("dtype", out JsonElement dtypeElement) && dtypeElement.ValueKind == JsonValueKind.String)
        {
            if (!NumpyDTypeNames.TryParse(dtypeElement.GetString(), out dtype)) throw new InputExampleException($"Unknown numpy dtype '{dtypeElement.GetString()}'.");
        }
        else
        {
            dtype = NDArrayExample.InferDType(new NDArrayExample(NumpyDType.Object, data).Leaves());
        }
        return new NDArrayExample(dtype, data);
    }

    private static JsonElement Required(JsonElement element, string key, string kind) =>
        element.TryGetProperty(key, out JsonElement value) ? value : throw new InputExampleException($"A {kind} example needs \"{key}\".");

    private static IReadOnlyList<object?> List(JsonElement element, string what) =>
        Value(element) as IReadOnlyList<object?> ?? throw new InputExampleException($"{what} must be a list.");

    /// <summary>A JSON value (with tags) as the CLR value standing for the Python value.</summary>
    private static object? Value(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.String: return element.GetString();
            case JsonValueKind.Number:
                string raw = element.GetRawText();
                if (raw.IndexOfAny(['.', 'e', 'E']) >= 0) return element.GetDouble();
                if (element.TryGetInt64(out long small)) return small;
                return BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(Value).ToList();
            default:
                return Tagged(element) ?? ReadDict(element);
        }
    }

    private static Dictionary<string, object?> ReadDict(JsonElement element)
    {
        var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!dict.TryAdd(property.Name, Value(property.Value))) throw new InputExampleException($"The key '{property.Name}' appears twice.");
        }
        return dict;
    }

    private static object? Tagged(JsonElement element)
    {
        JsonProperty[] properties = element.EnumerateObject().ToArray();
        if (properties.Length == 0 || !properties[0].Name.StartsWith('$')) return null;
        JsonElement tag = properties[0].Value;
        string name = properties[0].Name;
        try
        {
            switch (name)
            {
                case "$float":
                    return tag.GetString() switch
                    {
                        "NaN" => double.NaN,
                        "Infinity" => double.PositiveInfinity,
                        "-Infinity" => double.NegativeInfinity,
                        _ => throw new InputExampleException("$float must be \"NaN\", \"Infinity\" or \"-Infinity\"."),
                    };
                case "$bytes":
                    return Convert.FromBase64String(tag.GetString()!);
                case "$datetime":
                    return Conversion.IsoDateTime.TryParse(tag.GetString()!, out DateTime dateTime, out _, out _)
                        ? dateTime
                        : throw new InputExampleException($"$datetime '{tag.GetString()}' is not an ISO-8601 date-time.");
                case "$date":
                    return DateOnly.ParseExact(tag.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                case "$tuple":
                    return new PythonTuple(tag.EnumerateArray().Select(Value).ToList());
                case "$ndarray":
                    return ReadArray(tag);
                case "$np":
                    NumpyDType dtype = NumpyDTypeNames.TryParse(tag.GetString(), out NumpyDType parsed) ? parsed : throw new InputExampleException($"Unknown numpy dtype '{tag.GetString()}'.");
                    object? scalar = Value(element.GetProperty("value"));
                    return dtype switch
                    {
                        NumpyDType.Float16 => (Half)Convert.ToDouble(scalar, CultureInfo.InvariantCulture),
                        NumpyDType.Float32 => (float)Convert.ToDouble(scalar, CultureInfo.InvariantCulture),
                        NumpyDType.Float64 => Convert.ToDouble(scalar, CultureInfo.InvariantCulture),
                        _ => scalar,
                    };
                default:
                    return null;
            }
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException or InvalidCastException)
        {
            throw new InputExampleException($"Malformed {name} value: {e.Message}", e);
        }
    }
}
