namespace Signatures;

/// <summary>The numpy dtypes an MLflow <see cref="TensorSpec"/> can carry.</summary>
public enum NumpyDType
{
    /// <summary><c>bool</c></summary>
    Bool,
    /// <summary><c>int8</c></summary>
    Int8,
    /// <summary><c>int16</c></summary>
    Int16,
    /// <summary><c>int32</c></summary>
    Int32,
    /// <summary><c>int64</c></summary>
    Int64,
    /// <summary><c>uint8</c></summary>
    UInt8,
    /// <summary><c>uint16</c></summary>
    UInt16,
    /// <summary><c>uint32</c></summary>
    UInt32,
    /// <summary><c>uint64</c></summary>
    UInt64,
    /// <summary><c>float16</c></summary>
    Float16,
    /// <summary><c>float32</c></summary>
    Float32,
    /// <summary><c>float64</c></summary>
    Float64,
    /// <summary><c>str</c> (numpy <c>np.dtype(str)</c>)</summary>
    Str,
    /// <summary><c>bytes</c> (numpy <c>np.dtype(bytes)</c>)</summary>
    Bytes,
    /// <summary><c>object</c></summary>
    Object,
    /// <summary><c>datetime64[ns]</c></summary>
    DateTime64Ns,
    /// <summary><c>complex64</c> (two float32 parts). JSON has no complex numbers: a request's values are real numbers,
    /// each exact in float32, and the imaginary parts are zero.</summary>
    Complex64,
    /// <summary><c>complex128</c> (two float64 parts); request values as for <see cref="Complex64"/>, exact in float64.</summary>
    Complex128,
}

/// <summary>numpy names of <see cref="NumpyDType"/> values (numpy's <c>dtype.name</c>).</summary>
public static class NumpyDTypeNames
{
    private static readonly string[] Names =
    [
        "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
        "float16", "float32", "float64", "str", "bytes", "object", "datetime64[ns]", "complex64", "complex128",
    ];

