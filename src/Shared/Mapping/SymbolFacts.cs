using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Signatures.Shared.Mapping;

/// <summary>Small symbol helpers shared by the mapping, the generator and the analyzers.</summary>
internal static class SymbolFacts
{
    /// <summary>Fully qualified C# with <c>global::</c> and keywords for special types, nullable annotations kept.</summary>
    public static readonly SymbolDisplayFormat QualifiedFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The type as C# shows it in a message (<c>ulong</c>, <c>List&lt;int&gt;</c>).</summary>
    public static string ShortName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    // Display strings per type symbol: the same few types (double, string, List<long>, ...) recur in every contract.
    // Weak keys: the cache never keeps a compilation alive.
    private static readonly ConditionalWeakTable<ITypeSymbol, string> QualifiedCache = new();
    private static readonly ConditionalWeakTable<ITypeSymbol, string> QualifiedWithNullabilityCache = new();

    /// <summary>The fully qualified type (<c>global::N.T</c>) without a reference-type nullable annotation.</summary>
    public static string Qualified(ITypeSymbol type) =>
        QualifiedCache.GetValue(type, static t => (t.NullableAnnotation == NullableAnnotation.Annotated ? t.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : t)
            .ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));

    /// <summary>The fully qualified type with its nullable annotation (<c>string?</c>).</summary>
    public static string QualifiedWithNullability(ITypeSymbol type) =>
        QualifiedWithNullabilityCache.GetValue(type, static t => t.ToDisplayString(QualifiedFormat));

    /// <summary>The metadata name <c>Namespace.Name`N</c> of a type (nested types as <c>Outer+Inner</c>).</summary>
    public static string MetadataName(ITypeSymbol type)
    {
        if (type.ContainingType is { } outer) return MetadataName(outer) + "+" + type.MetadataName;
        return type.ContainingNamespace is { IsGlobalNamespace: false } ns
            ? ns.ToDisplayString() + "." + type.MetadataName
            : type.MetadataName;
    }

    /// <summary>Whether <paramref name="attribute"/> is of the type with metadata name <paramref name="metadataName"/>
    /// (generic attributes compare their definition: <c>Signatures.ModelSignatureAttribute`2</c>).</summary>
    public static bool Is(AttributeData attribute, string metadataName) =>
        attribute.AttributeClass is { } type && HasMetadataName(type.OriginalDefinition, metadataName);

    /// <summary>Whether <paramref name="type"/>'s metadata name (<c>Namespace.Outer+Name`1</c>) is <paramref name="metadataName"/>,
    /// compared segment by segment without building strings (this runs for every attribute and member type).</summary>
    public static bool HasMetadataName(ITypeSymbol type, string metadataName)
    {
        if (type is not INamedTypeSymbol named) return false;
        int end = metadataName.Length;
        while (true)
        {
            if (!EndsWithSegment(metadataName, ref end, named.MetadataName)) return false;
            if (named.ContainingType is not { } outer) break;
            if (end == 0 || metadataName[end - 1] != '+') return false;
            end--;
            named = outer;
        }
        return IsNamespaceAt(metadataName, end, named.ContainingNamespace);
    }

    /// <summary>Whether <paramref name="type"/> is declared directly in namespace <paramref name="ns"/> (<c>System.Collections.Generic</c>).</summary>
    public static bool IsInNamespace(ITypeSymbol type, string ns)
    {
        if (type.ContainingType is not null) return false;
        int end = ns.Length;
        bool last = true;
        for (INamespaceSymbol? current = type.ContainingNamespace; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            if (!last)
            {
                if (end == 0 || ns[end - 1] != '.') return false;
                end--;
            }
            last = false;
            if (!EndsWithSegment(ns, ref end, current.Name)) return false;
        }
        return end == 0;
    }

    // Whether text[..end] (ending with the '.' before a type name, or empty) spells the namespace.
    private static bool IsNamespaceAt(string text, int end, INamespaceSymbol? ns)
    {
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (end == 0 || text[end - 1] != '.') return false;
            end--;
            if (!EndsWithSegment(text, ref end, ns.Name)) return false;
        }
        return end == 0;
    }

    private static bool EndsWithSegment(string text, ref int end, string segment)
    {
        int start = end - segment.Length;
        if (start < 0 || string.CompareOrdinal(text, start, segment, 0, segment.Length) != 0) return false;
        end = start;
        return true;
    }

    /// <summary>The first attribute of <paramref name="symbol"/> with metadata name <paramref name="metadataName"/>.</summary>
    public static AttributeData? Find(ISymbol symbol, string metadataName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (Is(attribute, metadataName)) return attribute;
        }
        return null;
    }

    /// <summary>A named argument of an attribute, or <see langword="null"/> when not given (or in error).</summary>
    public static TypedConstant? NamedArgument(AttributeData attribute, string name)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind != TypedConstantKind.Error) return argument.Value;
        }
        return null;
    }

    /// <summary>The contract-level naming policy from a role attribute's <c>Naming</c> argument.</summary>
    public static NamingPolicy Naming(AttributeData? roleAttribute)
    {
        if (roleAttribute is null || NamedArgument(roleAttribute, "Naming") is not { Value: int value }) return NamingPolicy.Default;
        return value is >= 0 and <= (int)NamingPolicy.CamelCase ? (NamingPolicy)value : NamingPolicy.Default;
    }

    /// <summary>Whether a type's namespace is <c>System</c> or <c>Microsoft</c> (or below): framework types are
    /// never mapped member by member as MLflow objects.</summary>
    public static bool IsFrameworkType(ITypeSymbol type)
    {
        INamespaceSymbol? ns = type.ContainingNamespace;
        if (ns is null || ns.IsGlobalNamespace) return false;
        while (ns.ContainingNamespace is { IsGlobalNamespace: false } parent) ns = parent;
        return ns.Name is "System" or "Microsoft";
    }

    /// <summary>Compares symbols by identity (a wrapper so netstandard code needs no comparer plumbing).</summary>
    public static bool Same(ISymbol? a, ISymbol? b) => SymbolEqualityComparer.Default.Equals(a, b);

    /// <summary>Whether the member admits null by its declaration: <c>T?</c> value types, or an annotated reference type.</summary>
    public static bool IsNullable(ITypeSymbol type) =>
        type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
        || (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated);

    /// <summary>The <c>T</c> of <c>Nullable&lt;T&gt;</c>, or the type itself.</summary>
    public static ITypeSymbol UnwrapNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
            ? nullable.TypeArguments[0]
            : type;
}
