using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0001 and SIG0004: the generator adds members to the contract, so the contract and every type it is
/// nested in must be partial.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractMustBePartialAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ContractMustBePartial, DiagnosticDescriptors.ContainingTypeMustBePartial);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        INamedTypeSymbol type = contract.Type;
        if (!DeclarationSyntax.IsDeclaredInSource(type, context.CancellationToken))
        {
            return;
        }
        if (!DeclarationSyntax.HasModifier(type, SyntaxKind.PartialKeyword, context.CancellationToken))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ContractMustBePartial,
                DeclarationSyntax.IdentifierLocation(type, context.CancellationToken),
                type.Name));
        }

        for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (DeclarationSyntax.IsDeclaredInSource(container, context.CancellationToken)
                && !DeclarationSyntax.HasModifier(container, SyntaxKind.PartialKeyword, context.CancellationToken))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ContainingTypeMustBePartial,
                    DeclarationSyntax.IdentifierLocation(container, context.CancellationToken),
                    type.Name,
                    container.Name));
            }
        }
    }
}
