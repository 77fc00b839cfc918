using System.Globalization;

namespace Signatures.Enforcement;

/// <summary>Names quoted for a message (<c>'a', 'b'</c>), at most ten of them and then a count, so a request with a
/// hundred thousand unknown keys still gets a short message.</summary>
internal static class NameList
{
    private const int MaxShown = 10;

    public static string Format(IReadOnlyCollection<string> names)
    {
        string shown = string.Join(", ", names.Take(MaxShown).Select(PythonRepr.Str));
        return names.Count > MaxShown ? $"{shown} and {(names.Count - MaxShown).ToString(CultureInfo.InvariantCulture)} more" : shown;
    }
}
