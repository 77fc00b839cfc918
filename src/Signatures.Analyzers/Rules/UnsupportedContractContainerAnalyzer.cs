using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0002, SIG0003 and SIG0010: a contract has one fixed schema and receives generated static members, so it
/// cannot be generic, sit inside a generic type, be a static class (no instances to hold values) or a ref struct
/// (cannot implement the contract interfaces).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedContractContainerAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.GenericContract, DiagnosticDescriptors.ContractNestedInGenericType, DiagnosticDescriptors.UnsupportedContractKind);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        INamedTypeSymbol type = contract.Type;
        Location location = DeclarationSyntax.IdentifierLocation(type, context.CancellationToken);
        string? kind = type.IsRefLikeType ? "ref struct" : type.IsStatic ? "static class" : null;
        if (kind is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedContractKind, location, type.Name, kind));
        }
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
