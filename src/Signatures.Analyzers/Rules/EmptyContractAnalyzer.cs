using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0009: MLflow refuses to build an input or output schema with no columns ("Creating Schema with empty
/// inputs is not allowed."). An empty params contract is fine: MLflow writes it as no params.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyContractAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.EmptyContract);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        // A static class has no instance members at all; SIG0010 already says it cannot be a contract.
        if (contract.IsColumns && !contract.Type.IsStatic && contract.GetMembers(context.CancellationToken).Count == 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.EmptyContract,
                DeclarationSyntax.IdentifierLocation(contract.Type, context.CancellationToken),
                contract.Type.Name));
        }
    }
}
