using System.Collections.Generic;

namespace Signatures.Shared.Planning;

/// <summary>
/// Which C# member types a typed request can fill from a value of an MLflow scalar type. Each MLflow type has a natural
/// CLR type (the one the conversion rules produce: <c>long</c> for <c>long</c>, <c>float</c> for <c>float</c>, ...);
/// other member types are reached by a conversion that refuses any value it would change. Pairs not listed get no reader.
/// </summary>
internal static class ScalarConversionRules
{
    private static readonly HashSet<string> NumericTypes = new()
    {
        "sbyte", "short", "int", "long", "byte", "ushort", "uint", "ulong", "nint", "nuint", "float", "double", "decimal",
        "global::System.Half", "global::System.Int128", "global::System.UInt128", "global::System.Numerics.BigInteger",
    };

    /// <summary>The natural CLR type of an MLflow scalar type.</summary>
    public static string NaturalType(string dataType) => dataType switch
    {
        "boolean" => "bool",
        "integer" => "int",
        "long" => "long",
        "float" => "float",
        "double" => "double",
        "string" => "string",
        "binary" => "byte[]",
        _ => "global::System.DateTime",
    };

    /// <summary>Whether a member of <paramref name="clrType"/> can take values of <paramref name="dataType"/>.</summary>
    public static bool IsSupported(string dataType, string clrType)
    {
        if (clrType == NaturalType(dataType)) return true;
        return dataType switch
        {
            "integer" or "long" or "float" or "double" => NumericTypes.Contains(clrType),
            "string" => clrType is "char" or "global::System.Guid",
            "datetime" => clrType is "global::System.DateOnly" or "global::System.DateTimeOffset",
            "binary" => clrType == "global::System.ReadOnlyMemory<byte>",
            _ => false,
        };
    }

    /// <summary>The CLR element type the enforcer stores for a numpy dtype, or <see langword="null"/>.</summary>
    public static string? NaturalElement(string dtype) => dtype switch
    {
        "bool" => "bool",
        "int8" => "sbyte",
        "int16" => "short",
        "int32" => "int",
        "int64" => "long",
        "uint8" => "byte",
        "uint16" => "ushort",
        "uint32" => "uint",
        "uint64" => "ulong",
        "float16" => "global::System.Half",
        "float32" => "float",
        "float64" => "double",
        "str" => "string",
        "bytes" => "byte[]",
        "datetime64[ns]" => "global::System.DateTime",
        "object" => "object",
        _ => null,
    };
}
