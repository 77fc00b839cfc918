using Microsoft.CodeAnalysis;
using Signatures.Shared;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>Tells the generator's own members apart: in a build the compilation the analyzers see already holds them.</summary>
internal static class GeneratedMembers
{
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

    /// <summary>Whether the type is so named, or it or a base type has a member of that name that the user wrote.</summary>
    public static bool DeclaredByUser(INamedTypeSymbol type, string name)
    {
        if (type.Name == name) return true;
        for (INamedTypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            foreach (ISymbol member in t.GetMembers(name))
            {
                if (!IsGeneratedBySignatures(member)) return true;
            }
        }
        return false;
    }
}
