namespace Signatures.Conversion;

/// <summary>The outcome of converting one JSON (or CSV) value to a <see cref="ScalarKind"/>.</summary>
public enum ConversionStatus : byte
{
    /// <summary>Converted exactly.</summary>
    Ok,
    /// <summary>The value is of a kind the target never accepts (a string for a number, a number for a string, ...).</summary>
    WrongKind,
    /// <summary>A decimal literal (<c>1.5</c>, even <c>1.0</c>) for an integer target.</summary>
    DecimalToInteger,
    /// <summary><c>NaN</c> or an infinity for an integer target.</summary>
    NonFiniteToInteger,
    /// <summary>An integer literal outside the target's range (no wrapping).</summary>
    OutOfRange,
    /// <summary>An integer literal a floating-point target cannot hold exactly.</summary>
    InexactInteger,
    /// <summary>A number that overflows the floating-point target to infinity.</summary>
    Overflow,
    /// <summary>A string that is not padded standard base64.</summary>
    InvalidBase64,
    /// <summary>A string that is not an ISO-8601 date or date-time.</summary>
    DateTimeSyntax,
    /// <summary>An ISO-8601 text naming a date or time that does not exist (<c>2024-02-30</c>, <c>25:00</c>).</summary>
    DateTimeInvalid,
    /// <summary>An ISO-8601 text with non-zero fraction digits finer than 100 ns.</summary>
    DateTimeTooPrecise,
    /// <summary>CSV text that is not a number for a numeric target.</summary>
    NotANumber,
}
