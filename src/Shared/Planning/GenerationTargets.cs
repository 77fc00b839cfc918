using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Shared.Mapping;

namespace Signatures.Shared.Planning;

/// <summary>
/// Whether the generator can add members to a type: the generator skips a contract or signature class for which this
/// says no, and the analyzers use the same answer to stay silent about what such a class would have had.
/// </summary>
internal static class GenerationTargets
{
    /// <summary>
    /// False when the generator cannot extend the type: not partial (or a containing type is not), generic or nested in
    /// a generic type, a ref struct, an interface or enum, declared in metadata, or sharing its name with another type
    /// of the assembly, or with a name (its own, a containing type's or namespace's) left empty by half-typed code
    /// (<see cref="CompleteNames"/>). Static classes are accepted only when <paramref name="allowStatic"/> (signature classes).
    /// </summary>
    public static bool CanExtend(INamedTypeSymbol type, bool allowStatic, CancellationToken cancellationToken)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsRefLikeType || (type.IsStatic && !allowStatic))
        {
            return false;
        }
        if (!HasWholeNames(type)) return false;
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface) || !IsPartialNonGeneric(outer, cancellationToken))
            {
                return false;
            }
        }
        return IsPartialNonGeneric(type, cancellationToken) && !HasNamesake(type);
    }

    /// <summary>Whether the generator generates <paramref name="type"/> as a contract of <paramref name="role"/>: it has that
    /// role attribute and no other, can be extended, and does not already declare a generated member's name.</summary>
    public static bool IsGeneratedContract(INamedTypeSymbol type, ContractRole role, CancellationToken cancellationToken)
    {
        var roles = ContractRoles.Of(type);
        return roles.Count == 1 && roles[0].Role == role
            && CanExtend(type, allowStatic: false, cancellationToken)
            && !Declares(type, role == ContractRole.Params ? GeneratedMemberNames.ParamsContract : GeneratedMemberNames.ColumnContract);
    }

    /// <summary>Whether the generator generates the members of signature class <paramref name="type"/> (given one
    /// signature attribute whose type arguments it accepts).</summary>
    public static bool IsGeneratedSignatureClass(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        CanExtend(type, allowStatic: true, cancellationToken) && !Declares(type, GeneratedMemberNames.SignatureClass);

    /// <summary>Whether <paramref name="type"/> or a base type declares a member (of any kind) with one of <paramref name="names"/>,
    /// or the type itself has one of those names (a member cannot be named like its enclosing type). The generator's own
    /// members (which the analyzers see in a build) do not count.</summary>
    public static bool Declares(INamedTypeSymbol type, params string[] names)
    {
        if (System.Array.IndexOf(names, type.Name) >= 0) return true;
        for (INamedTypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            foreach (string name in names)
            {
                foreach (ISymbol member in t.GetMembers(name))
                {
                    if (!IsGeneratedBySignatures(member)) return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="member"/> carries <c>[GeneratedCode("Signatures.Generators", ...)]</c>.</summary>
    public static bool IsGeneratedBySignatures(ISymbol member)
    {
        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } attributeClass
                && attributeClass.ContainingNamespace?.ToDisplayString() == "System.CodeDom.Compiler"
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string tool
                && tool == GeneratedMemberNames.GeneratorTool)
            {
                return true;
            }
        }
        return false;
    }

    // Half-typed code leaves names empty (a type without a name, `namespace Demo.;`): such a type is skipped.
    private static bool HasWholeNames(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            if (!CompleteNames.IsIdentifier(t.Name)) return false;
        }
        for (INamespaceSymbol? n = type.ContainingNamespace; n is { IsGlobalNamespace: false }; n = n.ContainingNamespace)
        {
            if (!CompleteNames.IsIdentifier(n.Name)) return false;
        }
        return true;
    }

    // Erroneous code can declare two types with one name (a partial record and a partial class): their generated
    // files would collide, and the compiler already reports the conflict.
    private static bool HasNamesake(INamedTypeSymbol type)
    {
        var siblings = type.ContainingType is { } outer
            ? outer.GetTypeMembers(type.Name, type.Arity)
            : type.ContainingNamespace.GetTypeMembers(type.Name, type.Arity);
        int count = 0;
        foreach (INamedTypeSymbol sibling in siblings)
        {
            if (SymbolFacts.Same(sibling.ContainingAssembly, type.ContainingAssembly)) count++;
        }
        return count > 1;
    }

    private static bool IsPartialNonGeneric(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.TypeParameters.Length > 0 || type.DeclaringSyntaxReferences.Length == 0) return false;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration) return false;
            bool isPartial = false;
            foreach (SyntaxToken modifier in declaration.Modifiers)
            {
                if (modifier.IsKind(SyntaxKind.PartialKeyword)) isPartial = true;
            }
            if (!isPartial) return false;
        }
        return true;
    }
}
