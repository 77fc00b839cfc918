using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>
/// Shares one <see cref="Contract"/> per type between all Signatures analyzers of a compilation, so a contract's
/// members are mapped once however many rules look at them. Keyed weakly by the compilation: nothing outlives it.
/// </summary>
internal static class ContractCache
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, Contract>> Tables = new();

    public static ConcurrentDictionary<INamedTypeSymbol, Contract> For(Compilation compilation) =>
        Tables.GetValue(compilation, static _ => new ConcurrentDictionary<INamedTypeSymbol, Contract>(SymbolEqualityComparer.Default));
}
