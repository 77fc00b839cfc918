using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>A type carrying a role attribute, with its members as the generator sees them: public instance
/// properties and fields, minus <c>[SignatureIgnore]</c> ones, in declaration order.</summary>
internal sealed class Contract
{
    private ImmutableArray<ContractMember> members;

    public Contract(INamedTypeSymbol type, ContractRoles roles, KnownSymbols symbols)
    {
        Type = type;
        Roles = roles;
        Symbols = symbols;
    }

    public INamedTypeSymbol Type { get; }

    public ContractRoles Roles { get; }

    public KnownSymbols Symbols { get; }

    public bool IsParams => (Roles & ContractRoles.Params) != 0 && Roles.IsSingle();

    /// <summary>The members that become columns, tensors or params (computed once, on first use).</summary>
    public ImmutableArray<ContractMember> GetMembers(CancellationToken cancellationToken)
    {
        if (members.IsDefault)
        {
            members = CollectMembers(cancellationToken);
        }
        return members;
    }

    private ImmutableArray<ContractMember> CollectMembers(CancellationToken cancellationToken)
    {
        ImmutableArray<ContractMember>.Builder builder = ImmutableArray.CreateBuilder<ContractMember>();
        foreach (ISymbol symbol in Type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (symbol.IsStatic || symbol.DeclaredAccessibility != Accessibility.Public)
            {
                continue;
            }

            ITypeSymbol? type = symbol switch
            {
                IPropertySymbol { IsIndexer: false } property => property.Type,
                IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false } field => field.Type,
                _ => null,
            };
            if (type is null)
            {
                continue;
            }

            AttributeData? column = null;
            AttributeData? tensor = null;
            bool ignored = false;
            Scan(symbol.GetAttributes(), ref column, ref tensor, ref ignored);
            IParameterSymbol? parameter = FindPositionalParameter(symbol, cancellationToken);
            if (parameter is not null)
            {
                Scan(parameter.GetAttributes(), ref column, ref tensor, ref ignored);
            }
            if (!ignored)
            {
                builder.Add(new ContractMember(this, symbol, type, column, tensor));
            }
        }
        return builder.ToImmutable();
    }

    private void Scan(ImmutableArray<AttributeData> attributes, ref AttributeData? column, ref AttributeData? tensor, ref bool ignored)
    {
        foreach (AttributeData attribute in attributes)
        {
            INamedTypeSymbol? attributeClass = attribute.AttributeClass;
            if (attributeClass is null) continue;
            if (column is null && SymbolEqualityComparer.Default.Equals(attributeClass, Symbols.Column)) column = attribute;
            else if (tensor is null && SymbolEqualityComparer.Default.Equals(attributeClass, Symbols.Tensor)) tensor = attribute;
            else if (SymbolEqualityComparer.Default.Equals(attributeClass, Symbols.SignatureIgnore)) ignored = true;
        }
    }

    /// <summary>The primary-constructor parameter a positional record property comes from.</summary>
    private IParameterSymbol? FindPositionalParameter(ISymbol member, CancellationToken cancellationToken)
    {
        if (!Type.IsRecord || member is not IPropertySymbol)
        {
            return null;
        }
        SyntaxReference? reference = member.DeclaringSyntaxReferences.Length == 1 ? member.DeclaringSyntaxReferences[0] : null;
        if (reference is null || reference.GetSyntax(cancellationToken) is not ParameterSyntax)
        {
            return null;
        }
        foreach (IMethodSymbol constructor in Type.InstanceConstructors)
        {
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (parameter.Name == member.Name
                    && parameter.DeclaringSyntaxReferences.Length == 1
                    && parameter.DeclaringSyntaxReferences[0].SyntaxTree == reference.SyntaxTree
                    && parameter.DeclaringSyntaxReferences[0].Span == reference.Span)
                {
                    return parameter;
                }
            }
        }
        return null;
    }
}
