namespace Signatures.Conversion;

/// <summary>
/// What a JSON value is, as far as the conversion rules care: a number token is an integer literal
/// (<c>42</c>, <c>-7</c>) or a decimal literal (<c>1.0</c>, <c>1e2</c>), and the non-standard tokens
/// <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> that Python writes are classes of their own.
/// </summary>
public enum JsonValueClass : byte
{
    /// <summary><c>null</c>.</summary>
    Null,
    /// <summary><c>true</c>.</summary>
    True,
    /// <summary><c>false</c>.</summary>
    False,
    /// <summary>A number written with no fraction and no exponent.</summary>
    IntegerLiteral,
    /// <summary>A number written with a fraction or an exponent.</summary>
    DecimalLiteral,
    /// <summary>The bare token <c>NaN</c>.</summary>
    NaN,
    /// <summary>The bare token <c>Infinity</c>.</summary>
    PositiveInfinity,
    /// <summary>The bare token <c>-Infinity</c>.</summary>
    NegativeInfinity,
    /// <summary>A string.</summary>
    String,
    /// <summary>An array.</summary>
    Array,
    /// <summary>An object.</summary>
    Object,
}

/// <summary>Helpers on <see cref="JsonValueClass"/>.</summary>
public static class JsonValueClasses
{
    /// <summary>Whether the class is a number token (literal or one of the non-finite tokens).</summary>
    public static bool IsNumber(this JsonValueClass valueClass) =>
        valueClass is >= JsonValueClass.IntegerLiteral and <= JsonValueClass.NegativeInfinity;

    /// <summary>Whether the class is one of <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>.</summary>
    public static bool IsNonFinite(this JsonValueClass valueClass) =>
        valueClass is >= JsonValueClass.NaN and <= JsonValueClass.NegativeInfinity;
}
