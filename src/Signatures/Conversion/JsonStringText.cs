using System.Buffers;
using System.Text;

namespace Signatures.Conversion;

/// <summary>
/// Decoding of the inside of a JSON string literal (the bytes between the quotes, escapes still in place) given as
/// UTF-8. The literal is assumed to be well-formed (the reader checked it); a <c>\u</c> escape of a lone surrogate is
/// kept as that UTF-16 code unit, as Python keeps it.
/// </summary>
public static class JsonStringText
{
    private const int StackLimit = 256;

    /// <summary>The string a literal denotes.</summary>
    /// <param name="raw">The literal's bytes between the quotes.</param>
    /// <param name="hasEscapes">Whether <paramref name="raw"/> contains a backslash; when not, it is decoded as plain UTF-8.</param>
    public static string Decode(ReadOnlySpan<byte> raw, bool hasEscapes)
    {
        if (!hasEscapes) return Encoding.UTF8.GetString(raw);
        char[]? rented = null;
        Span<char> buffer = raw.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            int length = Unescape(raw, buffer);
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Whether the literal denotes exactly <paramref name="expected"/>, without allocating when it has no escapes.</summary>
    public static bool ValueEquals(ReadOnlySpan<byte> raw, bool hasEscapes, ReadOnlySpan<byte> expectedUtf8, string expected)
    {
        if (!hasEscapes) return raw.SequenceEqual(expectedUtf8);
        return string.Equals(Decode(raw, hasEscapes: true), expected, StringComparison.Ordinal);
    }

    /// <summary>Writes the denoted text as UTF-8 into <paramref name="destination"/>, which must be at least as long as
    /// <paramref name="raw"/> (unescaping never grows the text). A lone surrogate becomes U+FFFD.</summary>
    /// <returns>The number of bytes written.</returns>
    public static int UnescapeToUtf8(ReadOnlySpan<byte> raw, Span<byte> destination)
    {
        int written = 0;
        int i = 0;
        while (i < raw.Length)
        {
            int backslash = raw[i..].IndexOf((byte)'\\');
            if (backslash < 0)
            {
                raw[i..].CopyTo(destination[written..]);
                return written + raw.Length - i;
            }
            raw.Slice(i, backslash).CopyTo(destination[written..]);
            written += backslash;
            i += backslash;
            int consumed = ReadEscape(raw, i, out int codePoint);
            i += consumed;
            if (codePoint is >= 0xD800 and <= 0xDFFF) codePoint = 0xFFFD;
            written += new Rune(codePoint).EncodeToUtf8(destination[written..]);
        }
        return written;
    }

    // Unescapes into UTF-16; buffer must hold raw.Length chars (UTF-8 never decodes to more chars than bytes).
    private static int Unescape(ReadOnlySpan<byte> raw, Span<char> buffer)
    {
        int written = 0;
        int i = 0;
        while (i < raw.Length)
        {
            int backslash = raw[i..].IndexOf((byte)'\\');
            int plain = backslash < 0 ? raw.Length - i : backslash;
            if (plain > 0)
            {
                written += Encoding.UTF8.GetChars(raw.Slice(i, plain), buffer[written..]);
                i += plain;
            }
            if (backslash < 0) break;
            int consumed = ReadEscape(raw, i, out int codePoint);
            i += consumed;
            if (codePoint > 0xFFFF)
            {
                written += new Rune(codePoint).EncodeToUtf16(buffer[written..]);
            }
            else
            {
                buffer[written++] = (char)codePoint;
            }
        }
        return written;
    }

    // Reads the escape at raw[start] (a backslash). A \uD8xx\uDCxx pair becomes one code point; a lone surrogate stays.
    private static int ReadEscape(ReadOnlySpan<byte> raw, int start, out int codePoint)
    {
        byte kind = raw[start + 1];
        switch (kind)
        {
            case (byte)'n': codePoint = '\n'; return 2;
            case (byte)'t': codePoint = '\t'; return 2;
            case (byte)'r': codePoint = '\r'; return 2;
            case (byte)'b': codePoint = '\b'; return 2;
            case (byte)'f': codePoint = '\f'; return 2;
            case (byte)'u':
                codePoint = Hex4(raw.Slice(start + 2, 4));
                if (codePoint is >= 0xD800 and <= 0xDBFF && start + 12 <= raw.Length &&
                    raw[start + 6] == '\\' && raw[start + 7] == 'u')
                {
                    int low = Hex4(raw.Slice(start + 8, 4));
                    if (low is >= 0xDC00 and <= 0xDFFF)
                    {
                        codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
                        return 12;
                    }
                }
                return 6;
            default: codePoint = kind; return 2; // '"', '\\', '/'
        }
    }

    private static int Hex4(ReadOnlySpan<byte> hex)
    {
        int value = 0;
        foreach (byte b in hex)
        {
            int digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                _ => b - 'A' + 10,
            };
            value = (value << 4) | digit;
        }
        return value;
    }
}
