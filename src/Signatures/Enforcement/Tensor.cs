namespace Signatures.Enforcement;

/// <summary>
/// One tensor of a request: its spec, its actual shape and its elements in row-major order, stored unboxed in a
/// <see cref="Tensor{T}"/>. For the <c>object</c> dtype the elements are JSON values (see <see cref="ObjectValue"/>);
/// a ragged <c>object</c> tensor has the shape of its first dimension and holds the nested lists as elements.
/// </summary>
public abstract class Tensor
{
    private protected Tensor(TensorSpec spec, int[] shape, bool isRagged)
    {
        Spec = spec;
        ShapeArray = shape;
        IsRagged = isRagged;
    }

    internal int[] ShapeArray { get; }

    /// <summary>The tensor's name (<see langword="null"/> for a single unnamed tensor).</summary>
    public string? Name => Spec.Name;

    /// <summary>The spec in the signature.</summary>
    public TensorSpec Spec { get; }

    /// <summary>The dtype.</summary>
    public NumpyDType DType => Spec.DType;

    /// <summary>The actual shape (no <c>-1</c>).</summary>
    public IReadOnlyList<int> Shape => ShapeArray;

    /// <summary>Whether this is a ragged <c>object</c> tensor (see the class remarks).</summary>
    public bool IsRagged { get; }

    /// <summary>The number of elements.</summary>
    public abstract int Length { get; }

    /// <summary>The CLR element type: <see cref="bool"/>, <see cref="sbyte"/> ... <see cref="ulong"/>, <see cref="Half"/>,
    /// <see cref="float"/>, <see cref="double"/>, <see cref="string"/>, <see cref="T:byte[]"/>, <see cref="DateTime"/> or <see cref="object"/>.</summary>
    public abstract Type ElementType { get; }

    /// <summary>The element at flat (row-major) position <paramref name="index"/>, boxed.</summary>
    public abstract object? GetValue(int index);

    /// <summary>The same elements with another shape of the same size.</summary>
    internal abstract Tensor Reshape(int[] shape);

    /// <summary>A (rows, columns) matrix from 1-D column tensors of this element type and equal length.</summary>
    internal abstract Tensor Interleave(IReadOnlyList<Tensor> columns);
}

/// <summary>A tensor whose elements are <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The CLR element type (see <see cref="Tensor.ElementType"/>).</typeparam>
public sealed class Tensor<T> : Tensor
{
    internal Tensor(TensorSpec spec, int[] shape, ReadOnlyMemory<T> data, bool isRagged = false) : base(spec, shape, isRagged) => Data = data;

    /// <summary>The elements in row-major order.</summary>
    public ReadOnlyMemory<T> Data { get; }

    /// <inheritdoc/>
    public override int Length => Data.Length;

    /// <inheritdoc/>
    public override Type ElementType => typeof(T);

    /// <inheritdoc/>
    public override object? GetValue(int index) => Data.Span[index];

    internal override Tensor Reshape(int[] shape) => new Tensor<T>(Spec, shape, Data, IsRagged);

    internal override Tensor Interleave(IReadOnlyList<Tensor> columns)
    {
        int rows = Length;
        var data = new T[rows * columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            ReadOnlySpan<T> column = ((Tensor<T>)columns[c]).Data.Span;
            for (int r = 0; r < rows; r++) data[r * columns.Count + c] = column[r];
        }
        return new Tensor<T>(Spec, [rows, columns.Count], data);
    }
}
