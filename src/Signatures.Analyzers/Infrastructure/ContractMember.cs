using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>
/// One public member of a contract (a property, a field, or a positional record parameter's property) with the
/// Signatures attributes found on it. Attributes written on a positional parameter without a <c>property:</c>
/// target apply to the parameter, so both places are read.
/// </summary>
internal sealed class ContractMember
{
    private SyntaxNode? declaration;
    private bool declarationResolved;

    public ContractMember(Contract contract, ISymbol symbol, ITypeSymbol type, AttributeData? column, AttributeData? tensor)
    {
        Contract = contract;
        Symbol = symbol;
        Type = type;
        Column = column;
        Tensor = tensor;
    }

    public Contract Contract { get; }

    /// <summary>The property or field.</summary>
    public ISymbol Symbol { get; }

    /// <summary>The member's declared type (with its nullable annotation).</summary>
    public ITypeSymbol Type { get; }

    /// <summary>The <c>[Column]</c> attribute, if any.</summary>
    public AttributeData? Column { get; }

    /// <summary>The <c>[Tensor]</c> attribute, if any.</summary>
    public AttributeData? Tensor { get; }

    public string Name => Symbol.Name;

    /// <summary>How messages name the member: <c>Contract.Member</c>.</summary>
    public string DisplayName => Contract.Type.Name + "." + Symbol.Name;

    public bool IsTensor => Tensor is not null;

    /// <summary>The identifier's location: where member-level diagnostics go when no narrower node applies.</summary>
    public Location NameLocation => Symbol.Locations.FirstOrDefault() ?? Location.None;

    /// <summary>The declaring syntax: a property declaration, a positional record parameter, or a field's variable declarator.</summary>
    public SyntaxNode? GetDeclaration(CancellationToken cancellationToken)
    {
        if (!declarationResolved)
        {
            declaration = Symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
            declarationResolved = true;
        }
        return declaration;
    }

    /// <summary>The syntax of the member's type, or <see langword="null"/> when it cannot be found.</summary>
    public TypeSyntax? GetTypeSyntax(CancellationToken cancellationToken) => GetDeclaration(cancellationToken) switch
    {
        PropertyDeclarationSyntax property => property.Type,
        ParameterSyntax parameter => parameter.Type,
        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables } => variables.Type,
        _ => null,
    };

    /// <summary>The location of the part of the member's type that spells <paramref name="target"/>, else of the
    /// whole type, else of the member's name.</summary>
    public Location GetTypeLocation(ITypeSymbol target, CancellationToken cancellationToken)
    {
        TypeSyntax? syntax = GetTypeSyntax(cancellationToken);
        if (syntax is null)
        {
            return NameLocation;
        }
        return (TypeSyntaxLocator.Find(syntax, Type, target) ?? syntax).GetLocation();
    }

    /// <summary>The location of the whole type syntax, else of the member's name.</summary>
    public Location GetTypeLocation(CancellationToken cancellationToken) =>
        GetTypeSyntax(cancellationToken)?.GetLocation() ?? NameLocation;

    /// <summary>The initializer of a property or field, or the default value of a positional parameter.</summary>
    public EqualsValueClauseSyntax? GetInitializer(CancellationToken cancellationToken) => GetDeclaration(cancellationToken) switch
    {
        PropertyDeclarationSyntax property => property.Initializer,
        ParameterSyntax parameter => parameter.Default,
        VariableDeclaratorSyntax variable => variable.Initializer,
        _ => null,
    };
}
