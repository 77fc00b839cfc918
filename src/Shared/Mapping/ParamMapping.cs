using System.Linq;

namespace Signatures.Shared.Mapping;

/// <summary>One member of a <c>[ModelParams]</c> contract mapped to an MLflow <c>ParamSpec</c>.</summary>
/// <remarks>Cached by Roslyn between runs: keep every member immutable with value equality
/// (strings, enums, primitives, EquatableArray). Never add ISymbol, SyntaxNode, Location or Compilation.</remarks>
/// <param name="MemberName">The C# member name.</param>
/// <param name="ExplicitName">The name from <c>[Column("...")]</c>, or <see langword="null"/>.</param>
/// <param name="ClrType">The member's CLR type, fully qualified, with its nullable annotation.</param>
/// <param name="Type">A scalar, an Array of scalars (a list param) or an Object; <see langword="null"/> when unsupported.</param>
/// <param name="IsList">Whether the shape is <c>(-1,)</c>.</param>
/// <param name="Default">The normalised default; <see langword="null"/> when it could not be read.</param>
/// <param name="Issues">Everything worth telling the user, blocking or not.</param>
internal sealed record ParamMapping(
    string MemberName,
    string? ExplicitName,
    string ClrType,
    TypeShape? Type,
    bool IsList,
    ParamValue? Default,
    EquatableArray<MappingIssue> Issues)
{
    /// <summary>The param name under <paramref name="policy"/>.</summary>
    public string Name(NamingPolicy policy) => ColumnNames.Resolve(MemberName, ExplicitName, policy);

    /// <summary>The MLflow type name written as the param's <c>type</c>: a data type name, or <c>object</c>.</summary>
    public string? TypeName => Type is null ? null : Type.Kind == ShapeKind.Object ? "object" : (IsList ? Type.Element!.DataType : Type.DataType);

    /// <summary>Whether the generator can emit this param.</summary>
    public bool IsGeneratable => Type is not null && Default is not null && !Issues.Any(static i => i.IsBlocking);
}
