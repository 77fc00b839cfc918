using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Generators.Emitting;
using Signatures.Generators.Model;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Parsing;

/// <summary>Decides whether generated members can be added to a type, and where.</summary>
internal static class TypeTargetParser
{
    private static readonly SymbolDisplayFormat NamespaceFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted);

    /// <summary>
    /// The target, or <see langword="null"/> when the generator cannot extend the type: not partial (or a containing
    /// type is not), generic or nested in a generic type, a ref struct, an interface or enum, declared in metadata, or
    /// with a name (its own, a containing type's or namespace's) left empty by half-typed code.
    /// Static classes are accepted only when <paramref name="allowStatic"/> (signature classes).
    /// </summary>
    public static TypeTargetSpec? Parse(INamedTypeSymbol type, bool allowStatic, CancellationToken cancellationToken)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsRefLikeType || (type.IsStatic && !allowStatic))
        {
            return null;
        }
        if (!HasWholeNames(type)) return null;
        var containing = new List<string>();
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface) || !IsPartialNonGeneric(outer, cancellationToken))
            {
                return null;
            }
            containing.Insert(0, "partial " + Keyword(outer) + " " + CSharpText.Identifier(outer.Name));
        }
        if (!IsPartialNonGeneric(type, cancellationToken) || HasNamesake(type)) return null;

        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString(NamespaceFormat) : string.Empty;
        string hint = SymbolFacts.MetadataName(type).Replace('`', '_');
        return new TypeTargetSpec(
            ns,
            CSharpText.Identifier(type.Name),
            Keyword(type),
            new EquatableArray<string>(containing.ToArray()),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            hint);
    }

    /// <summary>Whether <paramref name="type"/> or a base type declares a member (of any kind) with one of <paramref name="names"/>,
    /// or the type itself has one of those names (a member cannot be named like its enclosing type).</summary>
    public static bool Declares(INamedTypeSymbol type, params string[] names)
    {
        if (System.Array.IndexOf(names, type.Name) >= 0) return true;
        for (INamedTypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            foreach (string name in names)
            {
                if (t.GetMembers(name).Length > 0) return true;
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

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };
}
