using System.Globalization;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>
/// Reads one tensor from nested JSON arrays in a single pass: the shape is taken from the first path down and every
/// later array must agree (otherwise the input is ragged); leaves are converted by the dtype's rule straight into a
/// typed buffer in row-major order. A tensor comes either whole (<see cref="ReadWhole"/>) or one row per table
/// cell (<see cref="ReadRowCell"/>), in which case the row count is the first dimension.
/// </summary>
internal abstract class TensorBuilder
{
    private readonly int[] dims;
    private readonly bool[] known;
    private int[] index = new int[8];
    private int leafLevel = -1;

    protected TensorBuilder(TensorSpec spec, int maxDepth)
    {
        Spec = spec;
        dims = new int[maxDepth + 2];
        known = new bool[maxDepth + 2];
    }

    public TensorSpec Spec { get; }

    /// <summary>Whether rows of different lengths or depths were found.</summary>
    public bool IsRagged { get; protected set; }

    /// <summary>Whether the tensor was read from table rows.</summary>
    public bool FromRows { get; protected set; }

    /// <summary>Rows read so far (table mode).</summary>
    public int Rows { get; protected set; }

    /// <summary>Whether any value has been read.</summary>
    public bool Started { get; protected set; }

    protected string TypeName => Spec.DType.ToNumpyName();

    /// <summary>Reads the whole tensor from the value at the scanner.</summary>
    public virtual void ReadWhole(ref JsonScanner scanner, EnforcementContext context)
    {
        Started = true;
        ReadLevel(ref scanner, 0, context);
    }

    /// <summary>Reads the value at the scanner as the next row.</summary>
    public virtual void ReadRowCell(ref JsonScanner scanner, EnforcementContext context)
    {
        Started = true;
        FromRows = true;
        context.CheckRows(Rows + 1);
        SetIndex(0, Rows);
        ReadLevel(ref scanner, 1, context);
        Rows++;
    }

    /// <summary>The size of dimension <paramref name="level"/> as read, or -1 when unknown.</summary>
    public int DimensionAt(int level) => level == 0 && FromRows ? Rows : known[level] ? dims[level] : -1;

    /// <summary>The shape read (rows first in table mode); <see langword="null"/> when ragged.</summary>
    public virtual int[]? ReadShape()
    {
        if (IsRagged) return null;
        if (leafLevel < 0)
        {
            // Only an empty table gets here: no row says what a row looks like, so take the spec's row shape.
            int[] shape = new int[Math.Max(1, Spec.Shape.Count)];
            for (int i = 1; i < shape.Length; i++) shape[i] = (int)Math.Max(0, Spec.Shape[i]);
            return shape;
        }
        int[] result = new int[leafLevel];
        for (int level = 0; level < leafLevel; level++) result[level] = DimensionAt(level);
        return result;
    }

    /// <summary>The tensor with <paramref name="shape"/> (which has as many elements as were read).</summary>
    public abstract Tensor Build(int[] shape);

    protected abstract void ReadLeaf(ref JsonScanner scanner, EnforcementContext context);

    // Reads the value at the scanner, at dimension `level`. Iterative (the item index of each open array is kept in
    // `index`, -1 before its first item): the request decides how deep the arrays go, and depth must cost no stack.
    private void ReadLevel(ref JsonScanner scanner, int level, EnforcementContext context)
    {
        int top = level;
        while (true)
        {
            if (ReadOrOpen(ref scanner, level, context))
            {
                SetIndex(level, -1);
                level++;
            }
            // On to the next item of the innermost open array, closing the arrays that end.
            while (true)
            {
                if (level == top) return;
                int parent = level - 1;
                bool first = index[parent] < 0;
                if (scanner.NextItem(ref first))
                {
                    SetIndex(parent, index[parent] + 1);
                    break;
                }
                Close(parent, index[parent] + 1);
                level = parent;
            }
        }
    }

