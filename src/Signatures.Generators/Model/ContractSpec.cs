using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Model;

/// <summary>A contract to generate: where it lives, its role and naming policy, and its mapped members.</summary>
/// <remarks>Cached by Roslyn between runs: keep every member immutable with value equality
/// (strings, enums, primitives, EquatableArray). Never add ISymbol, SyntaxNode, Location or Compilation.</remarks>
/// <param name="Target">The partial type.</param>
/// <param name="Role">Input, output or params.</param>
/// <param name="Naming">The contract's own naming policy (<see cref="NamingPolicy.Default"/>: the project's).</param>
/// <param name="Columns">For input and output contracts: the members in order.</param>
/// <param name="Params">For params contracts: the members in order.</param>
internal sealed record ContractSpec(
    TypeTargetSpec Target,
    ContractRole Role,
    NamingPolicy Naming,
    EquatableArray<MemberMapping> Columns,
    EquatableArray<ParamMapping> Params);
