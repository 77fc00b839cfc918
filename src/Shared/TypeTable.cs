using Microsoft.CodeAnalysis;

namespace Signatures.Shared;

/// <summary>How a scalar CLR type maps to MLflow: its column type, its tensor dtype, and whether the mapping
/// keeps every value.</summary>
/// <param name="ClrName">The C# name shown in messages (<c>ulong</c>, <c>DateTimeOffset</c>).</param>
/// <param name="ColumnType">The MLflow column type name (<c>long</c>, <c>datetime</c>).</param>
/// <param name="TensorDType">The numpy dtype for a tensor element, or <see langword="null"/> when the type cannot be a tensor element.</param>
/// <param name="IsLossless">Whether every CLR value survives the mapping.</param>
/// <param name="LossDescription">What is lost when lossy (<c>values above long.MaxValue</c>).</param>
/// <param name="LosslessAlternative">The C# type to use instead when lossy, or <see langword="null"/>.</param>
internal sealed record ScalarMapping(
    string ClrName,
    string ColumnType,
    string? TensorDType,
    bool IsLossless,
    string? LossDescription,
    string? LosslessAlternative);

/// <summary>
/// The CLR -> MLflow type table of DESIGN.md (documented in docs/type-mapping.md), the single source of truth for
/// the generator and the analyzers.
/// Only scalar (leaf) types are answered here; containers (arrays, lists, dictionaries, nested contracts,
/// tensors) are decided by the structural mapping on top of it.
/// </summary>
internal static class TypeTable
{
    /// <summary>Maps a scalar CLR type (not nullable-wrapped) or returns <see langword="false"/>.</summary>
    public static bool TryGetScalar(ITypeSymbol type, out ScalarMapping mapping)
    {
        mapping = type.SpecialType switch
        {
            SpecialType.System_Boolean => Lossless("bool", "boolean", "bool"),
            SpecialType.System_SByte => Lossless("sbyte", "integer", "int8"),
            SpecialType.System_Int16 => Lossless("short", "integer", "int16"),
            SpecialType.System_Int32 => Lossless("int", "integer", "int32"),
            SpecialType.System_Byte => Lossless("byte", "integer", "uint8"),
            SpecialType.System_UInt16 => Lossless("ushort", "integer", "uint16"),
            SpecialType.System_UInt32 => Lossless("uint", "long", "uint32"),
            SpecialType.System_Int64 => Lossless("long", "long", "int64"),
            SpecialType.System_IntPtr => Lossless("nint", "long", "int64"),
            SpecialType.System_UInt64 => Lossy("ulong", "long", "uint64", "values above long.MaxValue do not fit MLflow's long", "long"),
            SpecialType.System_UIntPtr => Lossy("nuint", "long", "uint64", "values above long.MaxValue do not fit MLflow's long", "long"),
            SpecialType.System_Single => Lossless("float", "float", "float32"),
            SpecialType.System_Double => Lossless("double", "double", "float64"),
            SpecialType.System_Decimal => Lossy("decimal", "double", null, "decimal digits beyond double precision are rounded", "double"),
            SpecialType.System_String => Lossless("string", "string", "str"),
            SpecialType.System_Char => Lossless("char", "string", "str"),
            SpecialType.System_DateTime => Lossless("DateTime", "datetime", "datetime64[ns]"),
            _ => null!,
        };
        if (mapping is not null)
        {
            return true;
        }

        // Name first, namespace second: this runs for every member type, so no strings are built.
        mapping = type is not INamedTypeSymbol ? null! : type.MetadataName switch
        {
            "Half" when InNamespace(type, "System") => Lossless("Half", "float", "float16"),
            "Guid" when InNamespace(type, "System") => Lossless("Guid", "string", "str"),
            "DateOnly" when InNamespace(type, "System") => Lossless("DateOnly", "datetime", "datetime64[ns]"),
            "DateTimeOffset" when InNamespace(type, "System") => Lossy("DateTimeOffset", "datetime", null, "the UTC offset is dropped", "DateTime"),
            "Int128" when InNamespace(type, "System") => Lossy("Int128", "long", null, "values outside the long range do not fit MLflow's long", "long"),
            "UInt128" when InNamespace(type, "System") => Lossy("UInt128", "long", null, "values above long.MaxValue do not fit MLflow's long", "long"),
            "BigInteger" when InNamespace(type, "System.Numerics") => Lossy("BigInteger", "long", null, "values outside the long range do not fit MLflow's long", "long"),
            "ReadOnlyMemory`1" when InNamespace(type, "System") && IsByteArgument(type) => Lossless("ReadOnlyMemory<byte>", "binary", "bytes"),
            _ => null!,
        };
        if (mapping is not null)
        {
            return true;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            mapping = Lossless("byte[]", "binary", "bytes");
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a member whose natural MLflow type is <paramref name="naturalType"/> may be declared as
    /// <paramref name="declaredType"/> without loss (MLflow's own widening table: integer -> long/double,
    /// float -> double, and identity). Everything else narrows or changes the kind of value.
    /// </summary>
    public static bool IsLosslessDeclaration(string naturalType, string declaredType, string clrName)
    {
        if (Artifacts.ColumnTypeWidening.IsLossless(naturalType, declaredType)) return true;
        // uint's natural type is long, but every uint is also exact in a double.
        return (naturalType, declaredType) is ("long", "double") && clrName == "uint";
    }

    private static ScalarMapping Lossless(string clr, string column, string? dtype) =>
        new(clr, column, dtype, IsLossless: true, LossDescription: null, LosslessAlternative: null);

    private static ScalarMapping Lossy(string clr, string column, string? dtype, string loss, string alternative) =>
        new(clr, column, dtype, IsLossless: false, LossDescription: loss, LosslessAlternative: alternative);

    private static bool InNamespace(ITypeSymbol type, string ns) => Mapping.SymbolFacts.IsInNamespace(type, ns);

    private static bool IsByteArgument(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } named && named.TypeArguments[0].SpecialType == SpecialType.System_Byte;
}
