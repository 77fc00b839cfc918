using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>
/// Finds, inside a member's type syntax, the part that spells a given type symbol (the <c>decimal</c> in
/// <c>List&lt;decimal?&gt;</c>), walking the syntax and the symbol side by side so no semantic model is needed.
/// Diagnostics land on that part, and the code fixes replace exactly that node.
/// </summary>
internal static class TypeSyntaxLocator
{
    /// <summary>The syntax that spells <paramref name="target"/> inside <paramref name="syntax"/> (whose type is
    /// <paramref name="type"/>), or <see langword="null"/> when it cannot be matched (aliases, <c>var</c>).</summary>
    public static TypeSyntax? Find(TypeSyntax syntax, ITypeSymbol type, ITypeSymbol target)
    {
        if (SymbolEqualityComparer.IncludeNullability.Equals(type, target))
        {
            return syntax;
        }

        switch (syntax)
        {
            case NullableTypeSyntax nullable:
                ITypeSymbol inner = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n
                    ? n.TypeArguments[0]
                    : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                return Find(nullable.ElementType, inner, target)
                    ?? (SymbolEqualityComparer.Default.Equals(type, target) ? syntax : null);

            case ArrayTypeSyntax array:
                ITypeSymbol element = type;
                foreach (ArrayRankSpecifierSyntax _ in array.RankSpecifiers)
                {
                    if (element is not IArrayTypeSymbol arrayType)
                    {
                        return null;
                    }
                    element = arrayType.ElementType;
                }
                return Find(array.ElementType, element, target);

            case QualifiedNameSyntax qualified:
                return Find(qualified.Right, type, target);

            case AliasQualifiedNameSyntax aliased:
                return Find(aliased.Name, type, target);

            case GenericNameSyntax generic when type is INamedTypeSymbol named
                && named.TypeArguments.Length == generic.TypeArgumentList.Arguments.Count:
                for (int i = 0; i < named.TypeArguments.Length; i++)
                {
                    TypeSyntax? found = Find(generic.TypeArgumentList.Arguments[i], named.TypeArguments[i], target);
                    if (found is not null)
                    {
                        return found;
                    }
                }
                return null;

            case TupleTypeSyntax tuple when type is INamedTypeSymbol { IsTupleType: true } tupleType
                && tupleType.TupleElements.Length == tuple.Elements.Count:
                for (int i = 0; i < tuple.Elements.Count; i++)
                {
                    TypeSyntax? found = Find(tuple.Elements[i].Type, tupleType.TupleElements[i].Type, target);
                    if (found is not null)
                    {
                        return found;
                    }
                }
                return null;

            default:
                return SymbolEqualityComparer.Default.Equals(type, target) ? syntax : null;
        }
    }
}
