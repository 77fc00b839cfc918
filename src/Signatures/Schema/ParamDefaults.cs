using System.Text;
using Signatures.Conversion;
using Signatures.Formats;
using Signatures.Json;

namespace Signatures;

/// <summary>MLflow's <c>ParamSpec.validate_type_and_shape</c> applied to a default: checks it and returns the
/// JSON MLflow writes for it afterwards. Defaults MLflow accepts but then cannot write (<c>to_dict()</c> fails)
/// are refused here, so every <see cref="ParamSpec"/> can be written.</summary>
internal static class ParamDefaults
{
    /// <summary>Refuses the types a param cannot have: binary (MLflow's message), and anything but a scalar or an object.</summary>
    public static void CheckType(string name, ColumnType type)
    {
        if (type is ScalarType { DataType: DataType.Binary })
        {
            throw new SignatureException($"Binary type is not supported for parameters, ParamSpec '{name}'has dtype 'binary'");
        }
        if (type is not ScalarType and not ObjectType)
        {
            throw new SignatureException($"Unsupported type '{type.TypeName}' for param '{name}': expected one of {DataTypeNames.PythonListing} (except binary) or 'object'.");
        }
    }

    public static string Normalize(string name, ColumnType type, bool isList, PythonJsonValue value)
    {
        CheckType(name, type);
        string spec = Repr(name, type, value, isList);
        string Fail(string error) => throw new SignatureException($"Failed to validate type and shape for {spec}, error: {error}");

        if (isList && !IsOneDimensionalList(value))
        {
            int ndim = value.Kind == PythonJsonKind.Array ? 2 : 0;
            throw new SignatureException(
                $"Value must be a 1D array with shape (-1,) for param {spec}, received {value.PythonTypeName} with ndim {ndim}");
        }

        if (type is ObjectType obj)
        {
            if (isList)
            {
                throw new SignatureException(
                    $"Param {spec}: an object param cannot have shape (-1,); MLflow reads it but cannot write it (ParamSpec.to_dict fails).");
            }
            if (value.Kind != PythonJsonKind.Object)
            {
                return Fail($"Failed to enforce schema of '{PythonRepr.StrOf(value)}' with type '{TypeRepr(obj)}'. Expected data to be dictionary, got {value.PythonTypeName}");
            }
            string? problem = ObjectDefaults.Problem(obj, value);
            return problem is null ? PythonJsonValueWriter.Write(value) : Fail(problem);
        }

        DataType dataType = ((ScalarType)type).DataType;
        if (isList)
        {
            var builder = new StringBuilder("[");
            for (int i = 0; i < value.Items.Count; i++)
            {
                if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
                builder.Append(NormalizeScalar(name, dataType, value.Items[i], Fail));
            }
            return builder.Append(']').ToString();
        }
        return NormalizeScalar(name, dataType, value, Fail);
    }

    // np.array(value).ndim == 1 for a list: a list of scalars (or dicts, which fail later as non-scalars).
    private static bool IsOneDimensionalList(PythonJsonValue value) =>
        value.Kind == PythonJsonKind.Array && value.Items.All(i => i.Kind != PythonJsonKind.Array);

    // MLflow's _enforce_param_datatype, then what to_dict() writes for the result.
    private static string NormalizeScalar(string name, DataType type, PythonJsonValue value, Func<string, string> fail)
    {
        if (value.Kind == PythonJsonKind.Null)
        {
            if (type == DataType.Datetime)
            {
                // MLflow accepts None here, but ParamSpec.to_dict() then calls None.isoformat() and fails.
                throw new SignatureException(
                    $"Param '{name}': a datetime default cannot be null; MLflow accepts it but cannot write the signature " +
                    "(ParamSpec.to_dict fails: 'NoneType' object has no attribute 'isoformat'). Give a date or date-time default.");
            }
            return "null";
        }
        string CannotConvert() => fail(
            $"Can not safely convert `<class '{value.PythonTypeName}'>` to `DataType.{type.ToMlflowName()}` for value `{PythonRepr.StrOf(value)}`");
        if (type == DataType.Datetime)
        {
            if (value.Kind != PythonJsonKind.String)
            {
                return fail($"Failed to convert value `{PythonRepr.StrOf(value)}` from type `{value.PythonTypeName}` to `DataType.datetime`");
            }
            string text = value.Text;
            // numpy keeps microseconds at most; a finer fraction gives an int, which MLflow refuses.
            if (!IsoDateTime.TryParse(text, out DateTime parsed, out bool dateOnly, out int fractionDigits) || fractionDigits > 6)
            {
                return fail($"Failed to convert value `{text}` from type `str` to `DataType.datetime`");
            }
            return PythonJsonText.QuoteString(IsoDateTime.ToPythonIsoFormat(parsed, dateOnly));
        }
        if (value.Kind is PythonJsonKind.Array or PythonJsonKind.Object)
        {
            return fail($"Value must be a scalar for type `DataType.{type.ToMlflowName()}`, got `{PythonRepr.StrOf(value)}`");
        }
        switch (type)
        {
            case DataType.Boolean:
                return value.Kind == PythonJsonKind.Bool ? PythonJsonValueWriter.Write(value) : CannotConvert();
            case DataType.Integer:
            case DataType.Long:
                // Python int, no range check (MLflow's rule; requests get the policy's range check instead).
                return value.Kind == PythonJsonKind.Integer ? PythonJsonValueWriter.Write(value) : CannotConvert();
            case DataType.Float:
            case DataType.Double:
                if (!value.IsNumber) return CannotConvert();
                double number = value.ToDouble();
                if (value.Kind == PythonJsonKind.Integer && double.IsInfinity(number))
                {
                    return fail("int too large to convert to float");
                }
                // Python keeps a float param as a double: a float32 default is not narrowed.
                return PythonJsonText.FormatDouble(number);
            case DataType.String:
                return value.Kind == PythonJsonKind.String ? PythonJsonValueWriter.Write(value) : CannotConvert();
            default:
                return CannotConvert();
        }
    }

    private static string Repr(string name, ColumnType type, PythonJsonValue value, bool isList) =>
        $"'{name}': {TypeRepr(type)} (default: {PythonRepr.StrOf(value)})" + (isList ? " (shape: (-1,))" : string.Empty);

    /// <summary>MLflow's repr of a type: <c>long</c>, <c>Array(long)</c>, <c>{a: long (required)}</c>.</summary>
    public static string TypeRepr(ColumnType type) => type switch
    {
        ObjectType o => "{" + string.Join(", ", o.Properties.Select(p => $"{p.Name}: {TypeRepr(p.Type)}{(p.Required ? " (required)" : " (optional)")}")) + "}",
        ArrayType a => $"Array({TypeRepr(a.Items)})",
        // Map's repr formats its value type with str(), which spells a DataType "DataType.long".
        MapType m => $"Map(str -> {(m.Values is ScalarType s ? "DataType." + s.TypeName : TypeRepr(m.Values))})",
        AnyType => "Any",
        SparkMLVectorType => "SparkML vector",
        _ => type.TypeName,
    };

    /// <summary>Python's <c>str()</c> of a JSON value: <c>None</c>, <c>True</c>, strings unquoted at the top.</summary>
    public static string PythonStr(string json) => PythonRepr.StrOf(PythonJsonParser.Parse(json, "the value"));
}
