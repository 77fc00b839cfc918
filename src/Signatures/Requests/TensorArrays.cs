using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Signatures.Enforcement;

namespace Signatures.Requests;

/// <summary>
/// Converts between the dynamic enforcer's <see cref="Tensor{T}"/> (a shape and row-major elements) and the C# arrays a
/// tensor member declares: a vector (<c>T[]</c>), a multi-dimensional array (<c>T[,,]</c>) or a jagged array
/// (<c>T[][][]</c>) of the dtype's CLR element type, or the element itself for a shape-<c>()</c> tensor.
/// </summary>
internal static class TensorArrays
{
    /// <summary>The tensor as <typeparamref name="TArray"/>, or a problem.</summary>
    public static bool TryToArray<TElement, TArray>(Tensor tensor, out TArray result, out string? problem)
    {
        result = default!;
        problem = null;
        if (tensor is not Tensor<TElement> typed)
        {
            problem = $"its elements are {tensor.ElementType.Name}, but the member holds {typeof(TElement).Name}";
            return false;
        }
        Type arrayType = typeof(TArray);
        int[] shape = tensor.ShapeArray;
        if (tensor.IsRagged && arrayType != typeof(TElement[]))
        {
            problem = "it is ragged, so only a one-dimensional array of object can hold it";
            return false;
        }
        if (!arrayType.IsArray)
        {
            if (shape.Length != 0 || typed.Length != 1)
            {
                problem = $"it has shape {ShapeText(shape)}, but the member holds one value";
                return false;
            }
            result = (TArray)(object)typed.Data.Span[0]!;
            return true;
        }
        int rank = Rank<TElement>(arrayType, out bool jagged);
        if (rank != shape.Length)
        {
            problem = $"it has shape {ShapeText(shape)}, but the member's array has rank {rank}";
            return false;
        }
        ReadOnlySpan<TElement> data = typed.Data.Span;
        if (!jagged)
        {
            Array array = rank == 1 ? new TElement[shape[0]] : Array.CreateInstanceFromArrayType(arrayType, shape);
            data.CopyTo(Elements<TElement>(array));
            result = (TArray)(object)array;
            return true;
        }
        int offset = 0;
        result = (TArray)(object)Jagged(arrayType, shape, 0, data, ref offset);
        return true;
    }

    /// <summary>The dynamic enforcer's tensor for a member's array (or scalar) of a tensor of <paramref name="spec"/>.</summary>
    public static Tensor FromValue(TensorSpec spec, object? value) => spec.DType switch
    {
        NumpyDType.Bool => FromValue<bool>(spec, value),
        NumpyDType.Int8 => FromValue<sbyte>(spec, value),
        NumpyDType.Int16 => FromValue<short>(spec, value),
        NumpyDType.Int32 => FromValue<int>(spec, value),
        NumpyDType.Int64 => FromValue<long>(spec, value),
        NumpyDType.UInt8 => FromValue<byte>(spec, value),
        NumpyDType.UInt16 => FromValue<ushort>(spec, value),
        NumpyDType.UInt32 => FromValue<uint>(spec, value),
        NumpyDType.UInt64 => FromValue<ulong>(spec, value),
        NumpyDType.Float16 => FromValue<Half>(spec, value),
        NumpyDType.Float32 => FromValue<float>(spec, value),
        NumpyDType.Float64 => FromValue<double>(spec, value),
        NumpyDType.Str => FromValue<string>(spec, value),
        NumpyDType.Bytes => FromValue<byte[]>(spec, value),
        NumpyDType.DateTime64Ns => FromValue<DateTime>(spec, value),
        _ => FromValue<object?>(spec, value),
    };

    private static Tensor FromValue<TElement>(TensorSpec spec, object? value)
    {
        if (value is not Array array || (spec.Shape.Count == 0 && value is not TElement[]))
        {
            return new Tensor<TElement>(spec, [], new[] { (TElement)value! });
        }
        int rank = Rank<TElement>(array.GetType(), out bool jagged);
        if (!jagged)
        {
            int[] shape = new int[rank];
            for (int i = 0; i < rank; i++) shape[i] = array.GetLength(i);
            // A one-dimensional object array with list elements is a ragged tensor (the enforcer's own form).
            bool ragged = typeof(TElement) == typeof(object) && rank < spec.Shape.Count;
            return new Tensor<TElement>(spec, shape, Elements<TElement>(array).ToArray(), ragged);
        }
        var dims = new int[rank];
        Array level = array;
        for (int d = 0; d < rank; d++)
        {
            dims[d] = level.Length;
            if (d < rank - 1) level = level.Length > 0 ? (Array)level.GetValue(0)! : Array.CreateInstanceFromArrayType(level.GetType().GetElementType()!, 0);
        }
        var data = new List<TElement>();
        Flatten(array, rank, data);
        return new Tensor<TElement>(spec, dims, data.ToArray());
    }

    private static void Flatten<TElement>(Array array, int rank, List<TElement> data)
    {
        if (rank == 1)
        {
            data.AddRange((TElement[])array);
            return;
        }
        foreach (object? item in array) Flatten((Array)item!, rank - 1, data);
    }

    private static Array Jagged<TElement>(Type arrayType, int[] shape, int level, ReadOnlySpan<TElement> data, ref int offset)
    {
        if (level == shape.Length - 1)
        {
            TElement[] leaf = data.Slice(offset, shape[level]).ToArray();
            offset += shape[level];
            return leaf;
        }
        Array array = Array.CreateInstanceFromArrayType(arrayType, shape[level]);
        for (int i = 0; i < shape[level]; i++) array.SetValue(Jagged(arrayType.GetElementType()!, shape, level + 1, data, ref offset), i);
        return array;
    }

    // The number of dimensions: of a multi-dimensional array of TElement, or of the nesting of a jagged one down to
    // TElement (float[][] has 2; byte[][] of a bytes tensor has 1, since its elements are byte[]).
    private static int Rank<TElement>(Type arrayType, out bool jagged)
    {
        jagged = false;
        if (!arrayType.IsSZArray) return arrayType.GetArrayRank();
        int rank = 0;
        for (Type? t = arrayType; t is not null && t != typeof(TElement) && t.IsSZArray; t = t.GetElementType()) rank++;
        jagged = rank > 1;
        return rank;
    }

    private static Span<TElement> Elements<TElement>(Array array) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, TElement>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);

    private static string ShapeText(int[] shape) => "(" + string.Join(", ", shape) + (shape.Length == 1 ? ",)" : ")");
}
