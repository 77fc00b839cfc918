using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Signatures.Shared.Mapping;

namespace Signatures.Shared.Planning;

/// <summary>
/// Works out how generated request readers create contract instances: for each type reachable from a signature's
/// input and params contracts (through nullable, arrays, lists, dictionaries and nested types, as the mapping walks
/// them), the public constructor that covers the most members and the members an object initializer can set. Shared by
/// the generator and the analyzers.
/// </summary>
internal static class ConstructionReader
{
    /// <summary>The request spec of a signature class with an input (see <see cref="RequestPlanner"/> for what it decides).</summary>
    public static RequestSpec Read(INamedTypeSymbol signatureClass, ITypeSymbol input, ITypeSymbol? parameters, bool declaresReadRequest,
        Compilation compilation, CancellationToken cancellationToken)
    {
        var constructions = new List<ConstructionSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? inaccessible = null;
        Visit(input, signatureClass, compilation, constructions, seen, ref inaccessible, depth: 0, cancellationToken);
        if (parameters is not null) Visit(parameters, signatureClass, compilation, constructions, seen, ref inaccessible, depth: 0, cancellationToken);
        bool isPublic = IsPublic(input) && (parameters is null || IsPublic(parameters));
        return new RequestSpec(isPublic, inaccessible, declaresReadRequest, new EquatableArray<ConstructionSpec>(constructions.ToArray()));
    }

    private static void Visit(ITypeSymbol type, INamedTypeSymbol within, Compilation compilation, List<ConstructionSpec> constructions,
        HashSet<string> seen, ref string? inaccessible, int depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (depth > 32) return;
        ITypeSymbol t = SymbolFacts.UnwrapNullable(type);
        if (t.TypeKind == TypeKind.Error) return;
        if (!compilation.IsSymbolAccessibleWithin(t, within))
        {
            inaccessible ??= SymbolFacts.Qualified(t);
            return;
        }
        if (t is IArrayTypeSymbol array)
        {
            Visit(array.ElementType, within, compilation, constructions, seen, ref inaccessible, depth + 1, cancellationToken);
            return;
        }
        if (t is not INamedTypeSymbol named || TypeTable.TryGetScalar(t, out _)) return;
        if (named.IsGenericType)
        {
            foreach (ITypeSymbol argument in named.TypeArguments)
            {
                Visit(argument, within, compilation, constructions, seen, ref inaccessible, depth + 1, cancellationToken);
            }
            return;
        }
        if (named.TypeKind is not (TypeKind.Class or TypeKind.Struct) || named.IsAbstract || named.IsStatic
            || named.SpecialType != SpecialType.None || SymbolFacts.IsFrameworkType(named))
        {
            return;
        }
        if (!seen.Add(SymbolFacts.Qualified(named))) return;
        List<ContractMember> members = ContractMember.Collect(named, cancellationToken);
        constructions.Add(Construction(named, members));
        foreach (ContractMember member in members)
        {
            Visit(member.Type, within, compilation, constructions, seen, ref inaccessible, depth + 1, cancellationToken);
        }
    }

    private static ConstructionSpec Construction(INamedTypeSymbol type, List<ContractMember> members)
    {
        ConstructorArgument[]? best = null;
        foreach (IMethodSymbol constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility != Accessibility.Public) continue;
            ConstructorArgument[]? arguments = Match(constructor, members);
            if (arguments is not null && (best is null || arguments.Length > best.Length)) best = arguments;
        }

        var settable = new List<string>();
        var required = new List<string>();
        foreach (ISymbol symbol in AllMembers(type))
        {
            switch (symbol)
            {
                case IPropertySymbol { IsStatic: false, IsIndexer: false } property:
                    if (property.IsRequired) required.Add(property.Name);
                    if (property.DeclaredAccessibility == Accessibility.Public && property.SetMethod is { DeclaredAccessibility: Accessibility.Public }) settable.Add(property.Name);
                    break;
                case IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false } field:
                    if (field.IsRequired) required.Add(field.Name);
                    if (field.DeclaredAccessibility == Accessibility.Public && !field.IsReadOnly) settable.Add(field.Name);
                    break;
            }
        }
        return new ConstructionSpec(
            SymbolFacts.Qualified(type),
            type.IsValueType,
            best is not null,
            new EquatableArray<ConstructorArgument>(best ?? Array.Empty<ConstructorArgument>()),
            new EquatableArray<string>(settable.ToArray()),
            new EquatableArray<string>(required.ToArray()));
    }

    // Every parameter must take a member of the same type (names compared ignoring case, as positional records
    // and conventional constructors spell them) or be optional; optional parameters without a member are left out.
    private static ConstructorArgument[]? Match(IMethodSymbol constructor, List<ContractMember> members)
    {
        var arguments = new List<ConstructorArgument>();
        foreach (IParameterSymbol parameter in constructor.Parameters)
        {
            ContractMember? match = null;
            foreach (ContractMember member in members)
            {
                if (string.Equals(member.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                    && SymbolEqualityComparer.Default.Equals(member.Type, parameter.Type)
                    && parameter.RefKind == RefKind.None)
                {
                    match = member;
                    break;
                }
            }
            if (match is not null) arguments.Add(new ConstructorArgument(parameter.Name, match.Name));
            else if (!parameter.IsOptional && !parameter.IsParams) return null;
        }
        return arguments.ToArray();
    }

    private static IEnumerable<ISymbol> AllMembers(INamedTypeSymbol type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (INamedTypeSymbol? t = type; t is not null && t.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); t = t.BaseType)
        {
            foreach (ISymbol member in t.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && names.Add(member.Name)) yield return member;
            }
        }
    }

    private static bool IsPublic(ITypeSymbol type)
    {
        ITypeSymbol t = SymbolFacts.UnwrapNullable(type);
        if (t is IArrayTypeSymbol array) return IsPublic(array.ElementType);
        for (ISymbol? s = t; s is INamedTypeSymbol; s = s.ContainingType)
        {
            if (s.DeclaredAccessibility != Accessibility.Public) return false;
            if (s is INamedTypeSymbol { IsGenericType: true } generic)
            {
                foreach (ITypeSymbol argument in generic.TypeArguments)
                {
                    if (!IsPublic(argument)) return false;
                }
            }
        }
        return true;
    }
}
