using System.Globalization;

namespace Signatures.Enforcement;

/// <summary>Names quoted for a message (<c>'a', 'b'</c>), at most ten of them and then a count, so a request with a
/// hundred thousand unknown keys still gets a short message.</summary>
internal static class NameList
{
    private const int MaxShown = 10;

    public static string Format(IReadOnlyCollection<string> names) => Format(names.Select(PythonRepr.Str), names.Count);

    /// <summary>Request labels as Python shows them (<c>'a', 0</c>).</summary>
    public static string Format(IReadOnlyCollection<ColumnLabel> labels) => Format(labels.Select(l => l.Repr), labels.Count);

    private static string Format(IEnumerable<string> reprs, int count)
    {
        string shown = string.Join(", ", reprs.Take(MaxShown));
        return count > MaxShown ? $"{shown} and {(count - MaxShown).ToString(CultureInfo.InvariantCulture)} more" : shown;
    }
}
