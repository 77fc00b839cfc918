using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>Syntax facts about type declarations (modifiers, the identifier to report on).</summary>
internal static class DeclarationSyntax
{
    /// <summary>Whether any declaration of <paramref name="type"/> has the modifier.</summary>
    public static bool HasModifier(INamedTypeSymbol type, SyntaxKind modifier, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(modifier))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the type is declared in source with a type declaration (so modifiers can be checked).</summary>
    public static bool IsDeclaredInSource(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The identifier of the type's first declaration: the narrowest place for declaration diagnostics.</summary>
    public static Location IdentifierLocation(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is BaseTypeDeclarationSyntax declaration)
            {
                return declaration.Identifier.GetLocation();
            }
        }
        return type.Locations.Length > 0 ? type.Locations[0] : Location.None;
    }
}
