using System.Collections;
using System.Numerics;

namespace Signatures.Examples;

/// <summary>
/// An example with inference params (MLflow's <c>(data, params)</c> tuple). The params are checked as MLflow's
/// <c>_infer_param_schema</c> checks them, and every invalid one is reported in MLflow's words.
/// </summary>
internal sealed class ExampleWithParams : InputExample
{
    private readonly InputExample data;
    private readonly IReadOnlyList<KeyValuePair<string, object?>> parameters;

    public ExampleWithParams(InputExample data, IReadOnlyList<KeyValuePair<string, object?>> parameters)
    {
        if (data is ExampleWithParams) throw new InputExampleException("An example can carry one set of params.");
        this.data = data;
        this.parameters = parameters;
        var invalid = new List<string>();
        foreach ((string name, object? value) in parameters)
        {
            string? problem = Problem(name, value);
            if (problem is not null) invalid.Add($"({PythonRepr.Str(name)}, {PythonValues.Repr(value)}, MlflowException({PythonRepr.Str(problem)}))");
        }
        if (invalid.Count > 0)
        {
            throw new InputExampleException($"Failed to infer schema for parameters: [{string.Join(", ", invalid)}]");
        }
    }

    internal override PreparedExample Prepare()
    {
        PreparedExample prepared = data.Prepare();
        var dict = new PyDict();
        foreach ((string name, object? value) in parameters) dict.Add(name, PythonValues.Prepare(value));
        return prepared with { Params = dict };
    }

    // MLflow's _infer_type_and_shape, then the ParamSpec it builds (which validates the value as a default).
    private static string? Problem(string name, object? value)
    {
        switch (value)
        {
            case null:
                return "Expected parameters to be 1D array or scalar, got NoneType";
            case PythonTuple:
                return "Expected parameters to be 1D array or scalar, got tuple";
            case IEnumerable<KeyValuePair<string, object?>> or IDictionary:
                return null; // an object param
            case NDArrayExample array:
                if (array.Shape.Count != 1) return $"Expected parameters to be 1D array or scalar, got {array.Shape.Count}D array";
                return ListProblem(name, array.Leaves().ToList());
            case IEnumerable items and not string and not byte[]:
                var list = items.Cast<object?>().ToList();
                int depth = Depth(list);
                if (depth != 1) return $"Expected parameters to be 1D array or scalar, got {depth}D array";
                return ListProblem(name, list);
            default:
                DataType? type = ScalarType(value);
                if (type is null) return $"Expected parameters to be 1D array or scalar, got {PythonTypeName(value)}";
                return SpecProblem(name, type.Value, value, isList: false);
        }
    }

    private static string? ListProblem(string name, List<object?> items)
    {
        if (items.All(v => v is DateTime or DateOnly)) return null;
        DataType? type = ListType(items);
        if (type is null)
        {
            return "Unable to map 'object' type to MLflow DataType. object can be mapped iff all values have identical data type which is one of MLflow data types.";
        }
        return SpecProblem(name, type.Value, items, isList: true);
    }

    private static string? SpecProblem(string name, DataType type, object? value, bool isList)
    {
        try
        {
            ParamSpec.FromJson(name, ColumnType.Of(type), PythonJsonWriter.Write(PythonValues.Prepare(value), indent: false), isList);
            return null;
        }
        catch (SignatureException e)
        {
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
