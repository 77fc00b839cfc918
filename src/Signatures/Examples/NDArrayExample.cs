using System.Collections;
using System.Globalization;
using System.Numerics;
using Signatures.Conversion;

namespace Signatures.Examples;

/// <summary>
/// A numpy array in an input example: a dtype and its elements as nested sequences (or a CLR multi-dimensional
/// array), which must be regular. Written as numpy's <c>tolist()</c> after MLflow's NaN handling: in a numeric
/// array NaN becomes <c>null</c>; float16/float32 elements are rounded to their width and written widened, as
/// Python floats.
/// </summary>
public sealed class NDArrayExample
{
    /// <summary>Creates an array of <paramref name="dtype"/> from nested sequences or a CLR array.</summary>
    public NDArrayExample(NumpyDType dtype, object? data)
    {
        DType = dtype;
        Data = data is Array array and not byte[] && array.Rank > 1 ? Nest(array, 0, new int[array.Rank]) : data;
        Shape = ShapeOf(Data);
    }

    /// <summary>The dtype.</summary>
    public NumpyDType DType { get; }

    /// <summary>The elements as nested sequences.</summary>
    public object? Data { get; }

    /// <summary>The shape.</summary>
    public IReadOnlyList<int> Shape { get; }

    /// <summary>The numpy dtype an array of <paramref name="values"/> gets without an explicit dtype.</summary>
    public static NumpyDType InferDType(IEnumerable<object?> values)
    {
        var leaves = values.ToList();
        if (leaves.Count > 0 && leaves.All(v => v is bool)) return NumpyDType.Bool;
        if (leaves.All(v => v is sbyte or byte or short or ushort or int or uint or long)) return NumpyDType.Int64;
        if (leaves.All(v => v is sbyte or byte or short or ushort or int or uint or long or float or double or Half)) return NumpyDType.Float64;
        if (leaves.All(v => v is string)) return NumpyDType.Str;
        if (leaves.All(v => v is byte[])) return NumpyDType.Bytes;
        return NumpyDType.Object;
    }

    /// <summary>The leaves in row-major order.</summary>
    internal IEnumerable<object?> Leaves() => Flatten(Data, Shape.Count);

    /// <summary>numpy's <c>tolist()</c> after MLflow's <c>_handle_ndarray_nans</c>, prepared for writing.</summary>
    internal object? ToPythonList() => ToList(Data, Shape.Count);

    private object? ToList(object? node, int depth) =>
        depth == 0 ? Element(node) : ((IEnumerable)node!).Cast<object?>().Select(child => ToList(child, depth - 1)).ToList();

    private object? Element(object? value)
    {
        ScalarKind kind = ScalarKinds.For(DType);
        if (kind.IsFloatingPoint())
        {
            double number = ToDouble(value);
            if (double.IsNaN(number)) return null; // _handle_ndarray_nans: NaN -> None in numeric arrays
            return kind switch
            {
                ScalarKind.Float16 => (double)(Half)number,
                ScalarKind.Float32 => (double)(float)number,
                _ => number,
            };
        }
        if (kind.IsInteger()) return ToInteger(value, kind);
        switch (kind)
        {
            case ScalarKind.Boolean:
                return value is bool b ? b : throw Refuse(value);
            case ScalarKind.String:
                return value is string s ? s : throw Refuse(value);
            case ScalarKind.Binary:
                return value is byte[] bytes ? PythonValues.EncodeBytes(bytes) : throw Refuse(value);
            case ScalarKind.DateTime:
                return value is DateTime dt ? PythonValues.NanosecondsSinceEpoch(dt) : throw Refuse(value);
            default:
                return PythonValues.Prepare(value);
        }
    }

    private double ToDouble(object? value) => value switch
    {
        double d => d,
        float f => f,
        Half h => (double)h,
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        BigInteger big => (double)big,
        _ => throw Refuse(value),
    };

    private object ToInteger(object? value, ScalarKind kind)
    {
        BigInteger integer = value switch
        {
            sbyte or byte or short or ushort or int or uint or long or ulong => new BigInteger(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
            BigInteger big => big,
            _ => throw Refuse(value),
        };
        (BigInteger min, BigInteger max) = kind switch
        {
            ScalarKind.Int8 => (sbyte.MinValue, sbyte.MaxValue),
            ScalarKind.Int16 => (short.MinValue, short.MaxValue),
            ScalarKind.Int32 => (int.MinValue, int.MaxValue),
            ScalarKind.Int64 => (long.MinValue, long.MaxValue),
            ScalarKind.UInt8 => (byte.MinValue, byte.MaxValue),
            ScalarKind.UInt16 => (ushort.MinValue, ushort.MaxValue),
            ScalarKind.UInt32 => (uint.MinValue, uint.MaxValue),
            _ => (BigInteger.Zero, new BigInteger(ulong.MaxValue)),
        };
        if (integer < min || integer > max) throw new InputExampleException($"{integer} does not fit the dtype {DType.ToNumpyName()}.");
        return integer >= long.MinValue && integer <= long.MaxValue ? (long)integer : integer;
    }

    private InputExampleException Refuse(object? value) =>
        new($"{PythonValues.Repr(value)} is not a value of the dtype {DType.ToNumpyName()}.");

    private static bool IsList(object? value) => value is IEnumerable and not string and not byte[] and not IDictionary;

    private static int[] ShapeOf(object? data)
    {
        var shape = new List<int>();
        List<object?> level = [data];
        while (level.Count > 0 && level.All(IsList))
        {
            var lists = level.Select(n => ((IEnumerable)n!).Cast<object?>().ToList()).ToList();
            if (lists.Select(l => l.Count).Distinct().Count() > 1)
            {
                throw new InputExampleException("The array is ragged (rows of different lengths); numpy examples must be regular.");
            }
            shape.Add(lists[0].Count);
            level = lists.SelectMany(l => l).ToList();
        }
        if (level.Any(IsList)) throw new InputExampleException("The array is ragged (rows of different depths); numpy examples must be regular.");
        return [.. shape];
    }

    private static IEnumerable<object?> Flatten(object? node, int depth) =>
        depth == 0 ? [node] : ((IEnumerable)node!).Cast<object?>().SelectMany(child => Flatten(child, depth - 1));

    private static List<object?> Nest(Array array, int dimension, int[] index)
    {
        var items = new List<object?>(array.GetLength(dimension));
        for (int i = 0; i < array.GetLength(dimension); i++)
        {
            index[dimension] = i;
            items.Add(dimension == array.Rank - 1 ? array.GetValue(index) : Nest(array, dimension + 1, index));
        }
        return items;
    }
}
