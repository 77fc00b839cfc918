using System.ComponentModel;

namespace Signatures.Requests;

/// <summary>
/// For generated code: which properties of Object values a request left out or sent as an explicit <c>null</c>. A C#
/// member cannot tell "absent", "null" and "default" apart; the normalized document (like MLflow) does, so a typed
/// request remembers it per object instance (by reference; objects that are structs print as their members say).
/// Nothing is recorded for an object whose properties all arrived with values, the usual case.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PropertyPresence
{
    private readonly Dictionary<object, (ulong Absent, ulong Null)> objects = new(ReferenceEqualityComparer.Instance);

    internal PropertyPresence()
    {
    }

    /// <summary>Whether property <paramref name="index"/> (schema order) of <paramref name="instance"/> was left out.</summary>
    public bool IsAbsent(object instance, int index) =>
        index < 64 && objects.TryGetValue(instance, out var masks) && (masks.Absent & (1UL << index)) != 0;

    /// <summary>Whether property <paramref name="index"/> (schema order) of <paramref name="instance"/> arrived as <c>null</c>.</summary>
    public bool IsExplicitNull(object instance, int index) =>
        index < 64 && objects.TryGetValue(instance, out var masks) && (masks.Null & (1UL << index)) != 0;

    internal void Add(object instance, ulong absent, ulong explicitNull)
    {
        objects.TryGetValue(instance, out var masks);
        objects[instance] = (masks.Absent | absent, masks.Null | explicitNull);
    }
}
