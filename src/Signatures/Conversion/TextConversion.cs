using System.Buffers.Text;

namespace Signatures.Conversion;

/// <summary>
/// The conversion policy for text targets. Each takes the string's text as UTF-8 with escapes already resolved
/// (<see cref="JsonStringText.UnescapeToUtf8"/>): <c>binary</c>/<c>bytes</c> need padded standard base64 (spaces and
/// line breaks inside are ignored, as MLflow's own example files end base64 with a newline); <c>datetime</c> needs an
/// ISO-8601 date or date-time (<see cref="IsoDateTime"/>). Numbers, booleans and anything but a string are refused.
/// </summary>
public static class TextConversion
{
    /// <summary>Whether <paramref name="valueClass"/> can be a <c>string</c>/<c>str</c> value (only a JSON string can).</summary>
    public static ConversionStatus CheckString(JsonValueClass valueClass) =>
        valueClass == JsonValueClass.String ? ConversionStatus.Ok : ConversionStatus.WrongKind;

    /// <summary>Decodes padded standard base64 (whitespace ignored).</summary>
    public static ConversionStatus ToBinary(JsonValueClass valueClass, ReadOnlySpan<byte> utf8Text, out byte[] value)
    {
        value = [];
        if (valueClass != JsonValueClass.String) return ConversionStatus.WrongKind;
        if (!Base64.IsValid(utf8Text, out int length)) return ConversionStatus.InvalidBase64;
        if (length == 0) return ConversionStatus.Ok;
        value = new byte[length];
        Base64.DecodeFromUtf8(utf8Text, value, out _, out _);
        return ConversionStatus.Ok;
    }

    /// <summary>Whether <paramref name="utf8Text"/> is padded standard base64 (whitespace ignored), without decoding it.</summary>
    public static ConversionStatus CheckBinary(JsonValueClass valueClass, ReadOnlySpan<byte> utf8Text, out int decodedLength)
    {
        decodedLength = 0;
        if (valueClass != JsonValueClass.String) return ConversionStatus.WrongKind;
        return Base64.IsValid(utf8Text, out decodedLength) ? ConversionStatus.Ok : ConversionStatus.InvalidBase64;
    }

    /// <summary>Reads an ISO-8601 date or date-time; an offset is converted to UTC and dropped.</summary>
    public static ConversionStatus ToDateTime(JsonValueClass valueClass, ReadOnlySpan<byte> utf8Text, out DateTime value, out bool isDateOnly)
    {
        value = default;
        isDateOnly = false;
        if (valueClass != JsonValueClass.String) return ConversionStatus.WrongKind;
        IsoDateTime.TryParse(utf8Text, out value, out isDateOnly, out _, out ConversionStatus failure);
        return failure;
    }
}
