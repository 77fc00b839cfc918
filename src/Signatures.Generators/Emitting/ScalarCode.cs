using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>What kind of JSON value the writer produces for a scalar CLR type (see the runtime's <c>JsonValues</c>).</summary>
internal enum ScalarFamily
{
    /// <summary><c>bool</c>: <c>true</c>/<c>false</c>.</summary>
    Boolean,
    /// <summary>An integer type: an integer literal.</summary>
    Integer,
    /// <summary><c>Half</c>, <c>float</c>, <c>double</c>, <c>decimal</c>: a number.</summary>
    Float,
    /// <summary><c>string</c>, <c>char</c>, <c>Guid</c>: a string.</summary>
    Text,
    /// <summary><c>DateTime</c>, <c>DateOnly</c>, <c>DateTimeOffset</c>: an ISO-8601 string.</summary>
    DateTime,
    /// <summary><c>byte[]</c>, <c>ReadOnlyMemory&lt;byte&gt;</c>: a base64 string.</summary>
    Binary,
    /// <summary>A type outside the table (only possible as a tensor element with a declared dtype).</summary>
    Other,
}

/// <summary>
/// The C# generated code uses for one scalar value: how to write it, and which check (if any) makes sure the enforcer
/// accepts what is written for the member's MLflow type. The CLR type names are the fully qualified display strings the
/// shared mapping records (<c>long</c>, <c>global::System.Half</c>).
/// </summary>
internal static class ScalarCode
{
    /// <summary>The condition of a check that no value passes (the CLR type can never be sent as the declared type).</summary>
    public const string Always = "true";

    /// <summary>The family of a scalar CLR type.</summary>
    public static ScalarFamily Family(string clrType) => clrType switch
    {
        "bool" => ScalarFamily.Boolean,
        "sbyte" or "byte" or "short" or "ushort" or "int" or "uint" or "long" or "ulong" or "nint" or "nuint"
            or "global::System.IntPtr" or "global::System.UIntPtr" or "global::System.Int128" or "global::System.UInt128"
            or "global::System.Numerics.BigInteger" => ScalarFamily.Integer,
        "float" or "double" or "decimal" or "global::System.Half" => ScalarFamily.Float,
        "string" or "char" or "global::System.Guid" => ScalarFamily.Text,
        "global::System.DateTime" or "global::System.DateOnly" or "global::System.DateTimeOffset" => ScalarFamily.DateTime,
        "byte[]" or "global::System.ReadOnlyMemory<byte>" => ScalarFamily.Binary,
        _ => ScalarFamily.Other,
    };

    /// <summary>Whether values of the type can be null without a <c>?</c> (reference types).</summary>
    public static bool IsReference(string clrType) => clrType is "string" or "byte[]";

    /// <summary>The statement writing <paramref name="expression"/> (of scalar CLR type <paramref name="clrType"/>, not null
    /// unless a reference type) as MLflow type <paramref name="dataType"/>.</summary>
    public static string Write(string clrType, string? dataType, string expression)
    {
        ScalarFamily family = Family(clrType);
        if (family == ScalarFamily.Other) return $"{TypeRefs.JsonValues}.WriteAny(writer, {expression});";
        if (family == ScalarFamily.Float && dataType is "integer" or "long")
        {
            string cast = clrType == "global::System.Half" ? "(double)" : string.Empty;
            return $"{TypeRefs.JsonValues}.WriteIntegral(writer, {cast}{expression});";
        }
        return $"{TypeRefs.JsonValues}.Write(writer, {expression});";
    }

    /// <summary>
    /// The check a value needs so the enforcer accepts it as <paramref name="dataType"/>: a condition that is true when
    /// the value does NOT fit and the message expression; <see langword="null"/> when every value fits. A CLR type that
    /// can never be sent as the declared type gives a constant violation (condition <c>true</c>).
    /// </summary>
    public static (string Condition, string Message)? Check(string clrType, string dataType, string expression)
    {
        string typeRef = $"{TypeRefs.DataType}.{MlflowDataTypes.MemberNameOf(dataType)}";
        switch (Family(clrType))
        {
            case ScalarFamily.Integer:
                if (dataType is not ("integer" or "long" or "float" or "double")) return Never(clrType, dataType);
                if (IntegerFits(clrType, dataType)) return null;
                string integer = clrType is "global::System.UInt128" or "global::System.Numerics.BigInteger" ? expression : $"(global::System.Int128){expression}";
                if (RangeCondition(clrType, dataType, expression) is { } range)
                {
                    // 64-bit integers compared inline, as a hand-written check would: validators run per row.
                    return (range, $"{TypeRefs.ValueChecks}.Mismatch({integer}, {typeRef})");
                }
                return Fits(integer, typeRef);
            case ScalarFamily.Float:
                if (dataType is not ("integer" or "long" or "float" or "double")) return Never(clrType, dataType);
                bool needed = dataType is "integer" or "long" || (dataType == "float" && clrType == "double");
                if (!needed) return null;
                return Fits(clrType == "global::System.Half" ? $"(double){expression}" : expression, typeRef);
            case ScalarFamily.Boolean:
                return dataType == "boolean" ? null : Never(clrType, dataType);
            case ScalarFamily.Text:
                if (dataType == "string") return null;
                if (clrType == "string" && dataType is "datetime" or "binary") return Fits(expression, typeRef);
                return Never(clrType, dataType);
            case ScalarFamily.DateTime:
                return dataType is "datetime" or "string" ? null : Never(clrType, dataType);
            case ScalarFamily.Binary:
                return dataType is "binary" or "string" ? null : Never(clrType, dataType);
            default:
                return null;
        }
    }

    private static (string, string) Fits(string argument, string typeRef) =>
        ($"!{TypeRefs.ValueChecks}.Fits({argument}, {typeRef})", $"{TypeRefs.ValueChecks}.Mismatch({argument}, {typeRef})");

    private static (string, string) Never(string clrType, string dataType) =>
        (Always, CSharpText.String($"a {ShortName(clrType)} value cannot be sent as {dataType}"));

    // The out-of-range test of a 64-bit integer type against integer (int32) or long (int64); null for other pairs.
    private static string? RangeCondition(string clrType, string dataType, string x) => (clrType, dataType) switch
    {
        ("long" or "nint" or "global::System.IntPtr", "integer") => $"{x} < -2147483648L || {x} > 2147483647L",
        ("uint", "integer") => $"{x} > 2147483647U",
        ("ulong", "integer") => $"{x} > 2147483647UL",
        ("nuint" or "global::System.UIntPtr", "integer") => $"(ulong){x} > 2147483647UL",
        ("ulong", "long") => $"{x} > 9223372036854775807UL",
        ("nuint" or "global::System.UIntPtr", "long") => $"(ulong){x} > 9223372036854775807UL",
        _ => null,
    };

    // Integer types whose every value the MLflow type holds exactly (float32 up to 2^24, float64 up to 2^53).
    private static bool IntegerFits(string clrType, string dataType) => dataType switch
    {
        "integer" => clrType is "sbyte" or "byte" or "short" or "ushort" or "int",
        "long" => clrType is "sbyte" or "byte" or "short" or "ushort" or "int" or "uint" or "long" or "nint" or "global::System.IntPtr",
        "float" => clrType is "sbyte" or "byte" or "short" or "ushort",
        _ => clrType is "sbyte" or "byte" or "short" or "ushort" or "int" or "uint",
    };

    /// <summary>The type as C# shows it in a message: <c>Guid</c> for <c>global::System.Guid</c>.</summary>
    public static string ShortName(string clrType)
    {
        string name = clrType.StartsWith("global::", System.StringComparison.Ordinal) ? clrType.Substring("global::".Length) : clrType;
        int generic = name.IndexOf('<');
        int dot = (generic < 0 ? name : name.Substring(0, generic)).LastIndexOf('.');
        return dot < 0 ? name : name.Substring(dot + 1);
    }
}
