using System.Collections;
using System.Numerics;
using Signatures.Inference;

namespace Signatures.Examples;

/// <summary>
/// MLflow's <c>_infer_param_schema</c>: each param's type and shape from its value (<c>_infer_type_and_shape</c>),
/// then the <see cref="ParamSpec"/> MLflow builds, which validates the value as its default. Every invalid param
/// is reported at once, in MLflow's words. Shared by params of input examples and by <c>infer_signature</c>.
/// </summary>
internal static class ParamInference
{
    /// <summary>The param schema of <paramref name="parameters"/>.</summary>
    /// <exception cref="InputExampleException">Some params cannot be inferred; the message lists each as MLflow does.</exception>
    public static ParamSchema InferAll(IEnumerable<KeyValuePair<string, object?>> parameters)
    {
        var specs = new List<ParamSpec>();
        var invalid = new List<string>();
        foreach ((string name, object? value) in parameters)
        {
            string? problem = TryInfer(name, value, out ParamSpec? spec);
            if (problem is not null) invalid.Add($"({PythonRepr.Str(name)}, {PythonValues.Repr(value)}, MlflowException({PythonRepr.Str(problem)}))");
            else specs.Add(spec!);
        }
        if (invalid.Count > 0)
        {
            throw new InputExampleException($"Failed to infer schema for parameters: [{string.Join(", ", invalid)}]");
        }
        return new ParamSchema(specs);
    }

    // _infer_type_and_shape, then ParamSpec(name, type, default, shape).
    private static string? TryInfer(string name, object? value, out ParamSpec? spec)
    {
        spec = null;
        switch (value)
        {
            case null:
                return "Expected parameters to be 1D array or scalar, got NoneType";
            case PythonTuple:
                return "Expected parameters to be 1D array or scalar, got tuple";
            case IEnumerable<KeyValuePair<string, object?>> or IDictionary:
                try
                {
                    ColumnType type = PythonTypeInference.DataType(value) ?? AnyType.Instance;
                    if (type is not ObjectType) return "Expected parameters to be 1D array or scalar, got an empty dict";
                    return SpecProblem(name, type, value, isList: false, out spec);
                }
                catch (InferenceException e)
                {
                    return e.Message;
                }
            case NDArrayExample array:
                if (array.Shape.Count != 1) return $"Expected parameters to be 1D array or scalar, got {array.Shape.Count}D array";
                return ListProblem(name, array.Leaves().ToList(), out spec);
            case IEnumerable items and not string and not byte[]:
                var list = items.Cast<object?>().ToList();
                int depth = Depth(list);
                if (depth != 1) return $"Expected parameters to be 1D array or scalar, got {depth}D array";
                return ListProblem(name, list, out spec);
            default:
                DataType? scalar = ScalarType(value);
                if (scalar is null) return $"Expected parameters to be 1D array or scalar, got {PythonTypeName(value)}";
                return SpecProblem(name, ColumnType.Of(scalar.Value), value, isList: false, out spec);
        }
    }

    private static string? ListProblem(string name, List<object?> items, out ParamSpec? spec)
    {
        // all() of an empty list is true: MLflow types an empty list param as datetime.
        if (items.All(v => v is DateTime or DateOnly)) return SpecProblem(name, ColumnType.Of(DataType.Datetime), items, isList: true, out spec);
        DataType? type = ListType(items);
        if (type is null)
        {
            spec = null;
            return "Unable to map 'object' type to MLflow DataType. object can be mapped iff all values have identical data type which is one of MLflow data types.";
        }
        return SpecProblem(name, ColumnType.Of(type.Value), items, isList: true, out spec);
    }

    private static string? SpecProblem(string name, ColumnType type, object? value, bool isList, out ParamSpec? spec)
    {
        try
        {
            spec = ParamSpec.FromJson(name, type, PythonJsonWriter.Write(PythonValues.Prepare(value), indent: false), isList);
            return null;
        }
        catch (SignatureException e)
        {
            spec = null;
            return e.Message;
        }
    }

    private static DataType? ScalarType(object? value) => value switch
    {
        bool => DataType.Boolean,
        sbyte or byte or short or ushort or int or uint or long => DataType.Long,
        ulong u => u <= long.MaxValue ? DataType.Long : null,
        BigInteger big => big >= long.MinValue && big <= long.MaxValue ? DataType.Long : null,
        float or Half => DataType.Float,
        double => DataType.Double,
        string or char => DataType.String,
        byte[] => DataType.Binary,
        DateTime or DateOnly => DataType.Datetime,
        _ => null,
    };

    // numpy's dtype for np.array(list), mapped as MLflow's _infer_numpy_dtype maps it.
    private static DataType? ListType(List<object?> items)
    {
        if (items.Any(v => v is null or DateTime or DateOnly or IEnumerable and not string and not byte[])) return null;
        if (items.Any(v => v is string or char)) return DataType.String;
        if (items.All(v => v is byte[])) return DataType.Binary;
        if (items.Any(v => v is byte[])) return null;
        if (items.All(v => v is bool)) return DataType.Boolean;
        if (items.All(v => v is bool || ScalarType(v) == DataType.Long)) return DataType.Long;
        if (items.All(v => v is bool || ScalarType(v) is DataType.Long or DataType.Float or DataType.Double)) return DataType.Double;
        return null;
    }

    private static int Depth(object? value) => value switch
    {
        NDArrayExample array => array.Shape.Count,
        string or byte[] or IDictionary => 0,
        IEnumerable items => items.Cast<object?>().Select(Depth).DefaultIfEmpty(0).Max() + 1,
        _ => 0,
    };

    private static string PythonTypeName(object? value) => value switch
    {
        decimal => "Decimal",
        _ => value?.GetType().Name ?? "NoneType",
    };
}
