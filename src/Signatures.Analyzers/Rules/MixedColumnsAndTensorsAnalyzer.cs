using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0107: an MLflow schema holds either ColSpecs or TensorSpecs ("Creating Schema with a combination of
/// ColSpec and TensorSpec is not supported"). Reported on each tensor member of a contract that also has columns.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MixedColumnsAndTensorsAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MixedColumnsAndTensors);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        if (!contract.IsColumns)
        {
            return;
        }
        IReadOnlyList<ContractMember> members = contract.GetMembers(context.CancellationToken);
        ContractMember? firstColumn = null;
        foreach (ContractMember member in members)
        {
            if (member.Tensor is null)
            {
                firstColumn = member;
                break;
            }
        }
        if (firstColumn is null)
        {
            return;
        }
        foreach (ContractMember member in members)
        {
            if (member.Tensor is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MixedColumnsAndTensors,
                    MemberSyntax.NameLocation(member),
                    contract.DisplayName(member),
                    contract.Type.Name,
                    firstColumn.Name));
            }
        }
    }
}
