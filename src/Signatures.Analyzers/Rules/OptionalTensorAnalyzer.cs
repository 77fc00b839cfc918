using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0203: a tensor member declared optional, by a nullable type (<c>float[,]?</c>) or by
/// <c>[Column(Required = false)]</c>. MLflow's TensorSpec has no "required": tensors are always required, so the
/// generated signature says required and the C# type should agree.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OptionalTensorAnalyzer : ContractAnalyzer
{
    private static readonly ImmutableDictionary<string, string?> RemovableProperties =
        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyKeys.RemovableNullableAnnotation, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.OptionalTensor);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        foreach ((ContractMember member, MappingIssue issue) in contract.GetIssues(context.CancellationToken))
        {
            if (issue.Kind != MappingIssueKind.OptionalTensor)
            {
                continue;
            }
            TypeSyntax? type = MemberSyntax.Type(member, context.CancellationToken);
            bool removable = type is NullableTypeSyntax;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.OptionalTensor,
                type?.GetLocation() ?? MemberSyntax.NameLocation(member),
                removable ? RemovableProperties : ImmutableDictionary<string, string?>.Empty,
                contract.DisplayName(member),
                "remove the '?' from its type"));
        }

        if (!contract.IsColumns)
        {
            return;
        }
        foreach (ContractMember member in contract.GetMembers(context.CancellationToken))
        {
            if (member.Tensor is not null && member.Column is not null && SymbolFacts.NamedArgument(member.Column, "Required") is { Value: false })
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.OptionalTensor,
                    member.Column.GetNamedArgument("Required", context.CancellationToken)?.GetLocation() ?? MemberSyntax.NameLocation(member),
                    contract.DisplayName(member),
                    "remove 'Required = false'"));
            }
        }
    }
}
