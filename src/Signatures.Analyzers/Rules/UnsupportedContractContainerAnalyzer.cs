using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0002 and SIG0003: a contract has one fixed schema, so it cannot be generic or sit inside a generic type.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedContractContainerAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.GenericContract, DiagnosticDescriptors.ContractNestedInGenericType);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        INamedTypeSymbol type = contract.Type;
        Location location = DeclarationSyntax.IdentifierLocation(type, context.CancellationToken);
        if (type.TypeParameters.Length > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GenericContract, location, type.Name));
        }

        for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (container.TypeParameters.Length > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ContractNestedInGenericType, location, type.Name, container.Name));
                return;
            }
        }
    }
}
