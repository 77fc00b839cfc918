using System;
using System.Globalization;
using System.Text;

namespace Signatures.Formats;

/// <summary>
/// Text primitives of Python's <c>json.dumps</c> with its defaults (<c>ensure_ascii=True</c>, separators
/// <c>", "</c> and <c>": "</c>) and of Python's float <c>repr</c>. MLflow writes every signature with these,
/// so the runtime serializer and the source generator both call this one implementation.
/// </summary>
internal static class PythonJsonText
{
    /// <summary>Separator between items, as Python's <c>json.dumps</c> writes it by default.</summary>
    public const string ItemSeparator = ", ";

    /// <summary>Separator between a key and its value, as Python's <c>json.dumps</c> writes it by default.</summary>
    public const string KeySeparator = ": ";

    /// <summary>Appends <paramref name="value"/> as a JSON string literal with every character outside
    /// printable ASCII escaped as a lowercase <c>\uXXXX</c> (Python's <c>ensure_ascii</c>).</summary>
    public static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }

    /// <summary>Returns <paramref name="value"/> as a quoted, escaped JSON string literal.</summary>
    public static string QuoteString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    /// <summary>
    /// Formats a double the way <c>json.dumps</c> writes a Python float: <c>repr</c> (shortest round trip,
    /// <c>1.0</c>, <c>1e-05</c>, <c>1e+16</c>), and <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> for the
    /// values JSON has no literal for.
    /// </summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        return FormatShortest(value.ToString("R", CultureInfo.InvariantCulture), IsNegative(value));
    }

    /// <summary>Formats a float32 in Python's float layout using the shortest digits that round-trip
    /// at single precision (a float32 <c>0.1</c> prints as <c>0.1</c>, not <c>0.10000000149011612</c>).</summary>
    public static string FormatSingle(float value)
    {
        if (float.IsNaN(value)) return "NaN";
        if (float.IsPositiveInfinity(value)) return "Infinity";
        if (float.IsNegativeInfinity(value)) return "-Infinity";
        return FormatShortest(value.ToString("R", CultureInfo.InvariantCulture), IsNegative(value));
    }

    private static bool IsNegative(double value) =>
        value < 0 || (value == 0 && BitConverter.DoubleToInt64Bits(value) != 0);

    /// <summary>Lays out a finite value's shortest round-trip text as .NET writes it with <c>"R"</c> (<c>1E+300</c>,
    /// <c>1.5E-05</c>, <c>123.25</c>) the way Python's float <c>repr</c> does; for widths this class has no overload for.</summary>
    public static string FormatRoundTripText(string roundTrip, bool negative) => FormatShortest(roundTrip, negative);

    // Rebuilds .NET's shortest round-trip text ("1E+300", "1.5E-05", "123.25") in Python's repr layout:
    // fixed notation while the decimal point position is in (-4, 16], exponent notation otherwise.
    private static string FormatShortest(string roundTrip, bool negative)
    {
        string text = roundTrip.TrimStart('-');
        int exponent = 0;
        int e = text.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            exponent = int.Parse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text.Substring(0, e);
        }

        int dot = text.IndexOf('.');
        string integerPart = dot >= 0 ? text.Substring(0, dot) : text;
        string fraction = dot >= 0 ? text.Substring(dot + 1) : string.Empty;
        string digits = integerPart + fraction;
        int pointPosition = integerPart.Length + exponent;

        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits.Substring(leadingZeros);
        pointPosition -= leadingZeros;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return negative ? "-0.0" : "0.0";
        }

        var builder = new StringBuilder(digits.Length + 8);
        if (negative) builder.Append('-');
        if (pointPosition <= -4 || pointPosition > 16)
        {
            builder.Append(digits[0]);
            if (digits.Length > 1) builder.Append('.').Append(digits, 1, digits.Length - 1);
            int shown = pointPosition - 1;
            builder.Append('e').Append(shown < 0 ? '-' : '+');
            builder.Append(Math.Abs(shown).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (pointPosition <= 0)
        {
            builder.Append("0.").Append('0', -pointPosition).Append(digits);
        }
        else if (pointPosition < digits.Length)
        {
            builder.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
        }
        else
        {
            builder.Append(digits).Append('0', pointPosition - digits.Length).Append(".0");
        }
        return builder.ToString();
    }
}
