using System.Text;

namespace Signatures.Conversion;

/// <summary>
/// The wording of conversion errors: what was expected, what arrived and why it was refused, e.g.
/// <c>expected integer, got 1.5 (a decimal literal cannot become an integer without loss)</c>. Callers put the
/// location in front (<c>Column 'x', row 0: </c>).
/// </summary>
public static class ConversionMessages
{
    /// <summary>How much of an offending value a message quotes before cutting it short.</summary>
    public const int MaxQuotedLength = 60;

    /// <summary>Describes a refused value.</summary>
    /// <param name="kind">The target kind.</param>
    /// <param name="typeName">The target's name as the signature spells it (<c>integer</c>, <c>int32</c>, ...).</param>
    /// <param name="status">Why the value was refused.</param>
    /// <param name="valueClass">What arrived.</param>
    /// <param name="rawText">The value as written: a number's token, a string's bytes between the quotes, an
    /// array's or object's JSON text (empty for <c>true</c>/<c>false</c>/<c>null</c>).</param>
    public static string Describe(ScalarKind kind, string typeName, ConversionStatus status, JsonValueClass valueClass, ReadOnlySpan<byte> rawText)
    {
        var builder = new StringBuilder(96);
        builder.Append(Expected(kind, typeName)).Append(", got ");
        bool numericTarget = kind.IsInteger() || kind.IsFloatingPoint();
        switch (valueClass)
        {
            case JsonValueClass.Null:
                builder.Append("null");
                break;
            case JsonValueClass.True or JsonValueClass.False:
                string literal = valueClass == JsonValueClass.True ? "true" : "false";
                builder.Append(numericTarget ? literal + " (a boolean is not a number)" : "a boolean " + literal);
                break;
            case JsonValueClass.IntegerLiteral or JsonValueClass.DecimalLiteral:
                if (!numericTarget && kind != ScalarKind.Boolean)
                {
                    builder.Append(valueClass == JsonValueClass.IntegerLiteral ? "an integer literal " : "a decimal literal ");
                }
                AppendQuoted(builder, rawText);
                break;
            case JsonValueClass.NaN: builder.Append("NaN"); break;
            case JsonValueClass.PositiveInfinity: builder.Append("Infinity"); break;
            case JsonValueClass.NegativeInfinity: builder.Append("-Infinity"); break;
            case JsonValueClass.String:
                if (status == ConversionStatus.WrongKind) builder.Append("a string ");
                builder.Append('"');
                AppendQuoted(builder, rawText);
                builder.Append('"');
                break;
            case JsonValueClass.Array:
                builder.Append("an array ");
                AppendQuoted(builder, rawText);
                break;
            case JsonValueClass.Object:
                builder.Append("an object ");
                AppendQuoted(builder, rawText);
                break;
        }
        string? reason = Reason(kind, status, valueClass);
        if (reason is not null) builder.Append(" (").Append(reason).Append(')');
        return builder.ToString();
    }

    /// <summary>The "expected ..." part: the type name plus, where it helps, the accepted form.</summary>
    public static string Expected(ScalarKind kind, string typeName) => kind switch
    {
        ScalarKind.Boolean => $"expected {typeName} (true/false)",
        ScalarKind.Binary => $"expected {typeName} (a padded standard base64 string)",
        ScalarKind.DateTime => $"expected {typeName} (an ISO-8601 date or date-time string)",
        _ => "expected " + typeName,
    };

    /// <summary>A short description of a JSON value for messages about structure: <c>an array [1, 2]</c>, <c>a string "x"</c>.</summary>
    public static string DescribeValue(JsonValueClass valueClass, ReadOnlySpan<byte> rawText)
    {
        var builder = new StringBuilder();
        switch (valueClass)
        {
            case JsonValueClass.Null: return "null";
            case JsonValueClass.True: return "true";
            case JsonValueClass.False: return "false";
            case JsonValueClass.NaN: return "NaN";
            case JsonValueClass.PositiveInfinity: return "Infinity";
            case JsonValueClass.NegativeInfinity: return "-Infinity";
            case JsonValueClass.IntegerLiteral: builder.Append("an integer literal "); break;
            case JsonValueClass.DecimalLiteral: builder.Append("a decimal literal "); break;
            case JsonValueClass.String:
                builder.Append("a string \"");
                AppendQuoted(builder, rawText);
                return builder.Append('"').ToString();
            case JsonValueClass.Array: builder.Append("an array "); break;
            case JsonValueClass.Object: builder.Append("an object "); break;
        }
        AppendQuoted(builder, rawText);
        return builder.ToString();
    }

    /// <summary>Names the kind of a JSON value: <c>an array</c>, <c>a string</c>, <c>an integer literal</c>, ...</summary>
    public static string KindName(JsonValueClass valueClass) => valueClass switch
    {
        JsonValueClass.Null => "null",
        JsonValueClass.True or JsonValueClass.False => "a boolean",
        JsonValueClass.IntegerLiteral => "an integer literal",
        JsonValueClass.DecimalLiteral => "a decimal literal",
        JsonValueClass.NaN or JsonValueClass.PositiveInfinity or JsonValueClass.NegativeInfinity => "a non-finite number",
        JsonValueClass.String => "a string",
        JsonValueClass.Array => "an array",
        _ => "an object",
    };

    private static string? Reason(ScalarKind kind, ConversionStatus status, JsonValueClass valueClass) => status switch
    {
        ConversionStatus.DecimalToInteger => "a decimal literal cannot become an integer without loss",
        ConversionStatus.NonFiniteToInteger => "NaN and infinities have no integer value",
        ConversionStatus.OutOfRange => "out of range " + kind.RangeText(),
        ConversionStatus.InexactInteger => "not exactly representable as " + FloatName(kind) + "; send a decimal literal to accept rounding",
        ConversionStatus.Overflow => "overflows " + FloatName(kind) + " to infinity",
        ConversionStatus.InvalidBase64 => "not padded standard base64",
        ConversionStatus.DateTimeSyntax => "not an ISO-8601 date (yyyy-MM-dd) or date-time",
        ConversionStatus.DateTimeInvalid => "not a valid calendar date/time",
        ConversionStatus.DateTimeTooPrecise => "fraction digits finer than 100 ns are not zero",
        ConversionStatus.NotANumber => "not a number",
        ConversionStatus.WrongKind when kind == ScalarKind.DateTime && valueClass.IsNumber() => "numbers are not datetimes",
        _ => null,
    };

    private static string FloatName(ScalarKind kind) => kind switch
    {
        ScalarKind.Float16 => "float16",
        ScalarKind.Float32 => "float32",
        _ => "float64",
    };

    private static void AppendQuoted(StringBuilder builder, ReadOnlySpan<byte> rawText)
    {
        // Decode only a bounded prefix: the value may be megabytes long.
        int take = Math.Min(rawText.Length, MaxQuotedLength * 4 + 4);
        string text = Encoding.UTF8.GetString(rawText[..take]);
        if (take < rawText.Length) text += "...";
        if (text.Length > MaxQuotedLength)
        {
            builder.Append(text.AsSpan(0, MaxQuotedLength)).Append("...");
            return;
        }
        builder.Append(text);
    }
}
