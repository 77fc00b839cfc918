namespace Signatures.Conversion;

/// <summary>
/// The syntax of a JSON number token in UTF-8 (RFC 8259: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>)
/// and of Python's non-finite tokens <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>. Allocation-free.
/// </summary>
public static class JsonNumberText
{
    /// <summary>Classifies a complete number token.</summary>
    /// <param name="text">The token's bytes and nothing else.</param>
    /// <param name="valueClass"><see cref="JsonValueClass.IntegerLiteral"/>, <see cref="JsonValueClass.DecimalLiteral"/>
    /// or one of the non-finite classes.</param>
    /// <returns>Whether <paramref name="text"/> is exactly one number token.</returns>
    public static bool TryClassify(ReadOnlySpan<byte> text, out JsonValueClass valueClass)
    {
        int length = ScanNumber(text, out valueClass);
        if (length == text.Length && length > 0) return true;
        if (text.SequenceEqual("NaN"u8)) { valueClass = JsonValueClass.NaN; return true; }
        if (text.SequenceEqual("Infinity"u8)) { valueClass = JsonValueClass.PositiveInfinity; return true; }
        if (text.SequenceEqual("-Infinity"u8)) { valueClass = JsonValueClass.NegativeInfinity; return true; }
        valueClass = default;
        return false;
    }

    /// <summary>Scans the longest valid JSON number (no non-finite tokens) at the start of <paramref name="text"/>.</summary>
    /// <returns>Its length, or 0 when <paramref name="text"/> does not start with a valid number; a number that is cut
    /// short (<c>1.</c>, <c>-</c>, <c>1e</c>) also gives 0.</returns>
    public static int ScanNumber(ReadOnlySpan<byte> text, out JsonValueClass valueClass)
    {
        valueClass = JsonValueClass.IntegerLiteral;
        int i = 0;
        if (i < text.Length && text[i] == '-') i++;
        if (i >= text.Length) return 0;
        if (text[i] == '0')
        {
            i++;
        }
        else if (text[i] is >= (byte)'1' and <= (byte)'9')
        {
            i++;
            while (i < text.Length && IsDigit(text[i])) i++;
        }
        else
        {
            return 0;
        }
        if (i < text.Length && text[i] == '.')
        {
            i++;
            int start = i;
            while (i < text.Length && IsDigit(text[i])) i++;
            if (i == start) return 0;
            valueClass = JsonValueClass.DecimalLiteral;
        }
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-')) i++;
            int start = i;
            while (i < text.Length && IsDigit(text[i])) i++;
            if (i == start) return 0;
            valueClass = JsonValueClass.DecimalLiteral;
        }
        return i;
    }

    /// <summary>Reads a valid integer literal as a sign and a magnitude.</summary>
    /// <returns><see langword="false"/> when the magnitude exceeds <see cref="ulong.MaxValue"/>.</returns>
    public static bool TryParseIntegerLiteral(ReadOnlySpan<byte> text, out bool negative, out ulong magnitude)
    {
        negative = text.Length > 0 && text[0] == '-';
        magnitude = 0;
        for (int i = negative ? 1 : 0; i < text.Length; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (magnitude > (ulong.MaxValue - digit) / 10) return false;
            magnitude = magnitude * 10 + digit;
        }
        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
