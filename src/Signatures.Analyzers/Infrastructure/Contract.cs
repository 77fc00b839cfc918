using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>
/// A type carrying a role attribute, with its members and their mappings computed by the shared mapping
/// (<see cref="ContractMapper"/>), exactly as the generator computes them. One instance per type and compilation
/// is shared by every analyzer (<see cref="ContractCache"/>); each part is computed on first use, thread-safely.
/// </summary>
internal sealed class Contract
{
    private readonly Compilation compilation;
    private IReadOnlyList<ContractMember>? members;
    private IReadOnlyList<MemberMapping>? columns;
    private IReadOnlyList<ParamMapping>? parameters;

    public Contract(INamedTypeSymbol type, RoleSet roles, AttributeData? roleAttribute, KnownSymbols symbols, Compilation compilation, NamingPolicy projectNaming)
    {
        Type = type;
        Roles = roles;
        Symbols = symbols;
        this.compilation = compilation;
        NamingPolicy own = SymbolFacts.Naming(roleAttribute);
        Naming = own != NamingPolicy.Default ? own : projectNaming;
    }

    public INamedTypeSymbol Type { get; }

    public RoleSet Roles { get; }

    public KnownSymbols Symbols { get; }

    /// <summary>The naming policy in force: the contract's <c>Naming</c>, else the project's <c>SignaturesColumnNaming</c>.</summary>
    public NamingPolicy Naming { get; }

    /// <summary>A params contract (and nothing else): its members are params, not columns.</summary>
    public bool IsParams => Roles == RoleSet.Params;

    /// <summary>An input or output contract (and nothing else): its members are columns or tensors.</summary>
    public bool IsColumns => Roles is RoleSet.Input or RoleSet.Output;

    /// <summary>The members that map, in the generator's order.</summary>
    public IReadOnlyList<ContractMember> GetMembers(CancellationToken cancellationToken) =>
        LazyInitializer.EnsureInitialized(ref members, () => ContractMember.Collect(Type, cancellationToken))!;

    /// <summary>The column or tensor mapping of each member (same order as <see cref="GetMembers"/>).</summary>
    public IReadOnlyList<MemberMapping> GetColumnMappings(CancellationToken cancellationToken) =>
        LazyInitializer.EnsureInitialized(ref columns, () =>
        {
            IReadOnlyList<ContractMember> all = GetMembers(cancellationToken);
            var result = new MemberMapping[all.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = ContractMapper.MapColumn(all[i], cancellationToken);
            }
            return result;
        })!;

    /// <summary>The param mapping of each member (same order as <see cref="GetMembers"/>).</summary>
    public IReadOnlyList<ParamMapping> GetParamMappings(CancellationToken cancellationToken) =>
        LazyInitializer.EnsureInitialized(ref parameters, () =>
        {
            IReadOnlyList<ContractMember> all = GetMembers(cancellationToken);
            var result = new ParamMapping[all.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = ContractMapper.MapParam(all[i], compilation, cancellationToken);
            }
            return result;
        })!;

    /// <summary>Every mapping issue of every member (columns for input and output contracts, params for params
    /// contracts; nothing for a type with several roles, which SIG0005 reports).</summary>
    public IEnumerable<(ContractMember Member, MappingIssue Issue)> GetIssues(CancellationToken cancellationToken)
    {
        IReadOnlyList<ContractMember> all = GetMembers(cancellationToken);
        if (IsColumns)
        {
            IReadOnlyList<MemberMapping> mappings = GetColumnMappings(cancellationToken);
            for (int i = 0; i < all.Count; i++)
            {
                foreach (MappingIssue issue in mappings[i].Issues)
                {
                    yield return (all[i], issue);
                }
            }
        }
        else if (IsParams)
        {
            IReadOnlyList<ParamMapping> mappings = GetParamMappings(cancellationToken);
            for (int i = 0; i < all.Count; i++)
            {
                foreach (MappingIssue issue in mappings[i].Issues)
                {
                    yield return (all[i], issue);
                }
            }
        }
    }

    /// <summary>How messages name a member: <c>Contract.Member</c>, plus the path inside it when there is one
    /// (<c>Order.Items[].Price</c>).</summary>
    public string DisplayName(ContractMember member, string path = "") => Type.Name + "." + member.Name + path;
}
