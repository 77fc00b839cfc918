namespace Signatures.Shared.Mapping;

/// <summary>
/// The MLflow column type of a CLR type, with the CLR facts generated code needs (value-equatable, no Roslyn objects).
/// </summary>
/// <remarks>Cached by Roslyn between runs: keep every member immutable with value equality
/// (strings, enums, primitives, EquatableArray). Never add ISymbol, SyntaxNode, Location or Compilation.</remarks>
/// <param name="Kind">Scalar, Array, Object, Map or Any.</param>
/// <param name="ClrType">The CLR type, fully qualified (<c>global::System.Collections.Generic.List&lt;long&gt;</c>), without a nullable annotation.</param>
/// <param name="IsNullable">Whether the CLR type admits null (<c>T?</c>, or a reference type annotated or oblivious).</param>
/// <param name="DataType">For <see cref="ShapeKind.Scalar"/>: the MLflow data type name written (<c>long</c>).</param>
/// <param name="Element">For Array: the item type; for Map: the value type.</param>
/// <param name="Container">For Array and Map: the CLR container.</param>
/// <param name="Properties">For Object: its properties in declaration order (MLflow sorts them by final name).</param>
internal sealed record TypeShape(
    ShapeKind Kind,
    string ClrType,
    bool IsNullable,
    string? DataType,
    TypeShape? Element,
    ContainerKind Container,
    EquatableArray<PropertyShape> Properties)
{
    /// <summary>A scalar of MLflow type <paramref name="dataType"/>.</summary>
    public static TypeShape Scalar(string clrType, bool isNullable, string dataType) =>
        new(ShapeKind.Scalar, clrType, isNullable, dataType, null, ContainerKind.None, EquatableArray<PropertyShape>.Empty);
}

/// <summary>One property of an MLflow Object, taken from a public member of a nested record or class.</summary>
/// <param name="MemberName">The C# member name.</param>
/// <param name="ExplicitName">The name given with <c>[Column("name")]</c>, used exactly as written, or <see langword="null"/>.</param>
/// <param name="Type">The property's type.</param>
/// <param name="Required">Whether MLflow's <c>required</c> is true (not nullable and not <c>Required = false</c>).</param>
internal sealed record PropertyShape(string MemberName, string? ExplicitName, TypeShape Type, bool Required)
{
    /// <summary>The property name under <paramref name="policy"/>.</summary>
    public string Name(NamingPolicy policy) => ColumnNames.Resolve(MemberName, ExplicitName, policy);
}
