using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Signatures.Shared.Mapping;

/// <summary>
/// A public member of a contract (or of a nested object type) with its mapping attributes, read once.
/// Holds Roslyn symbols: use it while mapping or analyzing, never store it in a pipeline model.
/// </summary>
internal sealed class ContractMember
{
    private ContractMember(ISymbol symbol, ITypeSymbol type, IParameterSymbol? primaryParameter, AttributeData? column, AttributeData? tensor)
    {
        Symbol = symbol;
        Type = type;
        PrimaryParameter = primaryParameter;
        Column = column;
        Tensor = tensor;
    }

    /// <summary>The property or field.</summary>
    public ISymbol Symbol { get; }

    /// <summary>The member's type.</summary>
    public ITypeSymbol Type { get; }

    /// <summary>The primary-constructor parameter of a positional record that declares this property, if any.</summary>
    public IParameterSymbol? PrimaryParameter { get; }

    /// <summary><c>[Column]</c> on the member (or on its positional parameter).</summary>
    public AttributeData? Column { get; }

    /// <summary><c>[Tensor]</c> on the member (or on its positional parameter).</summary>
    public AttributeData? Tensor { get; }

    /// <summary>The C# member name.</summary>
    public string Name => Symbol.Name;

    /// <summary>The explicit name: <c>[Column("name")]</c>, else <c>[Tensor(Name = "name")]</c>, else <see langword="null"/>.</summary>
    public string? ExplicitName
    {
        get
        {
            if (Column is { ConstructorArguments.Length: 1 } column && column.ConstructorArguments[0].Value is string name) return name;
            if (Tensor is not null && SymbolFacts.NamedArgument(Tensor, "Name") is { Value: string tensorName }) return tensorName;
            return null;
        }
    }

    /// <summary>
    /// The members that map: public instance properties with a public getter (not indexers) and public instance
    /// fields (not constants), without <c>[SignatureIgnore]</c>; base-type members first, then declaration order.
    /// </summary>
    public static List<ContractMember> Collect(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? t = type; t is not null && t.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        var members = new List<ContractMember>();
        var seen = new HashSet<string>();
        // Walk the most derived type first so an override wins, then restore base-first order.
        var perType = new List<List<ContractMember>>();
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            var own = new List<ContractMember>();
            foreach (ISymbol symbol in chain[i].GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (TryCreate(chain[i], symbol) is { } member && seen.Add(member.Name)) own.Add(member);
            }
            perType.Insert(0, own);
        }
        foreach (List<ContractMember> own in perType) members.AddRange(own);
        return members;
    }

    private static ContractMember? TryCreate(INamedTypeSymbol owner, ISymbol symbol)
    {
        if (symbol.IsStatic || symbol.IsImplicitlyDeclared || symbol.DeclaredAccessibility != Accessibility.Public) return null;
        ITypeSymbol type;
        switch (symbol)
        {
            case IPropertySymbol { IsIndexer: false, GetMethod: { DeclaredAccessibility: Accessibility.Public } } property:
                type = property.Type;
                break;
            case IFieldSymbol { IsConst: false } field:
                type = field.Type;
                break;
            default:
                return null;
        }

        IParameterSymbol? parameter = symbol is IPropertySymbol ? PrimaryParameterOf(owner, symbol) : null;
        AttributeData? column = null, tensor = null;
        bool ignored = false;
        foreach (ISymbol source in parameter is null ? new[] { symbol } : new[] { symbol, parameter })
        {
            foreach (AttributeData attribute in source.GetAttributes())
            {
                if (SymbolFacts.Is(attribute, KnownTypeNames.SignatureIgnoreAttribute)) ignored = true;
                else if (column is null && SymbolFacts.Is(attribute, KnownTypeNames.ColumnAttribute)) column = attribute;
                else if (tensor is null && SymbolFacts.Is(attribute, KnownTypeNames.TensorAttribute)) tensor = attribute;
            }
        }
        return ignored ? null : new ContractMember(symbol, type, parameter, column, tensor);
    }

    // A positional record's property is declared by its primary-constructor parameter: same syntax node.
    private static IParameterSymbol? PrimaryParameterOf(INamedTypeSymbol owner, ISymbol property)
    {
        if (property.DeclaringSyntaxReferences.Length == 0) return null;
        SyntaxReference declaration = property.DeclaringSyntaxReferences[0];
        foreach (IMethodSymbol constructor in owner.InstanceConstructors)
        {
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (parameter.Name != property.Name) continue;
                foreach (SyntaxReference reference in parameter.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == declaration.SyntaxTree && reference.Span == declaration.Span) return parameter;
                }
            }
        }
        return null;
    }
}
