using System.Buffers.Text;
using System.Globalization;
using System.Numerics;

namespace Signatures.Conversion;

/// <summary>
/// The conversion policy for booleans and numbers: a JSON token (its <see cref="JsonValueClass"/> and, for numbers,
/// its UTF-8 text exactly as written) becomes a typed value only when nothing is lost. Integer targets take integer
/// literals inside their range (no wrapping, no decimal literals, not even <c>1.0</c>); floating-point targets take
/// decimal literals rounded to their width (but never to infinity) and integer literals they hold exactly; booleans
/// are never numbers and numbers never booleans. Every method is allocation-free, except that an integer literal longer
/// than 20 digits for a floating-point target is checked with a <see cref="BigInteger"/>.
/// </summary>
public static class NumberConversion
{
    /// <summary>A boolean from <c>true</c>/<c>false</c> only.</summary>
    public static ConversionStatus ToBoolean(JsonValueClass valueClass, out bool value)
    {
        value = valueClass == JsonValueClass.True;
        return valueClass is JsonValueClass.True or JsonValueClass.False ? ConversionStatus.Ok : ConversionStatus.WrongKind;
    }

    /// <summary>An <see cref="sbyte"/> (<c>int8</c>) from an integer literal in range.</summary>
    public static ConversionStatus ToInt8(JsonValueClass valueClass, ReadOnlySpan<byte> text, out sbyte value)
    {
        ConversionStatus status = ToSigned(valueClass, text, sbyte.MinValue, sbyte.MaxValue, out long wide);
        value = (sbyte)wide;
        return status;
    }

    /// <summary>A <see cref="short"/> (<c>int16</c>) from an integer literal in range.</summary>
    public static ConversionStatus ToInt16(JsonValueClass valueClass, ReadOnlySpan<byte> text, out short value)
    {
        ConversionStatus status = ToSigned(valueClass, text, short.MinValue, short.MaxValue, out long wide);
        value = (short)wide;
        return status;
    }

    /// <summary>An <see cref="int"/> (<c>integer</c>, <c>int32</c>) from an integer literal in range.</summary>
    public static ConversionStatus ToInt32(JsonValueClass valueClass, ReadOnlySpan<byte> text, out int value)
    {
        ConversionStatus status = ToSigned(valueClass, text, int.MinValue, int.MaxValue, out long wide);
        value = (int)wide;
        return status;
    }

    /// <summary>A <see cref="long"/> (<c>long</c>, <c>int64</c>) from an integer literal in range.</summary>
    public static ConversionStatus ToInt64(JsonValueClass valueClass, ReadOnlySpan<byte> text, out long value) =>
        ToSigned(valueClass, text, long.MinValue, long.MaxValue, out value);

    /// <summary>A <see cref="byte"/> (<c>uint8</c>) from an integer literal in range.</summary>
    public static ConversionStatus ToUInt8(JsonValueClass valueClass, ReadOnlySpan<byte> text, out byte value)
    {
        ConversionStatus status = ToUnsigned(valueClass, text, byte.MaxValue, out ulong wide);
        value = (byte)wide;
        return status;
    }

    /// <summary>A <see cref="ushort"/> (<c>uint16</c>) from an integer literal in range.</summary>
    public static ConversionStatus ToUInt16(JsonValueClass valueClass, ReadOnlySpan<byte> text, out ushort value)
    {
        ConversionStatus status = ToUnsigned(valueClass, text, ushort.MaxValue, out ulong wide);
        value = (ushort)wide;
        return status;
    }

    /// <summary>A <see cref="uint"/> (<c>uint32</c>) from an integer literal in range.</summary>
    public static ConversionStatus ToUInt32(JsonValueClass valueClass, ReadOnlySpan<byte> text, out uint value)
    {
        ConversionStatus status = ToUnsigned(valueClass, text, uint.MaxValue, out ulong wide);
        value = (uint)wide;
        return status;
    }

    /// <summary>A <see cref="ulong"/> (<c>uint64</c>) from an integer literal in range.</summary>
    public static ConversionStatus ToUInt64(JsonValueClass valueClass, ReadOnlySpan<byte> text, out ulong value) =>
        ToUnsigned(valueClass, text, ulong.MaxValue, out value);

