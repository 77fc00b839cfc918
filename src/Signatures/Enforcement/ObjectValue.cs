using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Signatures.Enforcement;

/// <summary>
/// A JSON object as the enforcer hands it to a model: an MLflow <c>Object</c> value (properties in schema order,
/// absent optional properties left out), a <c>Map</c> value (keys in request order) or an object inside an
/// <c>any</c> value. Read-only; keys are unique.
/// </summary>
public sealed class ObjectValue : IReadOnlyDictionary<string, object?>
{
    private readonly KeyValuePair<string, object?>[] entries;
    private Dictionary<string, int>? index;

    /// <summary>Wraps <paramref name="entries"/>, whose keys must be unique (the enforcer guarantees it).</summary>
    public ObjectValue(KeyValuePair<string, object?>[] entries) => this.entries = entries ?? throw new ArgumentNullException(nameof(entries));

    /// <inheritdoc/>
    public int Count => entries.Length;

    /// <summary>The entries in order.</summary>
    public ReadOnlySpan<KeyValuePair<string, object?>> Entries => entries;

    /// <inheritdoc/>
    public object? this[string key] => TryGetValue(key, out object? value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    /// <inheritdoc/>
    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    /// <inheritdoc/>
    public IEnumerable<object?> Values => entries.Select(e => e.Value);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        int i = IndexOf(key);
        value = i >= 0 ? entries[i].Value : null;
        return i >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        if (entries.Length <= 8)
        {
            for (int i = 0; i < entries.Length; i++)
            {
                if (string.Equals(entries[i].Key, key, StringComparison.Ordinal)) return i;
            }
            return -1;
        }
        if (index is null)
        {
            var built = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
            for (int i = 0; i < entries.Length; i++) built[entries[i].Key] = i;
            index = built;
        }
        return index.TryGetValue(key, out int found) ? found : -1;
    }
}
