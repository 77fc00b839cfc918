using System.Text;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>Finds a name (a column, tensor or param) from a JSON key's raw UTF-8 bytes without allocating when the key
/// has no escapes, or from a <see cref="ColumnLabel"/>, which also finds names that are numbers or booleans.</summary>
internal sealed class NameIndex
{
    private readonly string?[] names;
    private readonly byte[]?[] utf8;
    private readonly Dictionary<string, int>? byName;
    private readonly Dictionary<string, int>? byNumericKey;

    /// <summary>An index of string names.</summary>
    public NameIndex(IReadOnlyList<string> names) : this(names.ToArray(), null)
    {
    }

    private NameIndex(string?[] names, Dictionary<string, int>? byNumericKey)
    {
        this.names = names;
        this.byNumericKey = byNumericKey;
        utf8 = this.names.Select(n => n is null ? null : Encoding.UTF8.GetBytes(n)).ToArray();
        if (this.names.Length > 8)
        {
            byName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < this.names.Length; i++)
            {
                if (this.names[i] is { } name) byName.TryAdd(name, i);
            }
        }
    }

    /// <summary>An index of the names of named inputs (string names by text; number and boolean names by
    /// <see cref="InputNames.NumericKey"/>, where the first of equal names wins, as a Python dict's lookup).</summary>
    public static NameIndex Of(IReadOnlyList<InputSpec> specs)
    {
        var strings = new string?[specs.Count];
        Dictionary<string, int>? numeric = null;
        for (int i = 0; i < specs.Count; i++)
        {
            if (specs[i].NameKind == NameKind.String) strings[i] = specs[i].Name;
            else if (specs[i].NumericNameKey is { } key) (numeric ??= new Dictionary<string, int>(StringComparer.Ordinal)).TryAdd(key, i);
        }
        return new NameIndex(strings, numeric);
    }

    public int Count => names.Length;

    public int Find(ReadOnlySpan<byte> raw, bool hasEscapes)
    {
        if (!hasEscapes && byName is null)
        {
            for (int i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] is { } name && raw.SequenceEqual(name)) return i;
            }
            return -1;
        }
        return Find(JsonStringText.Decode(raw, hasEscapes));
    }

    /// <summary>The input a string key names (never one whose name is a number or boolean).</summary>
    public int Find(string name)
    {
        if (byName is not null) return byName.TryGetValue(name, out int found) ? found : -1;
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>The input a request label names.</summary>
    public int Find(ColumnLabel label)
    {
        if (label.IsString) return Find(label.Text);
        return label.NumericKey is { } key && byNumericKey is not null && byNumericKey.TryGetValue(key, out int found) ? found : -1;
    }
}
