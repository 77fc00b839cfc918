using System.Collections.Generic;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>
/// Which C# member types a typed request can fill from a value of an MLflow scalar type, and the code for it. Each MLflow
/// type has a natural CLR type (the one the conversion rules produce: <c>long</c> for <c>long</c>, <c>float</c> for
/// <c>float</c>, ...); other member types are reached by a conversion that refuses any value it would change
/// (<c>CellReader.ToNumber</c>, <c>ToChar</c>, ...). Which pairs get a reader is <see cref="ScalarConversionRules"/>'s rule.
/// </summary>
internal static class MemberConversions
{
    /// <summary>The natural CLR type and the <c>CellReader</c> method suffix of an MLflow scalar type.</summary>
    public static (string Natural, string Suffix) Natural(string dataType) => (ScalarConversionRules.NaturalType(dataType), dataType switch
    {
        "boolean" => "Boolean",
        "integer" => "Integer",
        "long" => "Long",
        "float" => "Float",
        "double" => "Double",
        "string" => "String",
        "binary" => "Binary",
        _ => "Datetime",
    });

    /// <summary>Whether the natural CLR type of <paramref name="dataType"/> is a value type.</summary>
    public static bool NaturalIsValueType(string dataType) => dataType is not ("string" or "binary");

    /// <summary>Whether a scalar member type (without nullable annotation) is a value type.</summary>
    public static bool IsValueType(string clrType) => clrType is not ("string" or "byte[]");

    /// <summary>A boolean expression converting <paramref name="source"/> (of the natural type) into
    /// <paramref name="outTarget"/> (<c>out byte b</c>), true when the value fits; <see langword="null"/> when the value
    /// needs no check (the same type, or an implicit conversion): then assign it.</summary>
    public static string? ConvertCall(string dataType, string clrType, string source, string outTarget)
    {
        if (clrType == Natural(dataType).Natural) return null;
        return clrType switch
        {
            "char" => $"cell.ToChar({source}, {outTarget})",
            "global::System.Guid" => $"cell.ToGuid({source}, {outTarget})",
            "global::System.DateOnly" => $"cell.ToDateOnly({source}, {outTarget})",
            "global::System.DateTimeOffset" => $"cell.ToDateTimeOffset({source}, {outTarget})",
            "global::System.ReadOnlyMemory<byte>" => null,
            _ => $"cell.ToNumber<{Natural(dataType).Natural}, {clrType}>({source}, {outTarget})",
        };
    }

    /// <summary>An expression giving <paramref name="value"/> (of <paramref name="clrType"/>, not null) in the natural
    /// type of <paramref name="dataType"/>, boxed.</summary>
    public static string ToNatural(string dataType, string clrType, string value)
    {
        string natural = Natural(dataType).Natural;
        if (clrType == natural) return $"(object){value}";
        return clrType switch
        {
            "char" or "global::System.Guid" => $"(object){value}.ToString()",
            "global::System.DateOnly" => $"(object){value}.ToDateTime(global::System.TimeOnly.MinValue)",
            "global::System.DateTimeOffset" => $"(object){value}.UtcDateTime",
            "global::System.ReadOnlyMemory<byte>" => $"(object){value}.ToArray()",
            _ => $"(object){natural}.CreateSaturating({value})",
        };
    }

    /// <summary>The member type as a field or variable type: <c>long?</c> for an optional value type.</summary>
    public static string FieldType(TypeShape shape) => shape.IsNullable ? shape.ClrType + "?" : shape.ClrType;

    /// <summary>Whether the shape's CLR type is a value type (scalars by the table; containers and objects are not known
    /// here and are handled through <see cref="object"/>).</summary>
    public static bool IsScalarValueType(TypeShape shape) => shape.Kind == ShapeKind.Scalar && IsValueType(shape.ClrType);
}
