using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Signatures.Writing;

/// <summary>
/// Writes CLR values as the JSON the request enforcer accepts for their MLflow type (spec/conversion-policy.md):
/// integers as integer literals; floating-point numbers as decimal literals of their shortest round-trip digits
/// (<c>2.0</c>, <c>1E+20</c>, <c>-0.0</c>; <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> as the bare tokens MLflow's own
/// files use); binary as padded standard base64; datetimes as <c>yyyy-MM-ddTHH:mm:ss[.fffffff]</c> (naive: the offset
/// of a <see cref="DateTimeOffset"/> is converted to UTC and dropped, as MLflow drops it); <see cref="Guid"/> and
/// <see cref="char"/> as strings. Generated writers call one overload per member type;
/// <see cref="WriteAny(Utf8JsonWriter, object?)"/> writes values of <c>any</c> columns.
/// </summary>
public static class JsonValues
{
    /// <summary>Writes a boolean.</summary>
    public static void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <summary>Writes an integer.</summary>
    public static void Write(Utf8JsonWriter writer, sbyte value) => writer.WriteNumberValue(value);

    /// <summary>Writes an integer.</summary>
    public static void Write(Utf8JsonWriter writer, byte value) => writer.WriteNumberValue(value);

    /// <summary>Writes an integer.</summary>
    public static void Write(Utf8JsonWriter writer, short value) => writer.WriteNumberValue(value);

    /// <summary>Writes an integer.</summary>
    public static void Write(Utf8JsonWriter writer, ushort value) => writer.WriteNumberValue(value);

    /// <summary>Writes an integer.</summary>
    public static void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <summary>Writes an integer.</summary>
    public static void Write(Utf8JsonWriter writer, uint value) => writer.WriteNumberValue(value);

    /// <summary>Writes an integer.</summary>
    public static void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <summary>Writes an integer.</summary>
    public static void Write(Utf8JsonWriter writer, ulong value) => writer.WriteNumberValue(value);

    /// <summary>Writes an integer.</summary>
    public static void Write(Utf8JsonWriter writer, nint value) => writer.WriteNumberValue((long)value);

    /// <summary>Writes an integer.</summary>
    public static void Write(Utf8JsonWriter writer, nuint value) => writer.WriteNumberValue((ulong)value);

    /// <summary>Writes an integer literal of any size.</summary>
    public static void Write(Utf8JsonWriter writer, Int128 value)
    {
        Span<byte> buffer = stackalloc byte[48];
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.WriteRawValue(buffer[..written], skipInputValidation: true);
    }

    /// <summary>Writes an integer literal of any size.</summary>
    public static void Write(Utf8JsonWriter writer, UInt128 value)
    {
        Span<byte> buffer = stackalloc byte[48];
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.WriteRawValue(buffer[..written], skipInputValidation: true);
    }

    /// <summary>Writes an integer literal of any size.</summary>
    public static void Write(Utf8JsonWriter writer, BigInteger value) =>
        writer.WriteRawValue(value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);

    /// <summary>Writes a float16 in the shortest form that reads back as the same value.</summary>
    public static void Write(Utf8JsonWriter writer, Half value) => Write(writer, (float)value);

