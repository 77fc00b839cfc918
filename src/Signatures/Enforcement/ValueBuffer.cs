namespace Signatures.Enforcement;

/// <summary>A growable array for values read one at a time; the builders keep it as a field and never copy it.
/// A <c>default</c> buffer is empty and usable.</summary>
internal struct ValueBuffer<T>
{
    private T[]? items;
    private int count;

    public ValueBuffer(int capacity) => items = capacity == 0 ? [] : new T[capacity];

    public readonly int Count => count;

    public void Add(T value)
    {
        if (items is null || count == items.Length) Grow(count + 1);
        items![count++] = value;
    }

    /// <summary>Sets position <paramref name="index"/>, growing (with default values) as needed.</summary>
    public void Set(int index, T value)
    {
        if (items is null || index >= items.Length) Grow(index + 1);
        items![index] = value;
        if (index >= count) count = index + 1;
    }

    /// <summary>Extends the buffer to <paramref name="length"/> with default values.</summary>
    public void PadTo(int length)
    {
        if (length > (items?.Length ?? 0)) Grow(length);
        if (length > count) count = length;
    }

    public readonly ReadOnlyMemory<T> AsMemory() => new(items ?? [], 0, count);

    public readonly T[] ToArray() => items is null ? [] : items.AsSpan(0, count).ToArray();

    private void Grow(int needed)
    {
        int size = Math.Max(Math.Max(needed, 16), (items?.Length ?? 0) * 2);
        Array.Resize(ref items, size);
    }
}