    /// <summary>A <see cref="double"/> (<c>double</c>, <c>float64</c>): a decimal literal rounded to nearest unless it
    /// overflows, an integer literal only if exactly representable, or a non-finite token.</summary>
    public static ConversionStatus ToDouble(JsonValueClass valueClass, ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        switch (valueClass)
        {
            case JsonValueClass.NaN: value = double.NaN; return ConversionStatus.Ok;
            case JsonValueClass.PositiveInfinity: value = double.PositiveInfinity; return ConversionStatus.Ok;
            case JsonValueClass.NegativeInfinity: value = double.NegativeInfinity; return ConversionStatus.Ok;
            case JsonValueClass.DecimalLiteral:
                value = ParseDouble(text);
                return double.IsInfinity(value) ? ConversionStatus.Overflow : ConversionStatus.Ok;
            case JsonValueClass.IntegerLiteral:
                if (JsonNumberText.TryParseIntegerLiteral(text, out bool negative, out ulong magnitude))
                {
                    double d = magnitude;
                    // d is magnitude rounded; it is exact when converting back gives the same integer (2^64 never is).
                    bool exact = d < 18446744073709551616.0 && (ulong)d == magnitude;
                    value = negative ? -d : d;
                    return exact ? ConversionStatus.Ok : ConversionStatus.InexactInteger;
                }
                value = ParseDouble(text);
                if (double.IsInfinity(value)) return ConversionStatus.Overflow;
                return IsExactInteger(value, text) ? ConversionStatus.Ok : ConversionStatus.InexactInteger;
            default:
                return ConversionStatus.WrongKind;
        }
    }

    /// <summary>A <see cref="float"/> (<c>float</c>, <c>float32</c>): a decimal literal rounded to float32 unless it
    /// overflows, an integer literal only if float32 holds it exactly (every integer up to 2^24), or a non-finite token.</summary>
    public static ConversionStatus ToSingle(JsonValueClass valueClass, ReadOnlySpan<byte> text, out float value)
    {
        value = 0;
        switch (valueClass)
        {
            case JsonValueClass.NaN: value = float.NaN; return ConversionStatus.Ok;
            case JsonValueClass.PositiveInfinity: value = float.PositiveInfinity; return ConversionStatus.Ok;
            case JsonValueClass.NegativeInfinity: value = float.NegativeInfinity; return ConversionStatus.Ok;
            case JsonValueClass.DecimalLiteral:
                value = ParseSingle(text);
                return float.IsInfinity(value) ? ConversionStatus.Overflow : ConversionStatus.Ok;
            case JsonValueClass.IntegerLiteral:
                if (JsonNumberText.TryParseIntegerLiteral(text, out bool negative, out ulong magnitude))
                {
                    float f = magnitude;
                    bool exact = f < 18446744073709551616.0f && (ulong)f == magnitude;
                    value = negative ? -f : f;
                    return exact ? ConversionStatus.Ok : ConversionStatus.InexactInteger;
                }
                value = ParseSingle(text);
                if (float.IsInfinity(value)) return ConversionStatus.Overflow;
                return IsExactInteger(value, text) ? ConversionStatus.Ok : ConversionStatus.InexactInteger;
            default:
                return ConversionStatus.WrongKind;
        }
    }

    /// <summary>A <see cref="Half"/> (<c>float16</c>): a decimal literal rounded to float16 unless it overflows (beyond
    /// 65504), an integer literal only if float16 holds it exactly (every integer up to 2^11), or a non-finite token.</summary>
    public static ConversionStatus ToHalf(JsonValueClass valueClass, ReadOnlySpan<byte> text, out Half value)
    {
        value = default;
        switch (valueClass)
        {
            case JsonValueClass.NaN: value = Half.NaN; return ConversionStatus.Ok;
            case JsonValueClass.PositiveInfinity: value = Half.PositiveInfinity; return ConversionStatus.Ok;
            case JsonValueClass.NegativeInfinity: value = Half.NegativeInfinity; return ConversionStatus.Ok;
            case JsonValueClass.DecimalLiteral:
                Half.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
                return Half.IsInfinity(value) ? ConversionStatus.Overflow : ConversionStatus.Ok;
            case JsonValueClass.IntegerLiteral:
                Half.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
                if (Half.IsInfinity(value)) return ConversionStatus.Overflow;
                // Every finite float16 is below 2^16, so an exact literal has at most 5 digits and fits a ulong.
                bool exact = JsonNumberText.TryParseIntegerLiteral(text, out _, out ulong magnitude) &&
                             (ulong)Math.Abs((double)value) == magnitude && Math.Abs((double)value) == magnitude;
                return exact ? ConversionStatus.Ok : ConversionStatus.InexactInteger;
            default:
                return ConversionStatus.WrongKind;
        }
    }

