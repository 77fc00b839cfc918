using System.Text;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>Finds a name (a column, tensor or param) from a JSON key's raw UTF-8 bytes without allocating when the key
/// has no escapes.</summary>
internal sealed class NameIndex
{
    private readonly string[] names;
    private readonly byte[][] utf8;
    private readonly Dictionary<string, int>? byName;

    public NameIndex(IReadOnlyList<string> names)
    {
        this.names = [.. names];
        utf8 = this.names.Select(Encoding.UTF8.GetBytes).ToArray();
        if (this.names.Length > 8)
        {
            byName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < this.names.Length; i++) byName.TryAdd(this.names[i], i);
        }
    }

    public int Count => names.Length;

    public int Find(ReadOnlySpan<byte> raw, bool hasEscapes)
    {
        if (!hasEscapes && byName is null)
        {
            for (int i = 0; i < utf8.Length; i++)
            {
                if (raw.SequenceEqual(utf8[i])) return i;
            }
            return -1;
        }
        return Find(JsonStringText.Decode(raw, hasEscapes));
    }

    public int Find(string name)
    {
        if (byName is not null) return byName.TryGetValue(name, out int found) ? found : -1;
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
