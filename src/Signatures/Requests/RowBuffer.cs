using System.Buffers;
using System.Runtime.CompilerServices;

namespace Signatures.Requests;

/// <summary>Rows collected while a body is read, in arrays rented from the shared pool; <see cref="ToArray"/> copies them
/// into one exactly sized array, so a request allocates its rows once.</summary>
internal struct RowBuffer<T> : IDisposable
{
    private T[]? items;
    private int count;

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
        T[] next = ArrayPool<T>.Shared.Rent(items is null ? 64 : items.Length * 2);
        if (items is not null)
        {
            items.AsSpan(0, count).CopyTo(next);
            ArrayPool<T>.Shared.Return(items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
        items = next;
    }
}
