using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0206: <c>[Tensor(...)]</c> on a member that is not an array of the shape's rank (a <c>List&lt;float&gt;</c>,
/// a scalar with a non-empty shape), or whose element type has no numpy dtype (<c>decimal[,]</c>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedTensorTypeAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnsupportedTensorType);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        foreach ((ContractMember member, MappingIssue issue) in contract.GetIssues(context.CancellationToken))
        {
            if (issue.Kind is not (MappingIssueKind.TensorNotArray or MappingIssueKind.TensorElementUnsupported)
                || member.Type.TypeKind == TypeKind.Error)
            {
                continue;
            }
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnsupportedTensorType,
                MemberSyntax.TypeLocation(member, context.CancellationToken),
                contract.DisplayName(member),
                SymbolFacts.ShortName(member.Type),
                issue.Detail));
        }
    }
}