    // Reads the value at the scanner, at dimension `level`, except an array that may hold this tensor's items: that one
    // is only opened (returns true) and its items are read next.
    private bool ReadOrOpen(ref JsonScanner scanner, int level, EnforcementContext context)
    {
        if (IsRagged)
        {
            scanner.SkipValue();
            return false;
        }
        if (scanner.Peek() == JsonToken.Array)
        {
            if (leafLevel >= 0 && level >= leafLevel)
            {
                IsRagged = true;
                scanner.SkipValue();
                return false;
            }
            scanner.BeginArray();
            return true;
        }
        SetLeafLevel(level);
        if (IsRagged)
        {
            scanner.SkipValue();
            return false;
        }
        context.AtTensor(Spec.Name, index, level);
        context.CountTensorElement();
        ReadLeaf(ref scanner, context);
        return false;
    }

    // An array at dimension `level` ended after `count` items: an empty one ends the dimensions, and every array at a
    // level must have the same length.
    private void Close(int level, int count)
    {
        if (count == 0) SetLeafLevel(level + 1);
        if (!known[level])
        {
            known[level] = true;
            dims[level] = count;
        }
        else if (dims[level] != count)
        {
            IsRagged = true;
        }
    }

    private void SetLeafLevel(int level)
    {
        if (leafLevel < 0) leafLevel = level;
        else if (leafLevel != level) IsRagged = true;
    }

    private void SetIndex(int level, int value)
    {
        if (level >= index.Length) Array.Resize(ref index, index.Length * 2);
        index[level] = value;
    }

    /// <summary>The shape as the document prints it: <c>[-1, 2]</c>.</summary>
    public static string FormatShape(IReadOnlyList<long> shape) =>
        "[" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";

    /// <summary>Creates the builder for a tensor spec.</summary>
    public static TensorBuilder Create(TensorSpec spec, int maxDepth) => spec.DType switch
    {
        NumpyDType.Bool => new TypedTensorBuilder<bool, BooleanRule>(spec, maxDepth),
        NumpyDType.Int8 => new TypedTensorBuilder<sbyte, Int8Rule>(spec, maxDepth),
        NumpyDType.Int16 => new TypedTensorBuilder<short, Int16Rule>(spec, maxDepth),
        NumpyDType.Int32 => new TypedTensorBuilder<int, Int32Rule>(spec, maxDepth),
        NumpyDType.Int64 => new TypedTensorBuilder<long, Int64Rule>(spec, maxDepth),
        NumpyDType.UInt8 => new TypedTensorBuilder<byte, UInt8Rule>(spec, maxDepth),
        NumpyDType.UInt16 => new TypedTensorBuilder<ushort, UInt16Rule>(spec, maxDepth),
        NumpyDType.UInt32 => new TypedTensorBuilder<uint, UInt32Rule>(spec, maxDepth),
        NumpyDType.UInt64 => new TypedTensorBuilder<ulong, UInt64Rule>(spec, maxDepth),
        NumpyDType.Float16 => new TypedTensorBuilder<Half, HalfRule>(spec, maxDepth),
        NumpyDType.Float32 => new TypedTensorBuilder<float, SingleRule>(spec, maxDepth),
        NumpyDType.Float64 => new TypedTensorBuilder<double, DoubleRule>(spec, maxDepth),
        // JSON has no complex numbers: the values are the real parts, exact in the part's width.
        NumpyDType.Complex64 => new TypedTensorBuilder<float, SingleRule>(spec, maxDepth),
        NumpyDType.Complex128 => new TypedTensorBuilder<double, DoubleRule>(spec, maxDepth),
        NumpyDType.Str => new TypedTensorBuilder<string, StringRule>(spec, maxDepth),
        NumpyDType.Bytes => new TypedTensorBuilder<byte[], BinaryRule>(spec, maxDepth),
        NumpyDType.DateTime64Ns => new TypedTensorBuilder<DateTime, DateTimeRule>(spec, maxDepth),
        _ => new ObjectTensorBuilder(spec, maxDepth),
    };
}

