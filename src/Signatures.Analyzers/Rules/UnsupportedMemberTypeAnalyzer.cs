using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0103: a member (or an item, value or property inside it) whose type the shared mapping cannot
/// express in MLflow: enums, sets and other collections, non-string dictionary keys, multi-dimensional arrays
/// without <c>[Tensor]</c>, recursive or empty nested types, tensors nested in objects. The generator skips such
/// members; this tells the user why. Types the compiler cannot resolve are left to the compiler's own error.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedMemberTypeAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnsupportedMemberType);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        foreach ((ContractMember member, MappingIssue issue) in contract.GetIssues(context.CancellationToken))
        {
            if (!IsUnsupportedType(issue.Kind))
            {
                continue;
            }
            _ = IssueLocations.TypeAt(member, issue, out _, out ITypeSymbol? target, context.CancellationToken);
            // Unresolved types are the compiler's to report, type parameters SIG0002's (a generic contract).
            if (target is { TypeKind: TypeKind.Error or TypeKind.TypeParameter }
                || (issue.Path.Length == 0 && member.Type.TypeKind is TypeKind.Error or TypeKind.TypeParameter))
            {
                continue;
            }
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnsupportedMemberType,
                IssueLocations.TypeLocation(member, issue, context.CancellationToken),
                contract.DisplayName(member, issue.Path),
                issue.ClrType,
                issue.Suggestion is null ? issue.Detail : issue.Detail + " (consider " + issue.Suggestion + ")"));
        }
    }

    private static bool IsUnsupportedType(MappingIssueKind kind) => kind is MappingIssueKind.UnsupportedType
        or MappingIssueKind.UnsupportedCollection
        or MappingIssueKind.NonStringMapKey
        or MappingIssueKind.MultiDimensionalArrayWithoutTensor
        or MappingIssueKind.RecursiveType
        or MappingIssueKind.EmptyObject
        or MappingIssueKind.NestedTensor;
}
