namespace Signatures.Enforcement;

/// <summary>
/// The values of one input column, one per row, stored unboxed in a <see cref="ColumnValues{T}"/>. A missing value
/// (absent, <c>null</c>, or <c>NaN</c> in an optional float/double column) is flagged by <see cref="IsMissing"/>.
/// </summary>
public abstract class ColumnValues
{
    private readonly bool[]? missing;

    private protected ColumnValues(int count, bool[]? missing)
    {
        Count = count;
        this.missing = missing;
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>Whether any row is missing.</summary>
    public bool HasMissing => missing is not null;

    /// <summary>Whether row <paramref name="row"/> is missing (only possible in an optional column).</summary>
    public bool IsMissing(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        return missing is not null && missing[row];
    }

    /// <summary>The CLR type of the values: <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="float"/>,
    /// <see cref="double"/>, <see cref="string"/>, <see cref="T:byte[]"/>, <see cref="DateTime"/>, or <see cref="object"/>
    /// for Array/Object/Map/any columns.</summary>
    public abstract Type ElementType { get; }

    /// <summary>Row <paramref name="row"/>'s value, boxed; <see langword="null"/> when missing.</summary>
    public abstract object? GetValue(int row);
}

/// <summary>The values of one input column as a typed array.</summary>
/// <typeparam name="T">The column's CLR type (see <see cref="ColumnValues.ElementType"/>).</typeparam>
public sealed class ColumnValues<T> : ColumnValues
{
    internal ColumnValues(ReadOnlyMemory<T> values, bool[]? missing) : base(values.Length, missing) => Values = values;

    /// <summary>The values in row order; a missing row holds <c>default(T)</c>.</summary>
    public ReadOnlyMemory<T> Values { get; }

    /// <summary>Row <paramref name="row"/>'s value (<c>default(T)</c> when missing).</summary>
    public T this[int row] => Values.Span[row];

    /// <inheritdoc/>
    public override Type ElementType => typeof(T);

    /// <inheritdoc/>
    public override object? GetValue(int row) => IsMissing(row) ? null : Values.Span[row];
}
