using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>
/// The shape every Signatures analyzer shares: concurrent, generated code skipped, the runtime's attribute symbols
/// resolved once per compilation (nothing runs when the runtime library is not referenced), and one callback per
/// type that carries a role attribute.
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
    private protected virtual void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols) =>
        context.RegisterSymbolAction(
            symbolContext =>
            {
                INamedTypeSymbol type = (INamedTypeSymbol)symbolContext.Symbol;
                ContractRoles roles = symbols.GetRoles(type);
                if (roles != ContractRoles.None)
                {
                    AnalyzeContract(symbolContext, new Contract(type, roles, symbols));
                }
            },
            SymbolKind.NamedType);

    /// <summary>Analyzes one type that carries at least one role attribute.</summary>
    private protected virtual void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
    }
}
