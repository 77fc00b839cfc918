using Microsoft.CodeAnalysis;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>
/// Follows a <see cref="MappingIssue.Path"/> (<c>[]</c> an array item, <c>{}</c> a map value, <c>.Name</c> an object
/// property) through a member's type, to find the type the issue is about and whether it is still spelled inside
/// the member's own declaration (the path does not enter a nested object).
/// </summary>
internal static class MappingPath
{
    /// <summary>The type reached by the path's leading item and value steps, stopping before the first object
    /// property step; <paramref name="entersObject"/> tells whether such a step follows.</summary>
    public static ITypeSymbol? ResolveWithinMember(ITypeSymbol type, string path, out bool entersObject)
    {
        entersObject = false;
        ITypeSymbol? current = type;
        int i = 0;
        while (i < path.Length && current is not null)
        {
            if (path[i] == '.')
            {
                entersObject = true;
                return current;
            }
            if (i + 1 >= path.Length)
            {
                return null;
            }
            current = path.Substring(i, 2) switch
            {
                "[]" => ItemOf(SymbolFacts.UnwrapNullable(current)),
                "{}" => ValueOf(SymbolFacts.UnwrapNullable(current)),
                _ => null,
            };
            i += 2;
        }
        return current;
    }

    private static ITypeSymbol? ItemOf(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { TypeArguments.Length: 1 } named => named.TypeArguments[0],
        _ => null,
    };

    private static ITypeSymbol? ValueOf(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 2 } named ? named.TypeArguments[1] : null;
}
