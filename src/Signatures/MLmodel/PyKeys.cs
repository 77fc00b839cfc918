using System.Numerics;

namespace Signatures.MLmodel;

/// <summary>
/// Python's <c>==</c> and <c>&lt;</c> on the scalars a YAML mapping key can be: what makes two keys the same dict
/// key, and what <c>sorted()</c> can order (PyYAML's <c>sort_keys</c> keeps file order when Python raises
/// <c>TypeError</c>, i.e. when two keys are of incomparable types).
/// </summary>
internal static class PyKeys
{
    /// <summary>Python's <c>a == b</c> for hashable values.</summary>
    public static bool AreEqual(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (IsNumber(a) && IsNumber(b)) return CompareNumbers(a, b) == 0;
        return (a, b) switch
        {
            (PyNone, PyNone) => true,
            (PyStr x, PyStr y) => x.Value == y.Value,
            (PyBytes x, PyBytes y) => x.Value.AsSpan().SequenceEqual(y.Value),
            (PyDate x, PyDate y) => x.Value == y.Value,
            (PyDateTime x, PyDateTime y) => x.Offset.HasValue == y.Offset.HasValue && Instant(x) == Instant(y),
            _ => false,
        };
    }

    /// <summary>Orders keys as <c>sorted()</c> does; <see langword="null"/> when Python would raise <c>TypeError</c>.</summary>
    public static List<KeyValuePair<PyObject, PyObject>>? TrySort(IReadOnlyList<KeyValuePair<PyObject, PyObject>> entries)
    {
        for (int i = 1; i < entries.Count; i++)
        {
            if (Compare(entries[0].Key, entries[i].Key) is null) return null;
        }
        var sorted = entries.ToList();
        // A stable sort, as Python's is; every pair is comparable once each is comparable with the first.
        return sorted.OrderBy(e => e.Key, Comparer<PyObject>.Create((x, y) => Compare(x, y) ?? 0)).ToList();
    }

    /// <summary>-1, 0 or 1, or <see langword="null"/> when the two cannot be ordered.</summary>
    public static int? Compare(PyObject a, PyObject b)
    {
        if (IsNumber(a) && IsNumber(b)) return CompareNumbers(a, b);
        return (a, b) switch
        {
            (PyStr x, PyStr y) => Math.Sign(CompareCodePoints(x.Value, y.Value)),
            (PyBytes x, PyBytes y) => Math.Sign(x.Value.AsSpan().SequenceCompareTo(y.Value)),
            (PyDate x, PyDate y) => x.Value.CompareTo(y.Value),
            (PyDateTime x, PyDateTime y) when x.Offset.HasValue == y.Offset.HasValue => Instant(x).CompareTo(Instant(y)),
            _ => null,
        };
    }

    private static bool IsNumber(PyObject value) => value is PyBool or PyInt or PyFloat;

    private static int CompareNumbers(PyObject a, PyObject b)
    {
        if (a is PyFloat || b is PyFloat)
        {
            double x = AsDouble(a), y = AsDouble(b);
            if (double.IsNaN(x) || double.IsNaN(y)) return a is PyFloat fa && b is PyFloat fb && ReferenceEquals(fa, fb) ? 0 : 1;
            if (a is not PyFloat && double.IsFinite(y) && y == Math.Floor(y)) return AsInteger(a).CompareTo(new BigInteger(y));
            if (b is not PyFloat && double.IsFinite(x) && x == Math.Floor(x)) return new BigInteger(x).CompareTo(AsInteger(b));
            return x.CompareTo(y);
        }
        return AsInteger(a).CompareTo(AsInteger(b));
    }

    private static BigInteger AsInteger(PyObject value) => value switch
    {
        PyBool b => b.Value ? BigInteger.One : BigInteger.Zero,
        PyInt i => i.Value,
        _ => throw new InvalidOperationException("not an integer"),
    };

    private static double AsDouble(PyObject value) => value is PyFloat f ? f.Value : (double)AsInteger(value);

    private static DateTime Instant(PyDateTime value) => value.Offset is { } offset ? value.Value - offset : value.Value;

    // Python compares strings by code point; UTF-16 code units order surrogates below U+E000..U+FFFF.
    private static int CompareCodePoints(string x, string y)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            int cx = CodePointAt(x, i, out int wx);
            int cy = CodePointAt(y, j, out int wy);
            if (cx != cy) return cx.CompareTo(cy);
            i += wx;
            j += wy;
        }
        return (x.Length - i).CompareTo(y.Length - j);
    }

    internal static int CodePointAt(string s, int index, out int width)
    {
        if (char.IsHighSurrogate(s[index]) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[index], s[index + 1]);
        }
        width = 1;
        return s[index];
    }
}