    // Spellings np.dtype() accepts for the same dtypes; MLflow writes dtype.name back, so reading
    // "float" and writing "float64" is what MLflow does too.
    private static readonly Dictionary<string, NumpyDType> Aliases = new(StringComparer.Ordinal)
    {
        ["bool"] = NumpyDType.Bool, ["bool_"] = NumpyDType.Bool, ["?"] = NumpyDType.Bool, ["b1"] = NumpyDType.Bool,
        ["int8"] = NumpyDType.Int8, ["i1"] = NumpyDType.Int8, ["byte"] = NumpyDType.Int8,
        ["int16"] = NumpyDType.Int16, ["i2"] = NumpyDType.Int16, ["short"] = NumpyDType.Int16,
        ["int32"] = NumpyDType.Int32, ["i4"] = NumpyDType.Int32, ["intc"] = NumpyDType.Int32,
        ["int64"] = NumpyDType.Int64, ["i8"] = NumpyDType.Int64, ["int"] = NumpyDType.Int64, ["int_"] = NumpyDType.Int64, ["long"] = NumpyDType.Int64, ["longlong"] = NumpyDType.Int64,
        ["uint8"] = NumpyDType.UInt8, ["u1"] = NumpyDType.UInt8, ["ubyte"] = NumpyDType.UInt8,
        ["uint16"] = NumpyDType.UInt16, ["u2"] = NumpyDType.UInt16, ["ushort"] = NumpyDType.UInt16,
        ["uint32"] = NumpyDType.UInt32, ["u4"] = NumpyDType.UInt32, ["uintc"] = NumpyDType.UInt32,
        ["uint64"] = NumpyDType.UInt64, ["u8"] = NumpyDType.UInt64, ["uint"] = NumpyDType.UInt64, ["ulonglong"] = NumpyDType.UInt64,
        ["float16"] = NumpyDType.Float16, ["f2"] = NumpyDType.Float16, ["half"] = NumpyDType.Float16, ["e"] = NumpyDType.Float16,
        ["float32"] = NumpyDType.Float32, ["f4"] = NumpyDType.Float32, ["single"] = NumpyDType.Float32, ["f"] = NumpyDType.Float32,
        ["float64"] = NumpyDType.Float64, ["f8"] = NumpyDType.Float64, ["float"] = NumpyDType.Float64, ["double"] = NumpyDType.Float64, ["d"] = NumpyDType.Float64, ["float_"] = NumpyDType.Float64,
        ["str"] = NumpyDType.Str, ["str_"] = NumpyDType.Str, ["U"] = NumpyDType.Str, ["<U0"] = NumpyDType.Str, ["unicode"] = NumpyDType.Str,
        ["bytes"] = NumpyDType.Bytes, ["bytes_"] = NumpyDType.Bytes, ["S"] = NumpyDType.Bytes, ["|S0"] = NumpyDType.Bytes,
        ["object"] = NumpyDType.Object, ["object_"] = NumpyDType.Object, ["O"] = NumpyDType.Object,
        ["datetime64[ns]"] = NumpyDType.DateTime64Ns, ["M8[ns]"] = NumpyDType.DateTime64Ns,
        // one-character type codes
        ["b"] = NumpyDType.Int8, ["B"] = NumpyDType.UInt8, ["h"] = NumpyDType.Int16, ["H"] = NumpyDType.UInt16,
        ["i"] = NumpyDType.Int32, ["I"] = NumpyDType.UInt32, ["l"] = NumpyDType.Int64, ["L"] = NumpyDType.UInt64,
        ["q"] = NumpyDType.Int64, ["Q"] = NumpyDType.UInt64, ["p"] = NumpyDType.Int64, ["P"] = NumpyDType.UInt64,
        ["intp"] = NumpyDType.Int64, ["uintp"] = NumpyDType.UInt64, ["bool8"] = NumpyDType.Bool,
        ["U0"] = NumpyDType.Str, ["S0"] = NumpyDType.Bytes, ["a"] = NumpyDType.Bytes, ["O8"] = NumpyDType.Object,
        ["complex64"] = NumpyDType.Complex64, ["c8"] = NumpyDType.Complex64, ["csingle"] = NumpyDType.Complex64, ["singlecomplex"] = NumpyDType.Complex64, ["F"] = NumpyDType.Complex64,
        ["complex128"] = NumpyDType.Complex128, ["c16"] = NumpyDType.Complex128, ["complex"] = NumpyDType.Complex128, ["complex_"] = NumpyDType.Complex128,
        ["cdouble"] = NumpyDType.Complex128, ["cfloat"] = NumpyDType.Complex128, ["D"] = NumpyDType.Complex128,
    };

    /// <summary>numpy's <c>dtype.name</c>, e.g. <c>float32</c>, <c>str</c>, <c>datetime64[ns]</c>.</summary>
    public static string ToNumpyName(this NumpyDType dtype) => Names[(int)dtype];

    /// <summary>Parses a dtype name the way <c>np.dtype(name)</c> would for the supported dtypes, including
    /// type strings with a byte-order mark (<c>&lt;f4</c>, <c>|b1</c>); numpy's <c>dtype.name</c> has no byte order.</summary>
    public static bool TryParse(string? name, out NumpyDType dtype)
    {
        name ??= string.Empty;
        if (Aliases.TryGetValue(name, out dtype)) return true;
        // Only type codes take a byte-order mark ("<f4", "|b1", "<M8[ns]"), not names ("<float32").
        string code = name.Length > 1 && name[0] is '<' or '>' or '=' or '|' ? name.Substring(1) : string.Empty;
        return (code.Length is 1 or 2 || code == "c16" || code.StartsWith("M8[", StringComparison.Ordinal)) && Aliases.TryGetValue(code, out dtype);
    }

    /// <summary>Whether <paramref name="name"/> is a flexible dtype with a size (<c>&lt;U10</c>, <c>S5</c>), which MLflow rejects.</summary>
    internal static bool IsSizedFlexible(string name)
    {
        string s = name.TrimStart('<', '>', '|', '=');
        if (s.Length < 2 || (s[0] != 'U' && s[0] != 'S' && s[0] != 'a')) return false;
        return s.Skip(1).All(char.IsAsciiDigit) && s != "U0" && s != "S0";
    }
}
