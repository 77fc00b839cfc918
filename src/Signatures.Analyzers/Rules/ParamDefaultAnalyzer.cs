using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0301 and SIG0303: MLflow writes every param's default into the signature, so the default must be
/// readable at compile time (a constant, an array of constants, a date with constant arguments, an object creation)
/// and must be a value MLflow accepts for the param's type (no null list, no null datetime, no NaN). Reported on
/// the default value, or on the member's name when the default is C#'s implicit one.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParamDefaultAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.NonConstantParamDefault, DiagnosticDescriptors.ParamDefaultDoesNotFitType);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        if (!contract.IsParams)
        {
            return;
        }
        IReadOnlyList<ContractMember> members = contract.GetMembers(context.CancellationToken);
        IReadOnlyList<ParamMapping> mappings = contract.GetParamMappings(context.CancellationToken);
        for (int i = 0; i < members.Count; i++)
        {
            foreach (MappingIssue issue in mappings[i].Issues)
            {
                if (issue.Kind is not (MappingIssueKind.ParamDefaultNotConstant or MappingIssueKind.ParamDefaultInvalid))
                {
                    continue;
                }
                ContractMember member = members[i];
                Location location = MemberSyntax.DefaultValue(member, context.CancellationToken)?.GetLocation() ?? MemberSyntax.NameLocation(member);
                string name = contract.DisplayName(member);
                context.ReportDiagnostic(issue.Kind == MappingIssueKind.ParamDefaultNotConstant
                    ? Diagnostic.Create(DiagnosticDescriptors.NonConstantParamDefault, location, name)
                    : Diagnostic.Create(DiagnosticDescriptors.ParamDefaultDoesNotFitType, location, name, TypeName(mappings[i]), WithAdvice(issue.Detail)));
            }
        }
    }

    // Some details already say what to do ("...; give the param a date"); the others get the general advice.
    private static string WithAdvice(string detail) =>
        detail.IndexOf("; ", System.StringComparison.Ordinal) >= 0 ? detail : detail + "; change the default or the type";

    private static string TypeName(ParamMapping mapping) =>
        mapping.TypeName is not { } type ? "?" : mapping.IsList ? type + " list" : type;
}
