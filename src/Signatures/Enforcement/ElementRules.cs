using System.Buffers;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>One conversion rule of the policy as a type, so builders specialise on it without virtual calls or boxing.
/// <c>raw</c> is a number's token, a string's bytes between the quotes (escapes in place when
/// <c>hasEscapes</c>), or a CSV cell's text.</summary>
internal interface IElementRule<T>
{
    static abstract ScalarKind Kind { get; }

    static abstract ConversionStatus Convert(JsonValueClass valueClass, ReadOnlySpan<byte> raw, bool hasEscapes, out T value);
}

internal readonly struct BooleanRule : IElementRule<bool>
{
    public static ScalarKind Kind => ScalarKind.Boolean;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out bool v) => NumberConversion.ToBoolean(c, out v);
}

internal readonly struct Int8Rule : IElementRule<sbyte>
{
    public static ScalarKind Kind => ScalarKind.Int8;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out sbyte v) => NumberConversion.ToInt8(c, raw, out v);
}

internal readonly struct Int16Rule : IElementRule<short>
{
    public static ScalarKind Kind => ScalarKind.Int16;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out short v) => NumberConversion.ToInt16(c, raw, out v);
}

internal readonly struct Int32Rule : IElementRule<int>
{
    public static ScalarKind Kind => ScalarKind.Int32;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out int v) => NumberConversion.ToInt32(c, raw, out v);
}

internal readonly struct Int64Rule : IElementRule<long>
{
    public static ScalarKind Kind => ScalarKind.Int64;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out long v) => NumberConversion.ToInt64(c, raw, out v);
}

internal readonly struct UInt8Rule : IElementRule<byte>
{
    public static ScalarKind Kind => ScalarKind.UInt8;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out byte v) => NumberConversion.ToUInt8(c, raw, out v);
}

internal readonly struct UInt16Rule : IElementRule<ushort>
{
    public static ScalarKind Kind => ScalarKind.UInt16;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out ushort v) => NumberConversion.ToUInt16(c, raw, out v);
}

internal readonly struct UInt32Rule : IElementRule<uint>
{
    public static ScalarKind Kind => ScalarKind.UInt32;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out uint v) => NumberConversion.ToUInt32(c, raw, out v);
}

internal readonly struct UInt64Rule : IElementRule<ulong>
{
    public static ScalarKind Kind => ScalarKind.UInt64;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out ulong v) => NumberConversion.ToUInt64(c, raw, out v);
}

internal readonly struct HalfRule : IElementRule<Half>
{
    public static ScalarKind Kind => ScalarKind.Float16;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out Half v) => NumberConversion.ToHalf(c, raw, out v);
}

internal readonly struct SingleRule : IElementRule<float>
{
    public static ScalarKind Kind => ScalarKind.Float32;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out float v) => NumberConversion.ToSingle(c, raw, out v);
}

internal readonly struct DoubleRule : IElementRule<double>
{
    public static ScalarKind Kind => ScalarKind.Float64;
    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out double v) => NumberConversion.ToDouble(c, raw, out v);
}

internal readonly struct StringRule : IElementRule<string>
{
    public static ScalarKind Kind => ScalarKind.String;

    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out string v)
    {
        if (c != JsonValueClass.String)
        {
            v = string.Empty;
            return ConversionStatus.WrongKind;
        }
        v = JsonStringText.Decode(raw, e);
        return ConversionStatus.Ok;
    }
}

internal readonly struct BinaryRule : IElementRule<byte[]>
{
    public static ScalarKind Kind => ScalarKind.Binary;

    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out byte[] v)
    {
        if (!e) return TextConversion.ToBinary(c, raw, out v);
        byte[]? rented = null;
        Span<byte> buffer = raw.Length <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(raw.Length));
        try
        {
            int length = JsonStringText.UnescapeToUtf8(raw, buffer);
            return TextConversion.ToBinary(c, buffer[..length], out v);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

internal readonly struct DateTimeRule : IElementRule<DateTime>
{
    public static ScalarKind Kind => ScalarKind.DateTime;

    public static ConversionStatus Convert(JsonValueClass c, ReadOnlySpan<byte> raw, bool e, out DateTime v)
    {
        if (!e) return TextConversion.ToDateTime(c, raw, out v, out _);
        if (raw.Length > 256)
        {
            v = default;
            return c == JsonValueClass.String ? ConversionStatus.DateTimeSyntax : ConversionStatus.WrongKind;
        }
        Span<byte> buffer = stackalloc byte[256];
        int length = JsonStringText.UnescapeToUtf8(raw, buffer);
        return TextConversion.ToDateTime(c, buffer[..length], out v, out _);
    }
}
