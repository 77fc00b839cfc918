using System.Threading;
using Microsoft.CodeAnalysis;
using Signatures.Generators.Model;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Parsing;

/// <summary>Turns an attributed contract type into a <see cref="ContractSpec"/> through the shared mapping.</summary>
internal static class ContractParser
{
    /// <summary>The <c>ForAttributeWithMetadataName</c> transform for a role attribute.</summary>
    public static ContractSpec? Parse(GeneratorAttributeSyntaxContext context, ContractRole role, CancellationToken cancellationToken) =>
        context.TargetSymbol is INamedTypeSymbol type ? ParseType(type, role, context.SemanticModel.Compilation, cancellationToken) : null;

    /// <summary>
    /// The spec of <paramref name="type"/> in <paramref name="role"/>, or <see langword="null"/> when it is not
    /// generated: more than one role attribute, a type the generator cannot extend (see <see cref="TypeTargetParser"/>), or
    /// a member with a name or type left empty by half-typed code (see <see cref="CompleteNames"/>).
    /// </summary>
    public static ContractSpec? ParseType(INamedTypeSymbol type, ContractRole role, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!GenerationTargets.IsGeneratedContract(type, role, cancellationToken)) return null;
        if (TypeTargetParser.Parse(type, allowStatic: false, cancellationToken) is not { } target) return null;
        var roles = ContractRoles.Of(type);

        ContractSpec spec = role == ContractRole.Params
            ? new ContractSpec(target, role, roles[0].Naming, EquatableArray<MemberMapping>.Empty,
                ContractMapper.MapParams(type, compilation, cancellationToken))
            : new ContractSpec(target, role, roles[0].Naming, ContractMapper.MapColumns(type, cancellationToken),
                EquatableArray<ParamMapping>.Empty);
        return CompleteNames.Of(spec.Columns, spec.Params) ? spec : null; // a member still being typed: the compiler explains it
    }

    /// <summary>The column-contract role of <paramref name="type"/> (input or output), if it has exactly one role attribute of those.</summary>
    public static ContractRole? ColumnRole(ITypeSymbol type)
    {
        var roles = ContractRoles.Of(type);
        return roles.Count == 1 && roles[0].Role != ContractRole.Params ? roles[0].Role : null;
    }
}
