using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0105 (info): a nullable integer column. Python cannot hold a missing value in an integer column, so
/// MLflow clients send such columns as floats; MLflow's own advice is to declare them double. The code fix turns
/// the type into <c>double?</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NullableIntegerColumnAnalyzer : ContractAnalyzer
{
    private static readonly ImmutableDictionary<string, string?> FixProperties =
        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyKeys.ReplacementType, "double?");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.NullableIntegerColumn);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        foreach ((ContractMember member, MappingIssue issue) in contract.GetIssues(context.CancellationToken))
        {
            if (issue.Kind != MappingIssueKind.NullableInteger)
            {
                continue;
            }
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NullableIntegerColumn,
                MemberSyntax.TypeLocation(member, context.CancellationToken),
                MemberSyntax.Type(member, context.CancellationToken) is null ? null : FixProperties,
                contract.DisplayName(member),
                SymbolFacts.ShortName(SymbolFacts.UnwrapNullable(member.Type))));
        }
    }
}
