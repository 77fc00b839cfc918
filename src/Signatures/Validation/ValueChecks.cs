using System.Buffers.Text;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Signatures.Conversion;

namespace Signatures.Validation;

/// <summary>
/// The small checks generated validators call: null tests that work for any member type without boxing, and
/// whether a CLR number can be sent as the MLflow type it is declared as (the enforcer's rules in
/// spec/conversion-policy.md: integers in range, integers exact in floating point, floats without overflow).
/// Nothing here allocates unless a message is built for a violation.
/// </summary>
public static class ValueChecks
{
    /// <summary>Whether <paramref name="value"/> is null. For a non-nullable value type the JIT folds this to
    /// <see langword="false"/>, so generated code can call it on members whose kind (class or struct) it does not know.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNull<T>(T value) => value is null;

    /// <summary>Whether a JSON element stands for no value (<c>null</c>, or the default element).</summary>
    public static bool IsNull(JsonElement value) => value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>Whether a nullable JSON element stands for no value.</summary>
    public static bool IsNull(JsonElement? value) => value is not { } element || IsNull(element);

    /// <summary>The items as an indexable list without copying when they already are one (arrays, lists), so
    /// validators walk any collection interface without allocating an enumerator.</summary>
    public static IReadOnlyList<T> AsList<T>(IEnumerable<T> items) => items as IReadOnlyList<T> ?? new List<T>(items);

    /// <summary>Whether an integer can be sent as <paramref name="type"/>: within the range of <c>integer</c> (int32) or
    /// <c>long</c> (int64), exactly representable in <c>float</c> or <c>double</c>.</summary>
    public static bool Fits(Int128 value, DataType type) => type switch
    {
        DataType.Integer => value >= int.MinValue && value <= int.MaxValue,
        DataType.Long => value >= long.MinValue && value <= long.MaxValue,
        DataType.Float => (float)value is var f && f != TwoTo127 && (Int128)f == value,
        DataType.Double => (double)value is var d && d != TwoTo127 && (Int128)d == value,
        _ => true,
    };

    // Converting back from 2^127 (or 2^128) saturates, so a value that rounded up to it would compare equal.
    private const double TwoTo127 = 1.7014118346046923E+38;
    private const double TwoTo128 = 3.4028236692093846E+38;

    /// <summary>Whether an unsigned 128-bit integer can be sent as <paramref name="type"/> (see <see cref="Fits(Int128, DataType)"/>).</summary>
    public static bool Fits(UInt128 value, DataType type) =>
        value <= (UInt128)Int128.MaxValue ? Fits((Int128)value, type) : type switch
        {
            DataType.Integer or DataType.Long => false,
            DataType.Float => (float)value is var f && !float.IsInfinity(f) && (UInt128)f == value,
            DataType.Double => (double)value is var d && d != TwoTo128 && (UInt128)d == value,
            _ => true,
        };

    /// <summary>Whether a big integer can be sent as <paramref name="type"/> (see <see cref="Fits(Int128, DataType)"/>).</summary>
    public static bool Fits(BigInteger value, DataType type) => type switch
    {
        DataType.Integer => value >= int.MinValue && value <= int.MaxValue,
        DataType.Long => value >= long.MinValue && value <= long.MaxValue,
        DataType.Float => !float.IsInfinity((float)value) && new BigInteger((float)value) == value,
        DataType.Double => !double.IsInfinity((double)value) && new BigInteger((double)value) == value,
        _ => true,
    };

    /// <summary>Whether a floating-point number can be sent as <paramref name="type"/>: a whole number within range for
    /// <c>integer</c>/<c>long</c>; finite at single precision for <c>float</c> unless it is already infinite or NaN.</summary>
    public static bool Fits(double value, DataType type) => type switch
    {
        DataType.Integer => double.IsInteger(value) && value >= int.MinValue && value <= int.MaxValue,
        DataType.Long => double.IsInteger(value) && value >= -9.2233720368547758E18 && value < 9.2233720368547758E18,
        DataType.Float => !float.IsInfinity((float)value) || double.IsInfinity(value),
        _ => true,
    };

    /// <summary>Whether a decimal can be sent as <paramref name="type"/> (see <see cref="Fits(double, DataType)"/>).</summary>
    public static bool Fits(decimal value, DataType type) => type switch
    {
        DataType.Integer => decimal.IsInteger(value) && value >= int.MinValue && value <= int.MaxValue,
        DataType.Long => decimal.IsInteger(value) && value >= long.MinValue && value <= long.MaxValue,
        _ => true,
    };

    /// <summary>Whether a string can be sent as <paramref name="type"/>: an ISO-8601 date or date-time for <c>datetime</c>,
    /// padded standard base64 for <c>binary</c>; any string for <c>string</c>.</summary>
    public static bool Fits(string value, DataType type) => type switch
    {
        DataType.Datetime => IsoDateTime.TryParse(value, out _, out _, out _),
        DataType.Binary => Base64.IsValid(value),
        _ => true,
    };

    /// <summary>The violation message for a string that does not fit <paramref name="type"/>.</summary>
    public static string Mismatch(string value, DataType type) => type == DataType.Binary
        ? "the text is not padded standard base64, so it cannot be sent as binary"
        : $"{Formats.PythonJsonText.QuoteString(value.Length > 40 ? value[..40] + "..." : value)} is not an ISO-8601 date or date-time, so it cannot be sent as datetime";

    /// <summary>The violation message for an integer that does not fit <paramref name="type"/>.</summary>
    public static string Mismatch(Int128 value, DataType type) => IntegerMismatch(value.ToString(null, CultureInfo.InvariantCulture), type);

    /// <summary>The violation message for an unsigned 128-bit integer that does not fit <paramref name="type"/>.</summary>
    public static string Mismatch(UInt128 value, DataType type) => IntegerMismatch(value.ToString(null, CultureInfo.InvariantCulture), type);

    /// <summary>The violation message for a big integer that does not fit <paramref name="type"/>.</summary>
    public static string Mismatch(BigInteger value, DataType type) => IntegerMismatch(value.ToString(CultureInfo.InvariantCulture), type);

    /// <summary>The violation message for a floating-point number that does not fit <paramref name="type"/>.</summary>
    public static string Mismatch(double value, DataType type) => FloatMismatch(value.ToString("R", CultureInfo.InvariantCulture), type);

    /// <summary>The violation message for a decimal that does not fit <paramref name="type"/>.</summary>
    public static string Mismatch(decimal value, DataType type) => FloatMismatch(value.ToString(CultureInfo.InvariantCulture), type);

    private static string IntegerMismatch(string text, DataType type) => type switch
    {
        DataType.Integer => $"{text} is outside the range of integer (int32)",
        DataType.Long => $"{text} is outside the range of long (int64)",
        _ => $"{text} is not exactly representable as {type.ToMlflowName()}",
    };

    private static string FloatMismatch(string text, DataType type) => type switch
    {
        DataType.Integer or DataType.Long => $"{text} is not a whole number within the range of {type.ToMlflowName()}",
        _ => $"{text} overflows {type.ToMlflowName()}",
    };
}
