using System.Globalization;
using System.Text;

namespace Signatures.Enforcement;

/// <summary>Where inside a nested value (array items, object properties, map keys) the reader is, for messages:
/// <c>[2]['sku']</c>. Kept as a stack of segments; rendered only when a problem is reported.</summary>
internal sealed class ValuePath
{
    private readonly List<(string? Name, int Index)> segments = [];

    public int Depth => segments.Count;

    public void PushIndex(int index) => segments.Add((null, index));

    public void PushName(string name) => segments.Add((name, -1));

    public void SetIndex(int index) => segments[^1] = (null, index);

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    public void Clear() => segments.Clear();

    public void AppendTo(StringBuilder builder)
    {
        foreach ((string? name, int index) in segments)
        {
            builder.Append('[');
            if (name is null) builder.Append(index.ToString(CultureInfo.InvariantCulture));
            else builder.Append(PythonRepr.Str(name));
            builder.Append(']');
        }
    }
}
