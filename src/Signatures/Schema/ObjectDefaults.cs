using System.Globalization;
using Signatures.Conversion;
using Signatures.Json;

namespace Signatures;

/// <summary>
/// MLflow's <c>_enforce_object</c> as <c>ParamSpec</c> applies it to an object param's default. Each scalar is
/// checked the way MLflow checks it, as a one-element pandas Series: so an <c>integer</c> property accepts no
/// JSON number (a Python int is int64), <c>float</c> and <c>double</c> properties accept an integer only when it
/// is 0 or 1, and so on. Where MLflow's pandas path accepts more than a typed value (strings for
/// <c>boolean</c> or <c>double</c>), this is stricter and refuses.
/// </summary>
internal static class ObjectDefaults
{
    /// <summary>MLflow's error for <paramref name="value"/> against <paramref name="type"/>, or <see langword="null"/> when it fits.</summary>
    public static string? Problem(ObjectType type, PythonJsonValue value) => ObjectProblem(type, value, required: true);

    private static string? ObjectProblem(ObjectType type, PythonJsonValue value, bool required)
    {
        if (!required && (value.Kind == PythonJsonKind.Null || (value.Kind == PythonJsonKind.Object && value.Properties.Count == 0))) return null;
        if (value.Kind != PythonJsonKind.Object)
        {
            return $"Failed to enforce schema of '{PythonRepr.StrOf(value)}' with type '{ParamDefaults.TypeRepr(type)}'. Expected data to be dictionary, got {value.PythonTypeName}";
        }
        string[] missing = type.Properties.Where(p => p.Required && !value.HasProperty(p.Name)).Select(p => p.Name).ToArray();
        if (missing.Length > 0) return "Missing required properties: {" + string.Join(", ", missing.Select(PythonRepr.Str)) + "}";
        string[] extra = value.Properties.Where(p => type.Find(p.Key) is null).Select(p => p.Key).ToArray();
        if (extra.Length > 0) return "Invalid properties not defined in the schema found: {" + string.Join(", ", extra.Select(PythonRepr.Str)) + "}";
        foreach (KeyValuePair<string, PythonJsonValue> property in value.Properties)
        {
            ObjectProperty spec = type.Find(property.Key)!;
            if (TypeProblem(spec.Type, spec.Required, property.Value) is not null)
            {
                return $"Failed to enforce schema for key `{property.Key}`. Expected type {spec.Type.TypeName}, received type {property.Value.PythonTypeName}";
            }
        }
        return null;
    }

    // MLflow's _enforce_type: the problem, or null when the value fits.
    private static string? TypeProblem(ColumnType type, bool required, PythonJsonValue value)
    {
        switch (type)
        {
            case AnyType:
                return null;
            case ScalarType scalar:
                return ScalarProblem(scalar.DataType, required, value);
            case ObjectType obj:
                return ObjectProblem(obj, value, required);
            case SparkMLVectorType:
                return ArrayProblem(ColumnType.Of(DataType.Double), required, value);
            case ArrayType array:
                return ArrayProblem(array.Items, required, value);
            case MapType map:
                if ((!required || map.Values is AnyType) && IsNullOrEmpty(value, PythonJsonKind.Object)) return null;
                if (value.Kind != PythonJsonKind.Object) return $"Expected data to be a dict, got {value.PythonTypeName}";
                return value.Properties.Select(p => TypeProblem(map.Values, required, p.Value)).FirstOrDefault(p => p is not null);
            default:
                return $"Invalid data type: {type.TypeName}";
        }
    }

    private static string? ArrayProblem(ColumnType items, bool required, PythonJsonValue value)
    {
        if ((!required || items is AnyType) && IsNullOrEmpty(value, PythonJsonKind.Array)) return null;
        if (value.Kind != PythonJsonKind.Array) return $"Expected data to be list or numpy array, got {value.PythonTypeName}";
        return value.Items.Select(i => TypeProblem(items, required, i)).FirstOrDefault(p => p is not null);
    }

    private static bool IsNullOrEmpty(PythonJsonValue value, PythonJsonKind container) =>
        value.Kind == PythonJsonKind.Null ||
        (value.Kind == container && (container == PythonJsonKind.Array ? value.Items.Count : value.Properties.Count) == 0);

    // MLflow's _enforce_datatype: pd.Series([value]) must convert to the type without loss.
    private static string? ScalarProblem(DataType type, bool required, PythonJsonValue value)
    {
        bool isNaN = value.Kind == PythonJsonKind.Float && double.IsNaN(value.ToDouble());
        if (!required && (value.Kind == PythonJsonKind.Null || isNaN)) return null;
        if (value.Kind is PythonJsonKind.Null or PythonJsonKind.Array or PythonJsonKind.Object)
        {
            return $"Expected data to be scalar, got {value.PythonTypeName}";
        }
        bool fits = type switch
        {
            DataType.Boolean => value.Kind == PythonJsonKind.Bool,
            // A Python int becomes int64, which never narrows to int32.
            DataType.Integer => false,
            DataType.Long => value.Kind == PythonJsonKind.Integer && long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            // float64 never narrows to float32; an int64 column of only 0/1 values may.
            DataType.Float => IsZeroOrOne(value),
            DataType.Double => value.Kind == PythonJsonKind.Float || IsZeroOrOne(value),
            DataType.String or DataType.Binary => value.Kind == PythonJsonKind.String,
            DataType.Datetime => value.Kind == PythonJsonKind.String && IsoDateTime.TryParse(value.Text, out _, out _, out _),
            _ => false,
        };
        return fits ? null : $"Failed to enforce schema of data `{PythonRepr.StrOf(value)}` with dtype `{type.ToMlflowName()}`";
    }

    private static bool IsZeroOrOne(PythonJsonValue value) => value.Kind == PythonJsonKind.Integer && value.Text is "0" or "1" or "-0";
}
