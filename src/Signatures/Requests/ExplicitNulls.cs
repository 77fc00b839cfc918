using System.ComponentModel;

namespace Signatures.Requests;

/// <summary>
/// For generated code: which optional properties of Object values arrived as an explicit <c>null</c> rather than being
/// left out. A C# member holds <see langword="null"/> either way; the normalized document (like MLflow) keeps the
/// difference, so a typed request remembers it per object instance (by reference; objects that are structs print an
/// explicit null as absent).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ExplicitNulls
{
    private readonly Dictionary<object, ulong> properties = new(ReferenceEqualityComparer.Instance);

    internal ExplicitNulls()
    {
    }

    /// <summary>Whether property <paramref name="index"/> (schema order) of <paramref name="instance"/> arrived as <c>null</c>.</summary>
    public bool Contains(object instance, int index) =>
        index < 64 && properties.TryGetValue(instance, out ulong mask) && (mask & (1UL << index)) != 0;

    internal void Add(object instance, ulong mask)
    {
        properties.TryGetValue(instance, out ulong existing);
        properties[instance] = existing | mask;
    }
}
