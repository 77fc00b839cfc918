using System.Globalization;
using System.Text;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>
/// A label a request gives a column or tensor, as pandas would hold it: a string (a record key, an <c>inputs</c> key,
/// a CSV header, a string in <c>dataframe_split</c>'s <c>columns</c>) or a number or boolean (a non-string entry of
/// <c>columns</c>, or the position pandas labels a column with when there are no names). A string label only matches
/// a string name and a number or boolean label only a non-string name, by Python equality (<see cref="InputNames"/>).
/// </summary>
/// <param name="Text">The label as Python's <c>str()</c> shows it.</param>
/// <param name="IsString">Whether the label is a string.</param>
/// <param name="NumericKey">For a number or boolean, the key it matches names by (<see cref="InputNames.NumericKey"/>);
/// <see langword="null"/> for a string and for NaN.</param>
internal readonly record struct ColumnLabel(string Text, bool IsString, string? NumericKey)
{
    /// <summary>A string label.</summary>
    public static ColumnLabel Of(string text) => new(text, true, null);

    /// <summary>The label pandas gives the column at <paramref name="index"/> when the request names none: the integer.</summary>
    public static ColumnLabel Position(int index)
    {
        string digits = index.ToString(CultureInfo.InvariantCulture);
        return new(digits, false, digits);
    }

    /// <summary>A boolean label.</summary>
    public static ColumnLabel Boolean(bool value) => new(value ? "True" : "False", false, value ? "1" : "0");

    /// <summary>A number label from its JSON token (<c>0</c>, <c>1.5</c>, <c>NaN</c>).</summary>
    public static ColumnLabel Number(JsonValueClass valueClass, ReadOnlySpan<byte> raw)
    {
        string token = Encoding.ASCII.GetString(raw);
        if (valueClass == JsonValueClass.IntegerLiteral)
        {
            // A JSON integer has no leading zeros, so its text is already the key, -0 aside. (Going through BigInteger
            // would cost time quadratic in the digits: minutes for a label of a few million digits.)
            string digits = token == "-0" ? "0" : token;
            return new(digits, false, digits);
        }
        double value = token switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new(PythonRepr.Float(value), false, InputNames.FloatKey(value));
    }

    /// <summary>Python's <c>repr()</c>: <c>'a'</c> for a string, <c>0</c> or <c>True</c> otherwise.</summary>
    public string Repr => IsString ? PythonRepr.Str(Text) : Text;
}
