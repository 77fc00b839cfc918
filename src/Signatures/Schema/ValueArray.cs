using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Signatures;

/// <summary>
/// An immutable array with value equality, so the records of the signature model compare by content.
/// </summary>
/// <typeparam name="T">Element type; its own <see cref="object.Equals(object)"/> decides element equality.</typeparam>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps <paramref name="items"/> (a default array is treated as empty).</summary>
    public ValueArray(ImmutableArray<T> items) => this.items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>The elements.</summary>
    public ImmutableArray<T> AsImmutableArray() => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <inheritdoc/>
    public T this[int index] => AsImmutableArray()[index];

    /// <inheritdoc/>
    public int Count => items.IsDefault ? 0 : items.Length;

    /// <summary>Elements as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => AsImmutableArray().AsSpan();

    /// <inheritdoc/>
    public bool Equals(ValueArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in AsSpan()) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Enumerates the elements without allocating.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", AsImmutableArray()) + "]";
}

/// <summary>Factory methods for <see cref="ValueArray{T}"/>.</summary>
public static class ValueArray
{
    /// <summary>Copies <paramref name="items"/> into a new value array (collection-expression builder).</summary>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Copies <paramref name="items"/> into a new value array.</summary>
    public static ValueArray<T> From<T>(IEnumerable<T> items) => new(items.ToImmutableArray());
}
