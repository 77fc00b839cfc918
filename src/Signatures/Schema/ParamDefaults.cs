using System.Text;
using System.Text.Json;
using Signatures.Conversion;
using Signatures.Formats;
using Signatures.Json;

namespace Signatures;

/// <summary>MLflow's <c>ParamSpec.validate_type_and_shape</c> applied to a default: checks it and returns the
/// JSON MLflow writes for it afterwards.</summary>
internal static class ParamDefaults
{
    public static string Normalize(string name, ColumnType type, bool isList, JsonElement value)
    {
        if (type is ScalarType { DataType: DataType.Binary })
        {
            throw new SignatureException($"Binary type is not supported for parameters, ParamSpec '{name}'has dtype 'binary'");
        }
        if (type is not ScalarType and not ObjectType)
        {
            throw new SignatureException($"Unsupported type '{type.TypeName}' for param '{name}': expected one of {DataTypeNames.PythonListing} (except binary) or 'object'.");
        }
        string Fail(string error) => throw new SignatureException(
            $"Failed to validate type and shape for {Repr(name, type, value, isList)}, error: {error}");

        if (type is ObjectType obj)
        {
            if (isList)
            {
                throw new SignatureException($"Shape must be None for scalar or dictionary value, or (-1,) for 1D array value for ParamSpec {Repr(name, type, value, isList)}: object params cannot be lists.");
            }
            if (value.ValueKind != JsonValueKind.Object)
            {
                return Fail($"Expected data to be dictionary, got {PythonTypeName(value)}");
            }
            string? problem = ObjectDefaultProblem(obj, value);
            return problem is null ? PythonJsonValueWriter.Write(value) : Fail(problem);
        }

        DataType dataType = ((ScalarType)type).DataType;
        if (isList)
        {
            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Array))
            {
                int ndim = value.ValueKind == JsonValueKind.Array ? 2 : 0;
                throw new SignatureException(
                    $"Value must be a 1D array with shape (-1,) for param {Repr(name, type, value, isList)}, received {PythonTypeName(value)} with ndim {ndim}");
            }
            var builder = new StringBuilder("[");
            int index = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                if (index++ > 0) builder.Append(PythonJsonText.ItemSeparator);
                builder.Append(item.ValueKind == JsonValueKind.Null ? "null" : NormalizeScalar(dataType, item, Fail));
            }
            return builder.Append(']').ToString();
        }
        if (value.ValueKind == JsonValueKind.Null)
        {
            return "null";
        }
        if (value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
        {
            return Fail($"Value must be a scalar for type `DataType.{dataType.ToMlflowName()}`, got `{PythonStr(PythonJsonValueWriter.Write(value))}`");
        }
        return NormalizeScalar(dataType, value, Fail);
    }

    private static string NormalizeScalar(DataType type, JsonElement value, Func<string, string> fail)
    {
        string CannotConvert() => fail(
            $"Can not safely convert `{PythonClass(value)}` to `DataType.{type.ToMlflowName()}` for value `{PythonStr(PythonJsonValueWriter.Write(value))}`");
        switch (type)
        {
            case DataType.Boolean:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? PythonJsonValueWriter.Write(value) : CannotConvert();
            case DataType.Integer:
            case DataType.Long:
                return value.ValueKind == JsonValueKind.Number && PythonJsonValueWriter.IsIntegerLiteral(value.GetRawText())
                    ? PythonJsonValueWriter.Write(value)
                    : CannotConvert();
            case DataType.Float:
            case DataType.Double:
                if (value.ValueKind != JsonValueKind.Number) return CannotConvert();
                return PythonJsonText.FormatDouble(double.Parse(value.GetRawText(), System.Globalization.CultureInfo.InvariantCulture));
            case DataType.String:
                return value.ValueKind == JsonValueKind.String ? PythonJsonValueWriter.Write(value) : CannotConvert();
            case DataType.Datetime:
                if (value.ValueKind != JsonValueKind.String) return CannotConvert();
                string text = value.GetString()!;
                if (!IsoDateTime.TryParse(text, out DateTime parsed, out bool dateOnly, out int fractionDigits) || fractionDigits > 6)
                {
                    return fail($"Failed to convert value `{text}` from type `str` to `DataType.datetime`");
                }
                return PythonJsonText.QuoteString(IsoDateTime.ToPythonIsoFormat(parsed, dateOnly));
            default:
                return CannotConvert();
        }
    }

    // MLflow's _enforce_object applied to an object default: required properties present and non-null,
    // no undeclared properties, each value of its property's type.
    private static string? ObjectDefaultProblem(ObjectType obj, JsonElement value)
    {
        var missing = obj.Properties.Where(p => p.Required && !value.TryGetProperty(p.Name, out _)).Select(p => p.Name).ToArray();
        if (missing.Length > 0) return "Missing required properties: {" + string.Join(", ", missing.Select(PythonRepr.Str)) + "}";
        var extra = value.EnumerateObject().Where(p => obj.Find(p.Name) is null).Select(p => p.Name).ToArray();
        if (extra.Length > 0) return "Invalid properties not defined in the schema found: {" + string.Join(", ", extra.Select(PythonRepr.Str)) + "}";
        foreach (JsonProperty property in value.EnumerateObject())
        {
            ObjectProperty spec = obj.Find(property.Name)!;
            if (!ValueFits(spec.Type, spec.Required, property.Value))
            {
                return $"Failed to enforce schema for key `{property.Name}`. Expected type {spec.Type.TypeName}, received type {PythonTypeName(property.Value)}";
            }
        }
        return null;
    }

    private static bool ValueFits(ColumnType type, bool required, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null) return !required || type is AnyType;
        switch (type)
        {
            case AnyType: return true;
            case ScalarType s:
                return s.DataType switch
                {
                    DataType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                    DataType.Integer or DataType.Long => value.ValueKind == JsonValueKind.Number && PythonJsonValueWriter.IsIntegerLiteral(value.GetRawText()),
                    DataType.Float or DataType.Double => value.ValueKind == JsonValueKind.Number,
                    _ => value.ValueKind == JsonValueKind.String,
                };
            case ArrayType a:
                return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => ValueFits(a.Items, required, i));
            case SparkMLVectorType:
                return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.Number);
            case MapType m:
                return value.ValueKind == JsonValueKind.Object && value.EnumerateObject().All(p => ValueFits(m.Values, required, p.Value));
            case ObjectType o:
                return value.ValueKind == JsonValueKind.Object && ObjectDefaultProblem(o, value) is null;
            default:
                return false;
        }
    }

    private static string Repr(string name, ColumnType type, JsonElement value, bool isList) =>
        $"'{name}': {TypeRepr(type)} (default: {PythonStr(PythonJsonValueWriter.Write(value))})" + (isList ? " (shape: (-1,))" : string.Empty);

    /// <summary>MLflow's repr of a param type: <c>long</c>, or <c>{a: long (required)}</c> for an object.</summary>
    public static string TypeRepr(ColumnType type) => type switch
    {
        ObjectType o => "{" + string.Join(", ", o.Properties.Select(p => $"{p.Name}: {TypeRepr(p.Type)}{(p.Required ? " (required)" : " (optional)")}")) + "}",
        ArrayType a => $"Array({TypeRepr(a.Items)})",
        MapType m => $"Map(str -> {TypeRepr(m.Values)})",
        _ => type.TypeName,
    };

    /// <summary>Python's <c>str()</c> of a JSON value, roughly: <c>None</c>, <c>True</c>, strings unquoted at the top.</summary>
    public static string PythonStr(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString()! : PythonReprOf(document.RootElement);
    }

    private static string PythonReprOf(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => "None",
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.String => PythonRepr.Str(e.GetString()!),
        JsonValueKind.Number => PythonJsonValueWriter.FormatNumber(e.GetRawText()),
        JsonValueKind.Array => "[" + string.Join(", ", e.EnumerateArray().Select(PythonReprOf)) + "]",
        _ => "{" + string.Join(", ", e.EnumerateObject().Select(p => PythonRepr.Str(p.Name) + ": " + PythonReprOf(p.Value))) + "}",
    };

    private static string PythonTypeName(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => "NoneType",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.String => "str",
        JsonValueKind.Number => PythonJsonValueWriter.IsIntegerLiteral(e.GetRawText()) ? "int" : "float",
        JsonValueKind.Array => "list",
        _ => "dict",
    };

    private static string PythonClass(JsonElement e) => $"<class '{PythonTypeName(e)}'>";
}
