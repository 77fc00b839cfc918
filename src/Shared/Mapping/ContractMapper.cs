using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Signatures.Shared.Mapping;

/// <summary>
/// The one mapping of contracts to MLflow, shared by the generator and the analyzers: symbols in, value-equatable
/// results out. Never throws on bad code (only <see cref="System.OperationCanceledException"/>); every problem is a
/// <see cref="MappingIssue"/> on the member it concerns.
/// </summary>
internal static class ContractMapper
{
    /// <summary>Maps every member of an input or output contract, in member order.</summary>
    public static EquatableArray<MemberMapping> MapColumns(INamedTypeSymbol contract, CancellationToken cancellationToken)
    {
        var result = new List<MemberMapping>();
        foreach (ContractMember member in ContractMember.Collect(contract, cancellationToken))
        {
            result.Add(MapColumn(member, cancellationToken));
        }
        return new EquatableArray<MemberMapping>(result.ToArray());
    }

    /// <summary>Maps one member of an input or output contract to a column or a tensor.</summary>
    public static MemberMapping MapColumn(ContractMember member, CancellationToken cancellationToken)
    {
        var issues = new List<MappingIssue>();
        string clr = SymbolFacts.QualifiedWithNullability(member.Type);
        string? declared = TypeMapper.DeclaredType(member.Column);
        if (member.Tensor is not null)
        {
            if (declared is not null)
            {
                issues.Add(new MappingIssue(MappingIssueKind.DeclarationNotApplicable, string.Empty, SymbolFacts.ShortName(member.Type),
                    $"Type = {declared} does not apply to a tensor; its dtype comes from the element type or DType", null));
            }
            TensorMapping? tensor = TensorMapper.Map(member, issues);
            return new MemberMapping(member.Name, member.ExplicitName, tensor is null ? MemberKind.Unsupported : MemberKind.Tensor,
                clr, true, null, tensor, new EquatableArray<MappingIssue>(issues.ToArray()));
        }

        TypeShape? shape = new TypeMapper(issues, cancellationToken).Map(member.Type, declared, string.Empty);
        bool required = TypeMapper.IsRequired(member);
        if (shape is { Kind: ShapeKind.Scalar, DataType: "integer" or "long", IsNullable: true } && member.Type.IsValueType)
        {
            issues.Add(new MappingIssue(MappingIssueKind.NullableInteger, string.Empty, SymbolFacts.ShortName(member.Type),
                "Python cannot hold missing values in an integer column: MLflow clients send such columns as floats", "double?"));
        }
        return new MemberMapping(member.Name, member.ExplicitName, shape is null ? MemberKind.Unsupported : MemberKind.Column,
            clr, required, shape, null, new EquatableArray<MappingIssue>(issues.ToArray()));
    }

    /// <summary>Whether a signature type argument is <c>Signatures.NoSchema</c>: that part of the signature is absent
    /// (<c>null</c> in MLflow's <c>to_dict()</c>), which is valid as long as one part is present.</summary>
    public static bool IsNoSchema(ITypeSymbol type) => SymbolFacts.HasMetadataName(type, KnownTypeNames.NoSchema);

    /// <summary>
    /// Maps a signature type argument that is a scalar or a collection of scalars (<c>long</c>, <c>string</c>,
    /// <c>double[]</c>) to one unnamed, required column. Returns <see langword="null"/> for any other type (a contract,
    /// or something unsupported), which the caller handles.
    /// </summary>
    public static MemberMapping? MapTypeArgument(ITypeSymbol type, CancellationToken cancellationToken)
    {
        var issues = new List<MappingIssue>();
        TypeShape? shape = new TypeMapper(issues, cancellationToken).Map(type, null, string.Empty);
        if (shape is null || shape.Kind is not (ShapeKind.Scalar or ShapeKind.Array)) return null;
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            issues.Add(new MappingIssue(MappingIssueKind.UnsupportedType, string.Empty, SymbolFacts.ShortName(type),
                "an unnamed column cannot be optional", SymbolFacts.ShortName(SymbolFacts.UnwrapNullable(type))));
        }
        return new MemberMapping(string.Empty, null, MemberKind.Column, SymbolFacts.QualifiedWithNullability(type), true, shape, null,
            new EquatableArray<MappingIssue>(issues.ToArray()));
    }

    /// <summary>Maps every member of a <c>[ModelParams]</c> contract, in member order. The compilation is needed
    /// to read defaults from initializers in any file of a partial type.</summary>
    public static EquatableArray<ParamMapping> MapParams(INamedTypeSymbol contract, Compilation compilation, CancellationToken cancellationToken)
    {
        var result = new List<ParamMapping>();
        var models = new Dictionary<SyntaxTree, SemanticModel>();
        foreach (ContractMember member in ContractMember.Collect(contract, cancellationToken))
        {
            result.Add(MapParam(member, compilation, cancellationToken, models));
        }
        return new EquatableArray<ParamMapping>(result.ToArray());
    }

    /// <summary>Maps one member of a <c>[ModelParams]</c> contract, its default included.</summary>
    public static ParamMapping MapParam(ContractMember member, Compilation compilation, CancellationToken cancellationToken) =>
        MapParam(member, compilation, cancellationToken, new Dictionary<SyntaxTree, SemanticModel>());

    private static ParamMapping MapParam(ContractMember member, Compilation compilation, CancellationToken cancellationToken,
        Dictionary<SyntaxTree, SemanticModel> models)
    {
        var issues = new List<MappingIssue>();
        string clr = SymbolFacts.QualifiedWithNullability(member.Type);
        ParamMapping Unsupported() => new(member.Name, member.ExplicitName, clr, null, false, null, new EquatableArray<MappingIssue>(issues.ToArray()));

        if (member.Tensor is not null)
        {
            issues.Add(new MappingIssue(MappingIssueKind.ParamUnsupportedType, string.Empty, SymbolFacts.ShortName(member.Type),
                "a param cannot be a tensor", null));
            return Unsupported();
        }
        TypeShape? shape = new TypeMapper(issues, cancellationToken).Map(member.Type, TypeMapper.DeclaredType(member.Column), string.Empty);
        if (shape is null) return Unsupported();

        bool isList = shape.Kind == ShapeKind.Array;
        TypeShape scalar = isList ? shape.Element! : shape;
        string? problem = scalar.Kind switch
        {
            ShapeKind.Array => null,
            ShapeKind.Scalar when scalar.DataType == "binary" => "MLflow params cannot be binary",
            ShapeKind.Scalar => null,
            ShapeKind.Object when !isList => null,
            ShapeKind.Object => "a list param holds scalars only",
            _ => "a param is a scalar, a list of scalars or an object",
        };
        if (isList && scalar.Kind == ShapeKind.Array)
        {
            issues.Add(new MappingIssue(MappingIssueKind.ParamMultiDimensional, string.Empty, SymbolFacts.ShortName(member.Type),
                "a list param has one dimension (shape (-1,))", null));
            return Unsupported();
        }
        if (problem is not null)
        {
            issues.Add(new MappingIssue(MappingIssueKind.ParamUnsupportedType, string.Empty, SymbolFacts.ShortName(member.Type), problem, null));
            return Unsupported();
        }

        ParamValue? value = new ParamDefaultReader(compilation, issues, cancellationToken, models).Read(member, shape);
        return new ParamMapping(member.Name, member.ExplicitName, clr, shape, isList, value, new EquatableArray<MappingIssue>(issues.ToArray()));
    }
}
