using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0102 and SIG0108: an explicit <c>[Column(Type = DataType.X)]</c> that does not hold every value of the
/// member's type (a <c>long</c> declared <c>Integer</c>, a <c>long</c> declared <c>Double</c>), or that does not apply
/// to the member at all (an object, a tensor). Lossless widenings (<c>int</c> declared <c>Long</c>) are fine.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NarrowingColumnTypeAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.NarrowingColumnType, DiagnosticDescriptors.ColumnTypeNotApplicable);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        foreach ((ContractMember member, MappingIssue issue) in contract.GetIssues(context.CancellationToken))
        {
            if (issue.Kind is not (MappingIssueKind.LossyDeclaration or MappingIssueKind.DeclarationNotApplicable) || member.Column is null)
            {
                continue;
            }
            Location location = member.Column.GetNamedArgument("Type", context.CancellationToken)?.GetLocation()
                ?? member.Column.GetLocation(MemberSyntax.NameLocation(member), context.CancellationToken);
            if (issue.Kind == MappingIssueKind.DeclarationNotApplicable)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ColumnTypeNotApplicable, location, contract.DisplayName(member, issue.Path), issue.Detail));
                continue;
            }
            string declared = TypeMapper.DeclaredType(member.Column) is { } name ? MlflowDataTypes.MemberNameOf(name) ?? name : "?";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NarrowingColumnType,
                location,
                contract.DisplayName(member, issue.Path),
                issue.ClrType,
                declared,
                issue.Suggestion ?? "?"));
        }
    }
}