/// <summary>A tensor of a dtype with a conversion rule; elements are stored unboxed.</summary>
internal sealed class TypedTensorBuilder<T, TRule>(TensorSpec spec, int maxDepth) : TensorBuilder(spec, maxDepth)
    where TRule : IElementRule<T>
{
    private ValueBuffer<T> values;

    protected override void ReadLeaf(ref JsonScanner scanner, EnforcementContext context)
    {
        JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
        if (valueClass == JsonValueClass.Null && TRule.Kind.IsFloatingPoint())
        {
            // numpy reads None as NaN in a float array, and MLflow writes NaN as null in its array examples.
            TRule.Convert(JsonValueClass.NaN, "NaN"u8, false, out T nan);
            values.Add(nan);
            return;
        }
        if (valueClass == JsonValueClass.Null)
        {
            context.Problem($"expected {TypeName}, got null (tensors have no missing values)");
            values.Add(default!);
            return;
        }
        ConversionStatus status = TRule.Convert(valueClass, raw, escaped, out T value);
        if (status != ConversionStatus.Ok) context.ValueProblem(TRule.Kind, TypeName, status, valueClass, raw);
        values.Add(value);
    }

    public override Tensor Build(int[] shape) => new Tensor<T>(Spec, shape, values.AsMemory());
}

/// <summary>A tensor of the <c>object</c> dtype: every element is any JSON value, and ragged input is allowed (as
/// numpy makes a ragged list an <c>object</c> array). Elements are read as plain data; the shape is taken from them
/// down to the spec's rank.</summary>
internal sealed class ObjectTensorBuilder(TensorSpec spec, int maxDepth) : TensorBuilder(spec, maxDepth)
{
    private readonly List<object?> rows = [];
    private object? whole;
    private bool hasWhole;

    protected override void ReadLeaf(ref JsonScanner scanner, EnforcementContext context) =>
        throw new InvalidOperationException("Object tensors are read as plain data.");

    public override void ReadWhole(ref JsonScanner scanner, EnforcementContext context)
    {
        Started = true;
        context.AtTensor(Spec.Name, [], 0);
        NestedValueReader.TryReadAny(ref scanner, context, out whole);
        hasWhole = true;
    }

    public override void ReadRowCell(ref JsonScanner scanner, EnforcementContext context)
    {
        Started = true;
        FromRows = true;
        context.CheckRows(rows.Count + 1);
        context.AtTensor(Spec.Name, [rows.Count], 1);
        NestedValueReader.TryReadAny(ref scanner, context, out object? cell);
        rows.Add(cell);
        Rows = rows.Count;
    }

    private object? Root => hasWhole ? whole : rows.ToArray();

    /// <summary>The regular shape of the value down to the spec's rank (rows first in table mode), or
    /// <see langword="null"/> when it is ragged before that depth.</summary>
    public override int[]? ReadShape()
    {
        var shape = new List<int>();
        List<object?> level = [Root];
        int depth = FromRows ? Spec.Shape.Count + 1 : Spec.Shape.Count;
        for (int d = 0; d < depth; d++)
        {
            int arrays = level.Count(n => n is object?[]);
            if (arrays == 0) break;
            if (arrays != level.Count || level.Select(n => ((object?[])n!).Length).Distinct().Count() > 1)
            {
                IsRagged = true;
                return null;
            }
            shape.Add(((object?[])level[0]!).Length);
            level = level.SelectMany(n => (object?[])n!).ToList();
            if (level.Count == 0) break;
        }
        return shape.ToArray();
    }

    public override Tensor Build(int[] shape)
    {
        var leaves = new List<object?>();
        Collect(Root, 0, shape.Length, leaves);
        return new Tensor<object?>(Spec, shape, leaves.ToArray());
    }

    /// <summary>A ragged tensor: the items of the value become the elements of a 1-D tensor.</summary>
    public Tensor BuildRagged()
    {
        object?[] items = Root as object?[] ?? [Root];
        return new Tensor<object?>(Spec, [items.Length], items, isRagged: true);
    }

    private static void Collect(object? node, int depth, int rank, List<object?> leaves)
    {
        if (depth == rank)
        {
            leaves.Add(node);
            return;
        }
        foreach (object? child in (object?[])node!) Collect(child, depth + 1, rank, leaves);
    }
}
