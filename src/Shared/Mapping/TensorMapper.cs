using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Signatures.Shared.Mapping;

/// <summary>Maps a <c>[Tensor(...)]</c> member: the shape from the attribute, the rank from the array type
/// (multi-dimensional or jagged), the dtype from the element type or the attribute's <c>DType</c>.</summary>
internal static class TensorMapper
{
    /// <summary>Maps the tensor; returns <see langword="null"/> after adding a blocking issue.</summary>
    public static TensorMapping? Map(ContractMember member, List<MappingIssue> issues)
    {
        AttributeData attribute = member.Tensor!;
        string path = string.Empty;
        if (!TryReadShape(attribute, out int[] shape))
        {
            return Fail(issues, MappingIssueKind.TensorInvalidDimension, member.Type, "the shape must be constant integers", null);
        }
        foreach (int dimension in shape)
        {
            if (dimension < -1)
            {
                return Fail(issues, MappingIssueKind.TensorInvalidDimension, member.Type,
                    $"dimension {dimension.ToString(CultureInfo.InvariantCulture)} is invalid: use -1 (variable) or a size >= 0", "-1");
            }
        }
        if (SymbolFacts.IsNullable(member.Type))
        {
            issues.Add(new MappingIssue(MappingIssueKind.OptionalTensor, path, SymbolFacts.ShortName(member.Type),
                "tensors are always required; the tensor is written as required", SymbolFacts.ShortName(SymbolFacts.UnwrapNullable(member.Type).WithNullableAnnotation(NullableAnnotation.NotAnnotated))));
        }

        ITypeSymbol type = SymbolFacts.UnwrapNullable(member.Type);
        int totalRank = TotalRank(type);
        if (totalRank == 0 && shape.Length > 0)
        {
            return Fail(issues, MappingIssueKind.TensorNotArray, type,
                $"a tensor of shape {ShapeText(shape)} needs an array with {shape.Length.ToString(CultureInfo.InvariantCulture)} dimension(s)", ArraySuggestion(type, shape.Length));
        }

        // Peel exactly as many array dimensions as the shape has; what remains is the element.
        ITypeSymbol element = type;
        int peeled = 0;
        var levelRanks = new List<int>();
        while (element is IArrayTypeSymbol array && peeled + array.Rank <= shape.Length)
        {
            peeled += array.Rank;
            levelRanks.Add(array.Rank);
            element = array.ElementType;
        }
        bool elementIsBytes = element is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte };
        if (peeled != shape.Length || (element is IArrayTypeSymbol && !elementIsBytes))
        {
            return Fail(issues, MappingIssueKind.TensorRankMismatch, type,
                $"the shape {ShapeText(shape)} has rank {shape.Length.ToString(CultureInfo.InvariantCulture)} but {SymbolFacts.ShortName(type)} has rank {totalRank.ToString(CultureInfo.InvariantCulture)}",
                null);
        }

        string? natural = null;
        if (element.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T && TypeTable.TryGetScalar(element, out ScalarMapping scalar))
        {
            natural = scalar.TensorDType;
        }
        string? declared = SymbolFacts.NamedArgument(attribute, "DType") is { Value: string d } ? d : null;
        string dtype;
        if (declared is not null)
        {
            if (NumpyDTypes.MemberName(declared) is null)
            {
                return Fail(issues, MappingIssueKind.TensorUnknownDType, type,
                    $"'{declared}' is not a numpy dtype MLflow writes ({string.Join(", ", NumpyDTypes.Names)})", natural);
            }
            if (natural is not null && natural != declared)
            {
                issues.Add(new MappingIssue(MappingIssueKind.TensorDTypeMismatch, path, SymbolFacts.ShortName(element),
                    $"{SymbolFacts.ShortName(element)} elements are '{natural}' but DType is '{declared}'", natural));
            }
            dtype = declared;
        }
        else if (natural is not null)
        {
            dtype = natural;
        }
        else
        {
            return Fail(issues, MappingIssueKind.TensorElementUnsupported, element,
                $"{SymbolFacts.ShortName(element)} has no numpy dtype; use a numeric, bool, string, byte[] or DateTime element or set DType", null);
        }

        return new TensorMapping(dtype, new EquatableArray<int>(shape), SymbolFacts.Qualified(element), totalRank, levelRanks.Count > 1,
            new EquatableArray<int>(levelRanks.ToArray()));
    }

    /// <summary>The declared dimensions; <see langword="false"/> when the arguments are not constant integers
    /// (the compiler reports those). [Tensor(-1, 28)] arrives as one params array argument; [Tensor(null)] is a scalar.</summary>
    public static bool TryReadShape(AttributeData attribute, out int[] shape)
    {
        shape = System.Array.Empty<int>();
        if (attribute.AttributeConstructor is null) return false;
        if (attribute.ConstructorArguments.Length == 0) return true;
        TypedConstant argument = attribute.ConstructorArguments[0];
        if (argument.Kind != TypedConstantKind.Array) return false;
        if (argument.IsNull) return true;
        var values = new int[argument.Values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (argument.Values[i].Value is not int value) return false;
            values[i] = value;
        }
        shape = values;
        return true;
    }

    /// <summary>The number of array dimensions of a type, through jagged levels: <c>float[][,]</c> has 3.</summary>
    public static int TotalRank(ITypeSymbol type)
    {
        int rank = 0;
        while (type is IArrayTypeSymbol array)
        {
            rank += array.Rank;
            type = array.ElementType;
        }
        return rank;
    }

    /// <summary>The shape as MLflow's messages print it: <c>(-1, 28)</c>, <c>(3,)</c>, <c>()</c>.</summary>
    public static string ShapeText(IReadOnlyList<int> shape)
    {
        var parts = new string[shape.Count];
        for (int i = 0; i < parts.Length; i++) parts[i] = shape[i].ToString(CultureInfo.InvariantCulture);
        return shape.Count == 1 ? "(" + parts[0] + ",)" : "(" + string.Join(", ", parts) + ")";
    }

    private static string? ArraySuggestion(ITypeSymbol element, int rank) =>
        rank <= 0 ? null : SymbolFacts.ShortName(element) + "[" + new string(',', rank - 1) + "]";

    private static TensorMapping? Fail(List<MappingIssue> issues, MappingIssueKind kind, ITypeSymbol type, string detail, string? suggestion)
    {
        issues.Add(new MappingIssue(kind, string.Empty, SymbolFacts.ShortName(type), detail, suggestion));
        return null;
    }
}
