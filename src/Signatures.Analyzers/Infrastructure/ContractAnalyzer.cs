using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>
/// The shape every Signatures analyzer shares: concurrent, generated code skipped, the runtime's attribute symbols
/// resolved once per compilation (nothing runs when the runtime library is not referenced), and one callback per
/// type that carries a role attribute, with the contract shared between all analyzers (<see cref="ContractCache"/>).
/// </summary>
public abstract class ContractAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            KnownSymbols? symbols = KnownSymbols.TryCreate(start.Compilation);
            if (symbols is not null)
            {
                OnCompilationStart(start, symbols);
            }
        });
    }

    /// <summary>Registers the per-compilation actions; by default one symbol action per contract type.</summary>
    private protected virtual void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        Compilation compilation = context.Compilation;
        NamingPolicy projectNaming = ProjectOptions.ColumnNaming(context.Options);
        ConcurrentDictionary<INamedTypeSymbol, Contract> contracts = ContractCache.For(compilation);
        context.RegisterSymbolAction(
            symbolContext =>
            {
                INamedTypeSymbol type = (INamedTypeSymbol)symbolContext.Symbol;
                RoleSet roles = symbols.GetRoles(type, out AttributeData? roleAttribute);
                if (roles == RoleSet.None)
                {
                    return;
                }
                Contract contract = contracts.GetOrAdd(type, t => new Contract(t, roles, roleAttribute, symbols, compilation, projectNaming));
                AnalyzeContract(symbolContext, contract);
            },
            SymbolKind.NamedType);
    }

    /// <summary>Analyzes one type that carries at least one role attribute.</summary>
    private protected virtual void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
    }
}
