using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Signatures.Examples;

/// <summary>
/// Turns the CLR values of an input example into what MLflow's <c>NumpyEncoder</c> writes for the Python value they
/// stand for: integers as ints; <see cref="float"/> and <see cref="Half"/> (numpy scalars) widened to a Python float;
/// <see cref="T:byte[]"/> as <c>base64.encodebytes</c> text (a newline after every 76 characters and at the end);
/// <see cref="DateTime"/> and <see cref="DateOnly"/> as <c>isoformat()</c>; sequences as lists; string-keyed
/// dictionaries as dicts (in their order).
/// </summary>
internal static class PythonValues
{
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static object? Prepare(object? value) => value switch
    {
        null => null,
        bool b => b,
        string s => s,
        char c => c.ToString(),
        double d => d,
        float f => (double)f,
        Half h => (double)h,
        sbyte or byte or short or ushort or int or uint or long => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u => u <= long.MaxValue ? (long)u : new BigInteger(u),
        BigInteger big => big >= long.MinValue && big <= long.MaxValue ? (long)big : big,
        byte[] bytes => EncodeBytes(bytes),
        ReadOnlyMemory<byte> memory => EncodeBytes(memory.ToArray()),
        DateTime dateTime => DateTimeIsoFormat(dateTime),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        NDArrayExample array => throw new InputExampleException(
            "Multidimensional arrays (aka tensors) are not supported. Numpy arrays in list are not supported as input examples."),
        IEnumerable<KeyValuePair<string, object?>> pairs => PrepareDict(pairs),
        IDictionary dictionary => PrepareDict(InputExample.DictionaryEntries(dictionary)),
        IEnumerable items => items.Cast<object?>().Select(Prepare).ToList(),
        decimal => throw new InputExampleException("A decimal has no exact Python float; pass a double (or the digits as a string)."),
        _ => throw new InputExampleException($"A value of type {value.GetType()} has no form in an input example."),
    };

    /// <summary>Python's <c>base64.encodebytes(b).decode("ascii")</c>.</summary>
    public static string EncodeBytes(byte[] bytes)
    {
        var builder = new StringBuilder((bytes.Length + 2) / 3 * 4 + bytes.Length / 57 + 1);
        for (int offset = 0; offset < bytes.Length; offset += 57)
        {
            builder.Append(Convert.ToBase64String(bytes, offset, Math.Min(57, bytes.Length - offset))).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>Python's <c>datetime.isoformat()</c>: microseconds when non-zero. Python has nothing finer.</summary>
    public static string DateTimeIsoFormat(DateTime value)
    {
        if (value.Ticks % 10 != 0)
        {
            throw new InputExampleException($"The datetime {value:O} is finer than a microsecond, which a Python datetime cannot hold.");
        }
        return Conversion.IsoDateTime.ToPythonIsoFormat(value, isDateOnly: false);
    }

    /// <summary>pandas' <c>Timestamp.isoformat()</c>: 6 fraction digits for microseconds, 9 when there are nanoseconds.</summary>
    public static string TimestampIsoFormat(DateTime value)
    {
        string text = value.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        long fraction = value.Ticks % TimeSpan.TicksPerSecond;
        if (fraction == 0) return text;
        return fraction % 10 == 0
            ? text + "." + (fraction / 10).ToString("000000", CultureInfo.InvariantCulture)
            : text + "." + (fraction * 100).ToString("000000000", CultureInfo.InvariantCulture);
    }

    /// <summary>numpy's <c>datetime64[ns]</c> <c>tolist()</c>: nanoseconds since 1970 (Python datetimes cannot hold ns).</summary>
    public static long NanosecondsSinceEpoch(DateTime value) => (value.Ticks - Epoch.Ticks) * 100;

    /// <summary>Python's <c>repr()</c> of an example value, as MLflow's messages embed it.</summary>
    public static string Repr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => PythonRepr.Str(s),
        double d => ReprFloat(d),
        float f => ReprFloat(f),
        Half h => ReprFloat((double)h),
        byte[] bytes => "b" + PythonRepr.Str(Encoding.Latin1.GetString(bytes)),
        DateTime dt => dt.Ticks % TimeSpan.TicksPerSecond == 0
            ? $"datetime.datetime({dt.Year}, {dt.Month}, {dt.Day}, {dt.Hour}, {dt.Minute}{(dt.Second != 0 ? ", " + dt.Second : string.Empty)})"
            : $"datetime.datetime({dt.Year}, {dt.Month}, {dt.Day}, {dt.Hour}, {dt.Minute}, {dt.Second}, {dt.Ticks % TimeSpan.TicksPerSecond / 10})",
        DateOnly date => $"datetime.date({date.Year}, {date.Month}, {date.Day})",
        PythonTuple tuple => "(" + string.Join(", ", tuple.Items.Select(Repr)) + (tuple.Items.Count == 1 ? ",)" : ")"),
        NDArrayExample array => "array(" + Repr(array.Data) + ")",
        IEnumerable<KeyValuePair<string, object?>> pairs => "{" + string.Join(", ", pairs.Select(p => PythonRepr.Str(p.Key) + ": " + Repr(p.Value))) + "}",
        IDictionary dictionary => "{" + string.Join(", ", InputExample.DictionaryEntries(dictionary).Select(p => PythonRepr.Str(p.Key) + ": " + Repr(p.Value))) + "}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Repr)) + "]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string ReprFloat(double value) => value switch
    {
        double.NaN => "nan",
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        _ => Formats.PythonJsonText.FormatDouble(value),
    };

    private static PyDict PrepareDict(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var dict = new PyDict();
        foreach (KeyValuePair<string, object?> pair in pairs) dict.Add(pair.Key, Prepare(pair.Value));
        return dict;
    }
}

/// <summary>A Python tuple inside an example value: written as a JSON list, refused as a param (as MLflow does).</summary>
public sealed class PythonTuple(IReadOnlyList<object?> items) : IEnumerable<object?>
{
    /// <summary>The items.</summary>
    public IReadOnlyList<object?> Items { get; } = items;

    /// <inheritdoc/>
    public IEnumerator<object?> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