    private static ConversionStatus ToSigned(JsonValueClass valueClass, ReadOnlySpan<byte> text, long min, long max, out long value)
    {
        value = 0;
        ConversionStatus status = IntegerStatus(valueClass);
        if (status != ConversionStatus.Ok) return status;
        if (!JsonNumberText.TryParseIntegerLiteral(text, out bool negative, out ulong magnitude)) return ConversionStatus.OutOfRange;
        if (negative)
        {
            if (magnitude > (ulong)-(min + 1) + 1) return ConversionStatus.OutOfRange;
            value = (long)(0 - magnitude);
        }
        else
        {
            if (magnitude > (ulong)max) return ConversionStatus.OutOfRange;
            value = (long)magnitude;
        }
        return ConversionStatus.Ok;
    }

    private static ConversionStatus ToUnsigned(JsonValueClass valueClass, ReadOnlySpan<byte> text, ulong max, out ulong value)
    {
        value = 0;
        ConversionStatus status = IntegerStatus(valueClass);
        if (status != ConversionStatus.Ok) return status;
        if (!JsonNumberText.TryParseIntegerLiteral(text, out bool negative, out ulong magnitude)) return ConversionStatus.OutOfRange;
        if (negative && magnitude != 0) return ConversionStatus.OutOfRange;
        if (magnitude > max) return ConversionStatus.OutOfRange;
        value = magnitude;
        return ConversionStatus.Ok;
    }

    private static ConversionStatus IntegerStatus(JsonValueClass valueClass) => valueClass switch
    {
        JsonValueClass.IntegerLiteral => ConversionStatus.Ok,
        JsonValueClass.DecimalLiteral => ConversionStatus.DecimalToInteger,
        JsonValueClass.NaN or JsonValueClass.PositiveInfinity or JsonValueClass.NegativeInfinity => ConversionStatus.NonFiniteToInteger,
        _ => ConversionStatus.WrongKind,
    };

    // Utf8Parser (what Utf8JsonReader uses) rounds correctly like double.Parse and is about twice as fast; the
    // culture-aware parser is the fallback for anything it does not consume whole.
    private static double ParseDouble(ReadOnlySpan<byte> text)
    {
        if (TryParseShortDecimal(text, out double value)) return value;
        if (Utf8Parser.TryParse(text, out value, out int consumed) && consumed == text.Length) return value;
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        return value;
    }

    private static readonly double[] ExactPowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    // Clinger's fast path: a decimal of at most 15 significant digits is an exact double, and so is 10^k for
    // k <= 22, so one multiplication or division rounds the exact value correctly. Typical model inputs
    // ("0.5", "3.14159", "-12.75") take this path; anything else goes to the full parser.
    private static bool TryParseShortDecimal(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = text.Length > 0 && text[0] == '-';
        if (negative) i++;
        ulong mantissa = 0;
        int digits = 0;
        int scale = 0;
        bool fraction = false;
        for (; i < text.Length; i++)
        {
            byte b = text[i];
            if (b == '.')
            {
                fraction = true;
                continue;
            }
            if ((uint)(b - '0') > 9) break;
            if (mantissa != 0 || b != '0') digits++;
            if (digits > 15) return false;
            mantissa = mantissa * 10 + (uint)(b - '0');
            if (fraction) scale--;
        }
        if (i < text.Length)
        {
            // An exponent: e[+-]digits (the syntax was checked by the reader).
            i++;
            bool negativeExponent = text[i] == '-';
            if (text[i] is (byte)'-' or (byte)'+') i++;
            int exponent = 0;
            for (; i < text.Length; i++)
            {
                if (exponent > 1000) return false;
                exponent = exponent * 10 + (text[i] - '0');
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (scale < -22 || scale > 22) return false;
        double result = mantissa;
        result = scale < 0 ? result / ExactPowersOfTen[-scale] : result * ExactPowersOfTen[scale];
        value = negative ? -result : result;
        return true;
    }

    private static float ParseSingle(ReadOnlySpan<byte> text)
    {
        if (Utf8Parser.TryParse(text, out float value, out int consumed) && consumed == text.Length) return value;
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        return value;
    }

    // Only for integer literals beyond 20 digits: compares the exact integer value of the rounded number with the literal.
    private static bool IsExactInteger(double rounded, ReadOnlySpan<byte> text) =>
        new BigInteger(rounded) == BigInteger.Parse(System.Text.Encoding.ASCII.GetString(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