    /// <summary>Writes a float32 in the shortest form that reads back as the same float32.</summary>
    public static void Write(Utf8JsonWriter writer, float value)
    {
        if (!float.IsFinite(value))
        {
            WriteNonFinite(writer, value);
            return;
        }
        Span<byte> buffer = stackalloc byte[32];
        value.TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture);
        WriteDecimalLiteral(writer, buffer, written);
    }

    /// <summary>Writes a float64 in the shortest form that reads back as the same double.</summary>
    public static void Write(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            WriteNonFinite(writer, value);
            return;
        }
        Span<byte> buffer = stackalloc byte[40];
        value.TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture);
        WriteDecimalLiteral(writer, buffer, written);
    }

    /// <summary>Writes a decimal as the nearest double (MLflow's <c>double</c>).</summary>
    public static void Write(Utf8JsonWriter writer, decimal value) => Write(writer, (double)value);

    /// <summary>Writes a whole number held in a floating-point type as an integer literal (for a member declared
    /// <c>integer</c> or <c>long</c>); a fraction is kept, so the enforcer refuses it rather than truncating.</summary>
    public static void WriteIntegral(Utf8JsonWriter writer, double value)
    {
        if (!double.IsInteger(value)) Write(writer, value);
        else if (value >= -9.2233720368547758E18 && value < 9.2233720368547758E18) writer.WriteNumberValue((long)value);
        else Write(writer, new BigInteger(value));
    }

    /// <summary>Writes a whole decimal as an integer literal (see <see cref="WriteIntegral(Utf8JsonWriter, double)"/>).</summary>
    public static void WriteIntegral(Utf8JsonWriter writer, decimal value)
    {
        if (decimal.IsInteger(value)) writer.WriteRawValue(decimal.Truncate(value).ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
        else writer.WriteRawValue(value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    /// <summary>Writes a string, or <c>null</c>.</summary>
    public static void Write(Utf8JsonWriter writer, string? value)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteStringValue(value);
    }

    /// <summary>Writes a one-character string.</summary>
    public static void Write(Utf8JsonWriter writer, char value) => writer.WriteStringValue([value]);

    /// <summary>Writes a GUID as its <c>D</c> string (<c>00000000-0000-0000-0000-000000000000</c>).</summary>
    public static void Write(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    /// <summary>Writes bytes as padded standard base64, or <c>null</c>.</summary>
    public static void Write(Utf8JsonWriter writer, byte[]? value)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteBase64StringValue(value);
    }

    /// <summary>Writes bytes as padded standard base64.</summary>
    public static void Write(Utf8JsonWriter writer, ReadOnlyMemory<byte> value) => writer.WriteBase64StringValue(value.Span);

    /// <summary>Writes a date-time as <c>yyyy-MM-ddTHH:mm:ss[.fffffff]</c>, its wall-clock value whatever its kind.</summary>
    public static void Write(Utf8JsonWriter writer, DateTime value)
    {
        Span<char> buffer = stackalloc char[32];
        writer.WriteStringValue(buffer[..FormatDateTime(value, buffer)]);
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    public static void Write(Utf8JsonWriter writer, DateOnly value)
    {
        Span<char> buffer = stackalloc char[16];
        value.TryFormat(buffer, out int written, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <summary>Writes the UTC date-time of <paramref name="value"/>: MLflow keeps no offset.</summary>
    public static void Write(Utf8JsonWriter writer, DateTimeOffset value) => Write(writer, value.UtcDateTime);

    /// <summary>Writes a JSON element as it is (the default element as <c>null</c>).</summary>
    public static void Write(Utf8JsonWriter writer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined) writer.WriteNullValue();
        else value.WriteTo(writer);
    }

    /// <summary>Writes a JSON element, or <c>null</c>.</summary>
    public static void Write(Utf8JsonWriter writer, JsonElement? value)
    {
        if (value is { } element) Write(writer, element);
        else writer.WriteNullValue();
    }

    /// <summary>
    /// Writes the value of an <c>any</c> column: <see langword="null"/>, booleans, numbers, strings, GUIDs, bytes,
    /// dates, <see cref="JsonElement"/>/<see cref="JsonNode"/>, string-keyed dictionaries as objects and other sequences
    /// as arrays.
    /// </summary>
    /// <exception cref="ArgumentException">The value (or one inside it) has no JSON form.</exception>
    /// <exception cref="InsufficientExecutionStackException">The value nests deeper than the thread's stack can write
    /// (a value that contains itself, for instance); <paramref name="writer"/>'s own depth limit usually comes first.</exception>
    public static void WriteAny(Utf8JsonWriter writer, object? value)
    {
        // A caller's value may be any graph, even a cycle: an exception the caller can catch, not a stack overflow.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case char c: Write(writer, c); break;
            case sbyte or byte or short or ushort or int or long: writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case uint u: writer.WriteNumberValue(u); break;
            case ulong u: writer.WriteNumberValue(u); break;
            case nint n: Write(writer, n); break;
            case nuint n: Write(writer, n); break;
            case Int128 i: Write(writer, i); break;
            case UInt128 u: Write(writer, u); break;
            case BigInteger big: Write(writer, big); break;
            case Half h: Write(writer, h); break;
            case float f: Write(writer, f); break;
            case double d: Write(writer, d); break;
            case decimal m: Write(writer, m); break;
            case Guid g: Write(writer, g); break;
            case byte[] bytes: Write(writer, bytes); break;
            case ReadOnlyMemory<byte> memory: Write(writer, memory); break;
            case DateTime dt: Write(writer, dt); break;
            case DateOnly date: Write(writer, date); break;
            case DateTimeOffset offset: Write(writer, offset); break;
            case JsonElement element: Write(writer, element); break;
            case JsonNode node: node.WriteTo(writer); break;
            case IEnumerable<KeyValuePair<string, object?>> pairs: WritePairs(writer, pairs); break;
            case IDictionary dictionary: WriteDictionary(writer, dictionary); break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (object? item in items) WriteAny(writer, item);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A value of type {value.GetType()} has no JSON form for an 'any' column; use JSON values, dictionaries, lists or JsonElement.", nameof(value));
        }
    }

    /// <summary>Writes a value of any type: the common scalars without boxing, everything else as
    /// <see cref="WriteAny(Utf8JsonWriter, object?)"/> does (for generic code such as scalar outputs and inputs).</summary>
    public static void Write<T>(Utf8JsonWriter writer, T value)
    {
        if (typeof(T) == typeof(long)) Write(writer, Unsafe.As<T, long>(ref value));
        else if (typeof(T) == typeof(int)) Write(writer, Unsafe.As<T, int>(ref value));
        else if (typeof(T) == typeof(double)) Write(writer, Unsafe.As<T, double>(ref value));
        else if (typeof(T) == typeof(float)) Write(writer, Unsafe.As<T, float>(ref value));
        else if (typeof(T) == typeof(bool)) Write(writer, Unsafe.As<T, bool>(ref value));
        else WriteAny(writer, value);
    }

    /// <summary>Formats <c>yyyy-MM-ddTHH:mm:ss</c> plus <c>.fffffff</c> trimmed of trailing zeros when non-zero.</summary>
    internal static int FormatDateTime(DateTime value, Span<char> buffer)
    {
        value.TryFormat(buffer, out int written, "yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);
        long fraction = value.Ticks % TimeSpan.TicksPerSecond;
        if (fraction == 0) return written;
        buffer[written++] = '.';
        int digits = 7;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }
        for (int i = digits - 1; i >= 0; i--)
        {
            buffer[written + i] = (char)('0' + fraction % 10);
            fraction /= 10;
        }
        return written + digits;
    }

    // The shortest round-trip digits, as a decimal literal: "-47403190" (a float32 whose exact value is -47403192) would
    // be an integer literal, which the enforcer takes only when exact, so a whole number gets ".0" as Python writes it.
    private static void WriteDecimalLiteral(Utf8JsonWriter writer, Span<byte> buffer, int written)
    {
        if (buffer[..written].IndexOfAny(".E"u8) < 0)
        {
            buffer[written++] = (byte)'.';
            buffer[written++] = (byte)'0';
        }
        writer.WriteRawValue(buffer[..written], skipInputValidation: true);
    }

    private static void WriteNonFinite(Utf8JsonWriter writer, double value) =>
        writer.WriteRawValue(double.IsNaN(value) ? "NaN"u8 : value > 0 ? "Infinity"u8 : "-Infinity"u8, skipInputValidation: true);

    private static void WritePairs(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        writer.WriteStartObject();
        foreach (KeyValuePair<string, object?> pair in pairs)
        {
            writer.WritePropertyName(pair.Key);
            WriteAny(writer, pair.Value);
        }
        writer.WriteEndObject();
    }

    private static void WriteDictionary(Utf8JsonWriter writer, IDictionary dictionary)
    {
        writer.WriteStartObject();
        IDictionaryEnumerator entry = dictionary.GetEnumerator();
        while (entry.MoveNext())
        {
            if (entry.Key is not string key)
            {
                throw new ArgumentException($"A dictionary in an 'any' value needs string keys, got {entry.Key.GetType()}.", nameof(dictionary));
            }
            writer.WritePropertyName(key);
            WriteAny(writer, entry.Value);
        }
        writer.WriteEndObject();
    }
}
