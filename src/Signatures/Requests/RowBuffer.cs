using System.Buffers;
using System.Runtime.CompilerServices;

namespace Signatures.Requests;

/// <summary>Rows collected while a body is read, in arrays rented from the shared pool; <see cref="ToArray"/> copies them
/// into one exactly sized array, so a request allocates its rows once.</summary>
internal struct RowBuffer<T> : IDisposable
{
    private const int MinimumCapacity = 64;
    private T[]? items;
    private int count;

    /// <summary>A buffer that first rents room for <paramref name="expectedCount"/> rows (e.g. the size of the last request),
    /// so a steady stream of similar requests never grows it.</summary>
    public RowBuffer(int expectedCount) => items = ArrayPool<T>.Shared.Rent(Math.Max(expectedCount, MinimumCapacity));

    public readonly int Count => count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        T[]? array = items;
        if (array is null || count == array.Length)
        {
            Grow();
            array = items!;
        }
        array[count++] = item;
    }

    public readonly T[] ToArray() => count == 0 ? [] : items.AsSpan(0, count).ToArray();

    public void Dispose()
    {
        if (items is not null) ArrayPool<T>.Shared.Return(items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        items = null;
        count = 0;
    }

    private void Grow()
    {
        T[] next = ArrayPool<T>.Shared.Rent(items is null ? MinimumCapacity : items.Length * 2);
        if (items is not null)
        {
            items.AsSpan(0, count).CopyTo(next);
            ArrayPool<T>.Shared.Return(items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
        items = next;
    }
}
