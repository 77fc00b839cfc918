using System.Collections.Generic;
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

    /// <summary>The fully qualified type (<c>global::N.T</c>) without a reference-type nullable annotation.</summary>
    public static string Qualified(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>The fully qualified type with its nullable annotation (<c>string?</c>).</summary>
    public static string QualifiedWithNullability(ITypeSymbol type) => type.ToDisplayString(QualifiedFormat);

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
        attribute.AttributeClass is { } type && MetadataName(type.OriginalDefinition) == metadataName;

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
