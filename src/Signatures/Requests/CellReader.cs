using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Signatures.Conversion;
using Signatures.Enforcement;
using Signatures.Formats;

namespace Signatures.Requests;

/// <summary>
/// For generated code: the source of one value while a typed request is read. On the fast path it reads the next
/// JSON value of the body with the conversion rule of the value's MLflow type (the rules of
/// <see cref="NumberConversion"/> and <see cref="TextConversion"/>, the same code the dynamic enforcer runs) and refuses
/// anything it does not accept exactly; the reader then hands the request to the dynamic enforcer, which explains the
/// refusal. Otherwise it holds a value the dynamic enforcer accepted, in its natural CLR type, and records a problem
/// when the value does not fit the contract member's C# type.
/// </summary>
/// <remarks>The <c>ReadX</c> methods are named after the MLflow type (<c>ReadLong</c> reads a <c>long</c> column or param);
/// <c>ReadOptionalX</c> gives <see langword="null"/> for a missing value (and for <c>NaN</c> in a float or double column,
/// which the policy treats as missing). The <c>ToX</c> methods convert a value to a member type other than the natural one,
/// refusing any value that would change.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct CellReader
{
    internal JsonScanner Scanner;
    private readonly bool fromJson;
    private readonly ColSpec[]? specs;
    private readonly EnforcementContext? context;
    private readonly EnforcementContext? problems;
    private object? value;
    private PropertyPresence? presence;

    internal CellReader(JsonScanner scanner, ColSpec[] specs, EnforcementContext? context)
    {
        Scanner = scanner;
        fromJson = true;
        this.specs = specs;
        this.context = context;
    }

    internal CellReader(EnforcementContext? problems, PropertyPresence? presence = null)
    {
        Scanner = default;
        fromJson = false;
        this.problems = problems;
        this.presence = presence;
    }

    /// <summary>The property presence noted so far, or <see langword="null"/>.</summary>
    internal readonly PropertyPresence? Presence => presence;

    /// <summary>The schema column being read (JSON mode).</summary>
    internal int Column;

    /// <summary>Sets the value to hand out next (materializing mode).</summary>
    internal void SetValue(object? next) => value = next;

    /// <summary>Reads a <c>boolean</c>.</summary>
    public bool ReadBoolean(out bool result) => Read<bool, BooleanRule>(out result);

    /// <summary>Reads an <c>integer</c> (int32).</summary>
    public bool ReadInteger(out int result) => Read<int, Int32Rule>(out result);

    /// <summary>Reads a <c>long</c>.</summary>
    public bool ReadLong(out long result) => Read<long, Int64Rule>(out result);

    /// <summary>Reads a <c>float</c> (float32).</summary>
    public bool ReadFloat(out float result) => Read<float, SingleRule>(out result);

    /// <summary>Reads a <c>double</c>.</summary>
    public bool ReadDouble(out double result) => Read<double, DoubleRule>(out result);

    /// <summary>Reads a <c>string</c>.</summary>
    public bool ReadString(out string result) => Read<string, StringRule>(out result);

    /// <summary>Reads a <c>binary</c> value (base64 in JSON).</summary>
    public bool ReadBinary(out byte[] result) => Read<byte[], BinaryRule>(out result);

    /// <summary>Reads a <c>datetime</c>.</summary>
    public bool ReadDatetime(out DateTime result) => Read<DateTime, DateTimeRule>(out result);

    /// <summary>Reads an optional <c>boolean</c>.</summary>
    public bool ReadOptionalBoolean(out bool? result) => ReadOptional<bool, BooleanRule>(out result);

    /// <summary>Reads an optional <c>integer</c>.</summary>
    public bool ReadOptionalInteger(out int? result) => ReadOptional<int, Int32Rule>(out result);

    /// <summary>Reads an optional <c>long</c>.</summary>
    public bool ReadOptionalLong(out long? result) => ReadOptional<long, Int64Rule>(out result);

    /// <summary>Reads an optional <c>float</c> (<c>NaN</c> is missing).</summary>
    public bool ReadOptionalFloat(out float? result) => ReadOptional<float, SingleRule>(out result);

    /// <summary>Reads an optional <c>double</c> (<c>NaN</c> is missing).</summary>
    public bool ReadOptionalDouble(out double? result) => ReadOptional<double, DoubleRule>(out result);

    /// <summary>Reads an optional <c>string</c>.</summary>
    public bool ReadOptionalString(out string? result) => ReadOptionalReference<string, StringRule>(out result);

    /// <summary>Reads an optional <c>binary</c> value.</summary>
    public bool ReadOptionalBinary(out byte[]? result) => ReadOptionalReference<byte[], BinaryRule>(out result);

    /// <summary>Reads an optional <c>datetime</c>.</summary>
    public bool ReadOptionalDatetime(out DateTime? result) => ReadOptional<DateTime, DateTimeRule>(out result);

    /// <summary>Reads an Array, Object, Map or any value in the dynamic enforcer's representation (typed arrays of
    /// scalars, <c>object?[]</c>, <see cref="ObjectValue"/>, plain JSON values); <see langword="null"/> when missing.</summary>
    /// <param name="result">The value.</param>
    /// <param name="required">Whether a missing value is refused.</param>
    public bool ReadValue(out object? result, bool required)
    {
        if (fromJson)
        {
            if (Scanner.Peek() == JsonToken.Null)
            {
                Scanner.ReadNull();
                result = null;
                return !required;
            }
            ColSpec spec = specs![Column];
            return NestedValueReader.TryRead(ref Scanner, spec.Type, spec.IsRequired, context!, out result) && context!.InputProblems.Count == 0;
        }
        result = value;
        return result is not null || !required || Refuse(NullForNonNullableMember);
    }

    /// <summary>Reads a tensor into the member's array (<c>T[]</c>, <c>T[,]</c>, <c>T[][]</c>, ...) of the dtype's CLR element
    /// type, or into <typeparamref name="TElement"/> itself for a shape-<c>()</c> tensor.</summary>
    public bool ReadTensor<TElement, TArray>(out TArray result)
    {
        if (value is not Tensor tensor)
        {
            result = default!;
            return Refuse("expected a tensor");
        }
        return TensorArrays.TryToArray<TElement, TArray>(tensor, out result, out string? problem) || Refuse(problem!);
    }

    /// <summary>Converts a number to the member's numeric type, refusing a value that would change (out of range,
    /// rounded, or a fraction for an integer type).</summary>
    public bool ToNumber<TFrom, TTo>(TFrom from, out TTo result)
        where TFrom : INumberBase<TFrom>
        where TTo : INumberBase<TTo>
    {
        bool exact;
        try
        {
            result = TTo.CreateSaturating(from);
            exact = TFrom.IsNaN(from) ? TTo.IsNaN(result) : TFrom.CreateSaturating(result) == from;
        }
        catch (OverflowException)
        {
            // BigInteger has no saturated value for an infinity.
            result = TTo.Zero;
            exact = false;
        }
        return exact || Refuse($"{Describe(from)} does not fit the member's C# type {ClrNames.Of(typeof(TTo))} exactly");
    }

    /// <summary>Converts a string of one UTF-16 character to <see cref="char"/>.</summary>
    public bool ToChar(string from, out char result)
    {
        result = from.Length == 1 ? from[0] : default;
        return from.Length == 1 || Refuse($"{PythonRepr.Str(Shorten(from))} does not fit the member's C# type char (one UTF-16 character)");
    }

    /// <summary>Converts a string to <see cref="Guid"/> (any format <see cref="Guid.TryParse(string, out Guid)"/> reads).</summary>
    public bool ToGuid(string from, out Guid result) =>
        Guid.TryParse(from, out result) || Refuse($"{PythonRepr.Str(Shorten(from))} does not fit the member's C# type Guid (it is not a GUID)");

    /// <summary>Converts a date-time at midnight to <see cref="DateOnly"/>.</summary>
    public bool ToDateOnly(DateTime from, out DateOnly result)
    {
        result = DateOnly.FromDateTime(from);
        return from.TimeOfDay == TimeSpan.Zero
            || Refuse($"{IsoDateTime.ToNormalizedFormat(from)} does not fit the member's C# type DateOnly (it has a time of day)");
    }

    /// <summary>Converts a date-time (UTC, as the conversion rules produce it) to <see cref="DateTimeOffset"/> at offset zero.</summary>
    public bool ToDateTimeOffset(DateTime from, out DateTimeOffset result)
    {
        result = new DateTimeOffset(DateTime.SpecifyKind(from, DateTimeKind.Utc));
        return true;
    }

    /// <summary>Notes which properties of Object value <paramref name="instance"/> were left out (<paramref name="absent"/>)
    /// and which arrived as an explicit <c>null</c> (<paramref name="explicitNull"/>), as bits by schema position.</summary>
    public void NoteProperties(object instance, ulong absent, ulong explicitNull) => (presence ??= new PropertyPresence()).Add(instance, absent, explicitNull);

    // Reached when the enforcer let a null through (EnforcementOptions.AllowNullsInRequiredColumns) into a member
    // that is required, that is, not nullable.
    private const string NullForNonNullableMember =
        "null or missing value, which the member's C# type cannot hold (a required column is a non-nullable member; make it nullable to accept nulls)";

    /// <summary>Records that a value cannot become the member's C# type (never on the JSON path, which only gives up).</summary>
    public bool Refuse(string detail)
    {
        problems?.Problem(detail);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Read<T, TRule>(out T result) where TRule : IElementRule<T>
    {
        if (fromJson)
        {
            JsonValueClass valueClass = Scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
            return TRule.Convert(valueClass, raw, escaped, out result) == ConversionStatus.Ok;
        }
        if (value is T typed)
        {
            result = typed;
            return true;
        }
        result = default!;
        return Refuse(value is null ? NullForNonNullableMember : $"unexpected value of type {value.GetType().Name}");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ReadOptional<T, TRule>(out T? result) where T : struct where TRule : IElementRule<T>
    {
        if (fromJson)
        {
            JsonValueClass valueClass = Scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
            if (valueClass == JsonValueClass.Null || (valueClass == JsonValueClass.NaN && TRule.Kind.IsFloatingPoint()))
            {
                result = null;
                return true;
            }
            bool ok = TRule.Convert(valueClass, raw, escaped, out T converted) == ConversionStatus.Ok;
            result = converted;
            return ok;
        }
        if (value is null)
        {
            result = null;
            return true;
        }
        if (value is T typed)
        {
            result = typed;
            return true;
        }
        result = null;
        return Refuse($"unexpected value of type {value.GetType().Name}");
    }

    private bool ReadOptionalReference<T, TRule>(out T? result) where T : class where TRule : IElementRule<T>
    {
        if (fromJson)
        {
            JsonValueClass valueClass = Scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
            if (valueClass == JsonValueClass.Null)
            {
                result = null;
                return true;
            }
            bool ok = TRule.Convert(valueClass, raw, escaped, out T converted) == ConversionStatus.Ok;
            result = converted;
            return ok;
        }
        result = value as T;
        return value is null || result is not null || Refuse($"unexpected value of type {value.GetType().Name}");
    }

    private static string Describe<TFrom>(TFrom from) where TFrom : INumberBase<TFrom> => from switch
    {
        double d => PythonJsonText.FormatDouble(d),
        float f => PythonJsonText.FormatSingle(f),
        _ => from.ToString(null, CultureInfo.InvariantCulture),
    };

    private static string Shorten(string text) =>
        text.Length <= ConversionMessages.MaxQuotedLength ? text : text[..ConversionMessages.MaxQuotedLength] + "...";
}
