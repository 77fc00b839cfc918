using Microsoft.CodeAnalysis;
using Signatures.Shared;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>What a non-contract type argument of <c>[ModelSignature&lt;...&gt;]</c> may be: one unnamed column.</summary>
internal static class SignatureTypeArguments
{
    /// <summary>Why <paramref name="type"/> cannot be one unnamed column, or <see langword="null"/> when it can.</summary>
    public static string? WhyNotAnUnnamedColumn(ITypeSymbol type)
    {
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            || (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated))
        {
            return "a nullable type would be an unnamed optional column, which MLflow rejects";
        }
        if (TypeTable.TryGetScalar(type, out _))
        {
            return null;
        }
        if (type is IArrayTypeSymbol { Rank: 1 } array && TypeTable.TryGetScalar(array.ElementType, out _))
        {
            return null;
        }
        return "it is neither a model contract nor a scalar or one-dimensional array type MLflow can map";
    }
}
