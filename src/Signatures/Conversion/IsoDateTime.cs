using System.Globalization;

namespace Signatures.Conversion;

/// <summary>
/// ISO-8601 dates and date-times as MLflow takes them (numpy <c>datetime64</c> parsing): <c>2024-02-29</c>,
/// <c>2024-02-29T10:20</c>, <c>2024-02-29 10:20:30.1234567</c>, with an optional <c>Z</c> or <c>+hh:mm</c>
/// offset that is converted to UTC and dropped. Allocation-free.
/// </summary>
public static class IsoDateTime
{
    /// <summary>Parses <paramref name="text"/>; fraction digits beyond the seventh (100 ns) must be zero.</summary>
    /// <param name="text">The text, without surrounding quotes.</param>
    /// <param name="value">The UTC (or naive) value.</param>
    /// <param name="isDateOnly">Whether the text was a date without a time part.</param>
    /// <param name="fractionDigits">How many fraction digits were written (0 when none).</param>
    /// <returns>Whether the text is a valid, existing date or date-time.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime value, out bool isDateOnly, out int fractionDigits) =>
        TryParse(text, out value, out isDateOnly, out fractionDigits, out _);

    /// <summary>Parses <paramref name="text"/> and says why it was refused.</summary>
    /// <param name="text">The text, without surrounding quotes.</param>
    /// <param name="value">The UTC (or naive) value.</param>
    /// <param name="isDateOnly">Whether the text was a date without a time part.</param>
    /// <param name="fractionDigits">How many fraction digits were written (0 when none).</param>
    /// <param name="failure"><see cref="ConversionStatus.Ok"/>, or <see cref="ConversionStatus.DateTimeSyntax"/> (not the
    /// ISO-8601 layout), <see cref="ConversionStatus.DateTimeInvalid"/> (a date or time that does not exist) or
    /// <see cref="ConversionStatus.DateTimeTooPrecise"/> (non-zero digits finer than 100 ns).</param>
    /// <returns>Whether the text is a valid, existing date or date-time.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime value, out bool isDateOnly, out int fractionDigits, out ConversionStatus failure)
    {
        value = default;
        isDateOnly = false;
        fractionDigits = 0;
        failure = ConversionStatus.DateTimeSyntax;
        if (text.Length < 10 || !TryDigits(text, 0, 4, out int year) || text[4] != '-' ||
            !TryDigits(text, 5, 2, out int month) || text[7] != '-' || !TryDigits(text, 8, 2, out int day))
        {
            return false;
        }
        bool validDate = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        if (text.Length == 10)
        {
            if (!validDate) return Refuse(ConversionStatus.DateTimeInvalid, out failure);
            value = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
            isDateOnly = true;
            failure = ConversionStatus.Ok;
            return true;
        }
        if ((text[10] != 'T' && text[10] != ' ') || text.Length < 16 ||
            !TryDigits(text, 11, 2, out int hour) || text[13] != ':' || !TryDigits(text, 14, 2, out int minute))
        {
            return false;
        }
        int second = 0;
        long fractionTicks = 0;
        bool tooPrecise = false;
        int i = 16;
        if (i < text.Length && text[i] == ':')
        {
            if (!TryDigits(text, i + 1, 2, out second)) return false;
            i += 3;
            if (i < text.Length && text[i] == '.')
            {
                i++;
                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    int digit = text[i] - '0';
                    int position = i - start;
                    if (position < 7)
                    {
                        fractionTicks = fractionTicks * 10 + digit;
                    }
                    else if (digit != 0)
                    {
                        tooPrecise = true; // finer than 100 ns and not zero: cannot be held without loss
                    }
                    i++;
                }
                fractionDigits = i - start;
                if (fractionDigits == 0) return false;
                for (int pad = Math.Min(fractionDigits, 7); pad < 7; pad++) fractionTicks *= 10;
            }
        }
        bool validTime = hour <= 23 && minute <= 59 && second <= 59;
        TimeSpan offset = TimeSpan.Zero;
        if (i < text.Length)
        {
            if (text[i] == 'Z' && i + 1 == text.Length)
            {
                i++;
            }
            else if ((text[i] == '+' || text[i] == '-') && i + 6 == text.Length &&
                     TryDigits(text, i + 1, 2, out int offHours) && text[i + 3] == ':' && TryDigits(text, i + 4, 2, out int offMinutes) &&
                     offHours <= 23 && offMinutes <= 59)
            {
                offset = new TimeSpan(offHours, offMinutes, 0);
                if (text[i] == '-') offset = -offset;
                i += 6;
            }
            else
            {
                return false;
            }
        }
        if (!validDate || !validTime) return Refuse(ConversionStatus.DateTimeInvalid, out failure);
        if (tooPrecise) return Refuse(ConversionStatus.DateTimeTooPrecise, out failure);
        long ticks = new DateTime(year, month, day, hour, minute, second).Ticks + fractionTicks - offset.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks) return Refuse(ConversionStatus.DateTimeInvalid, out failure);
        value = new DateTime(ticks, DateTimeKind.Unspecified);
        failure = ConversionStatus.Ok;
        return true;
    }

    /// <summary>Parses ISO-8601 text given as UTF-8 (see <see cref="TryParse(ReadOnlySpan{char}, out DateTime, out bool, out int, out ConversionStatus)"/>).
    /// Texts longer than 64 bytes or with non-ASCII bytes are refused as <see cref="ConversionStatus.DateTimeSyntax"/>.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out DateTime value, out bool isDateOnly, out int fractionDigits, out ConversionStatus failure)
    {
        const int MaxLength = 64; // far longer than any valid text short of absurd runs of zero fraction digits
        if (utf8Text.Length > MaxLength || !System.Text.Ascii.IsValid(utf8Text))
        {
            value = default;
            isDateOnly = false;
            fractionDigits = 0;
            failure = ConversionStatus.DateTimeSyntax;
            return false;
        }
        Span<char> chars = stackalloc char[MaxLength];
        for (int i = 0; i < utf8Text.Length; i++) chars[i] = (char)utf8Text[i];
        return TryParse(chars[..utf8Text.Length], out value, out isDateOnly, out fractionDigits, out failure);
    }

    private static bool Refuse(ConversionStatus reason, out ConversionStatus failure)
    {
        failure = reason;
        return false;
    }

    /// <summary>Python's <c>isoformat()</c>: <c>2024-02-29</c> for a date, <c>2024-02-29T10:20:30[.ffffff]</c> for a date-time.</summary>
    public static string ToPythonIsoFormat(DateTime value, bool isDateOnly)
    {
        if (isDateOnly) return value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string text = value.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        long microseconds = (value.Ticks % TimeSpan.TicksPerSecond) / 10;
        return microseconds == 0 ? text : text + "." + microseconds.ToString("000000", CultureInfo.InvariantCulture);
    }

    /// <summary>The normalized-request form: <c>yyyy-MM-ddTHH:mm:ss</c> plus <c>.fffffff</c> trimmed of trailing zeros when non-zero.</summary>
    public static string ToNormalizedFormat(DateTime value)
    {
        string text = value.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        long fraction = value.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? text : text + "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length) return false;
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
