using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        if (!GenerationTargets.CanExtend(type, allowStatic, cancellationToken)) return null;
        var containing = new List<string>();
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, "partial " + Keyword(outer) + " " + CSharpText.Identifier(outer.Name));
        }

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
    public static bool Declares(INamedTypeSymbol type, params string[] names) => GenerationTargets.Declares(type, names);

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };
}
