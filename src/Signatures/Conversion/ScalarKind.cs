namespace Signatures.Conversion;

/// <summary>
/// The element type a JSON value is converted to: every MLflow <see cref="DataType"/> and every numpy
/// <see cref="NumpyDType"/> maps to one of these, and each has one conversion rule.
/// </summary>
public enum ScalarKind : byte
{
    /// <summary><c>boolean</c> / <c>bool</c>: <see cref="bool"/>.</summary>
    Boolean,
    /// <summary><c>int8</c>: <see cref="sbyte"/>.</summary>
    Int8,
    /// <summary><c>int16</c>: <see cref="short"/>.</summary>
    Int16,
    /// <summary><c>integer</c> / <c>int32</c>: <see cref="int"/>.</summary>
    Int32,
    /// <summary><c>long</c> / <c>int64</c>: <see cref="long"/>.</summary>
    Int64,
    /// <summary><c>uint8</c>: <see cref="byte"/>.</summary>
    UInt8,
    /// <summary><c>uint16</c>: <see cref="ushort"/>.</summary>
    UInt16,
    /// <summary><c>uint32</c>: <see cref="uint"/>.</summary>
    UInt32,
    /// <summary><c>uint64</c>: <see cref="ulong"/>.</summary>
    UInt64,
    /// <summary><c>float16</c>: <see cref="Half"/>.</summary>
    Float16,
    /// <summary><c>float</c> / <c>float32</c>: <see cref="float"/>.</summary>
    Float32,
    /// <summary><c>double</c> / <c>float64</c>: <see cref="double"/>.</summary>
    Float64,
    /// <summary><c>string</c> / <c>str</c>: <see cref="string"/>.</summary>
    String,
    /// <summary><c>binary</c> / <c>bytes</c>: base64 text decoded to a <see cref="byte"/> array.</summary>
    Binary,
    /// <summary><c>datetime</c> / <c>datetime64[ns]</c>: an ISO-8601 string read as a <see cref="DateTime"/>.</summary>
    DateTime,
    /// <summary>numpy <c>object</c>: any JSON value.</summary>
    Object,
}

/// <summary>Maps MLflow types and numpy dtypes to their <see cref="ScalarKind"/>.</summary>
public static class ScalarKinds
{
    /// <summary>The element kind of an MLflow data type.</summary>
    public static ScalarKind For(DataType type) => type switch
    {
        DataType.Boolean => ScalarKind.Boolean,
        DataType.Integer => ScalarKind.Int32,
        DataType.Long => ScalarKind.Int64,
        DataType.Float => ScalarKind.Float32,
        DataType.Double => ScalarKind.Float64,
        DataType.String => ScalarKind.String,
        DataType.Binary => ScalarKind.Binary,
        DataType.Datetime => ScalarKind.DateTime,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown data type."),
    };

    /// <summary>The element kind of a numpy dtype.</summary>
    public static ScalarKind For(NumpyDType dtype) => dtype switch
    {
        NumpyDType.Bool => ScalarKind.Boolean,
        NumpyDType.Int8 => ScalarKind.Int8,
        NumpyDType.Int16 => ScalarKind.Int16,
        NumpyDType.Int32 => ScalarKind.Int32,
        NumpyDType.Int64 => ScalarKind.Int64,
        NumpyDType.UInt8 => ScalarKind.UInt8,
        NumpyDType.UInt16 => ScalarKind.UInt16,
        NumpyDType.UInt32 => ScalarKind.UInt32,
        NumpyDType.UInt64 => ScalarKind.UInt64,
        NumpyDType.Float16 => ScalarKind.Float16,
        NumpyDType.Float32 => ScalarKind.Float32,
        NumpyDType.Float64 => ScalarKind.Float64,
        // JSON carries only the real part: each value is read as a number of the part's width.
        NumpyDType.Complex64 => ScalarKind.Float32,
        NumpyDType.Complex128 => ScalarKind.Float64,
        NumpyDType.Str => ScalarKind.String,
        NumpyDType.Bytes => ScalarKind.Binary,
        NumpyDType.DateTime64Ns => ScalarKind.DateTime,
        NumpyDType.Object => ScalarKind.Object,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "Unknown dtype."),
    };

    /// <summary>Whether the kind is one of the integer kinds.</summary>
    public static bool IsInteger(this ScalarKind kind) => kind is >= ScalarKind.Int8 and <= ScalarKind.UInt64;

    /// <summary>Whether the kind is one of the binary floating-point kinds.</summary>
    public static bool IsFloatingPoint(this ScalarKind kind) => kind is ScalarKind.Float16 or ScalarKind.Float32 or ScalarKind.Float64;

    /// <summary>The inclusive range of an integer kind, as text for messages (<c>-2147483648..2147483647</c>).</summary>
    public static string RangeText(this ScalarKind kind) => kind switch
    {
        ScalarKind.Int8 => "-128..127",
        ScalarKind.Int16 => "-32768..32767",
        ScalarKind.Int32 => "-2147483648..2147483647",
        ScalarKind.Int64 => "-9223372036854775808..9223372036854775807",
        ScalarKind.UInt8 => "0..255",
        ScalarKind.UInt16 => "0..65535",
        ScalarKind.UInt32 => "0..4294967295",
        ScalarKind.UInt64 => "0..18446744073709551615",
        _ => string.Empty,
    };
}
