using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>Where a contract member is written: its declaration, its type, its default. Diagnostics use the
/// narrowest of these, and the code fixes edit exactly that node.</summary>
internal static class MemberSyntax
{
    /// <summary>The identifier's location: where member diagnostics go when no narrower node applies.</summary>
    public static Location NameLocation(ContractMember member) =>
        member.Symbol.Locations.Length > 0 ? member.Symbol.Locations[0] : Location.None;

    /// <summary>The declaring syntax: a property declaration, a positional record parameter, or a field's variable declarator.</summary>
    public static SyntaxNode? Declaration(ContractMember member, CancellationToken cancellationToken) =>
        member.Symbol.DeclaringSyntaxReferences.Length > 0
            ? member.Symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken)
            : null;

    /// <summary>The syntax of the member's type, or <see langword="null"/> when it has none in source.</summary>
    public static TypeSyntax? Type(ContractMember member, CancellationToken cancellationToken) => Declaration(member, cancellationToken) switch
    {
        PropertyDeclarationSyntax property => property.Type,
        ParameterSyntax parameter => parameter.Type,
        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables } => variables.Type,
        _ => null,
    };

    /// <summary>The location of the whole type, else of the name.</summary>
    public static Location TypeLocation(ContractMember member, CancellationToken cancellationToken) =>
        Type(member, cancellationToken)?.GetLocation() ?? NameLocation(member);

    /// <summary>The syntax spelling <paramref name="target"/> inside the member's type, or <see langword="null"/>.</summary>
    public static TypeSyntax? Find(ContractMember member, ITypeSymbol target, CancellationToken cancellationToken) =>
        Type(member, cancellationToken) is { } syntax ? TypeSyntaxLocator.Find(syntax, member.Type, target) : null;

    /// <summary>The default value written for the member: a property or field initializer, or a positional
    /// parameter's default.</summary>
    public static ExpressionSyntax? DefaultValue(ContractMember member, CancellationToken cancellationToken) => Declaration(member, cancellationToken) switch
    {
        PropertyDeclarationSyntax property => property.Initializer?.Value,
        ParameterSyntax parameter => parameter.Default?.Value,
        VariableDeclaratorSyntax variable => variable.Initializer?.Value,
        _ => null,
    };
}
