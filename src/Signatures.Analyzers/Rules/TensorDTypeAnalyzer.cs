using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0202 and SIG0207: a <c>[Tensor(DType = "...")]</c> that is not a dtype MLflow writes, or that differs
/// from the dtype of the array's element type (<c>DType = "float32"</c> on a <c>byte[,]</c>). Reported on the DType
/// argument.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TensorDTypeAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.TensorDTypeMismatch, DiagnosticDescriptors.UnknownTensorDType);

    private static readonly string KnownDTypes = string.Join(", ", NumpyDTypes.Names);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        foreach ((ContractMember member, MappingIssue issue) in contract.GetIssues(context.CancellationToken))
        {
            if (issue.Kind is not (MappingIssueKind.TensorDTypeMismatch or MappingIssueKind.TensorUnknownDType) || member.Tensor is null)
            {
                continue;
            }
            string declared = SymbolFacts.NamedArgument(member.Tensor, "DType")?.Value as string ?? string.Empty;
            Location location = member.Tensor.GetNamedArgument("DType", context.CancellationToken)?.GetLocation()
                ?? member.Tensor.GetLocation(MemberSyntax.NameLocation(member), context.CancellationToken);
            context.ReportDiagnostic(issue.Kind == MappingIssueKind.TensorUnknownDType
                ? Diagnostic.Create(DiagnosticDescriptors.UnknownTensorDType, location, contract.DisplayName(member), declared, KnownDTypes)
                : Diagnostic.Create(DiagnosticDescriptors.TensorDTypeMismatch, location, contract.DisplayName(member), declared, issue.ClrType, issue.Suggestion ?? "?"));
        }
    }
}
