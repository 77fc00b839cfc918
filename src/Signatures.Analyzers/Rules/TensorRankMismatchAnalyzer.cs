using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0201: the <c>[Tensor(...)]</c> shape has a different number of dimensions than the member's array
/// (<c>[Tensor(-1, 28, 28, 1)] byte[,,]</c>). Reported on the attribute, with the array type as additional
/// location, so one code fix can change the shape and another the array rank.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TensorRankMismatchAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.TensorRankMismatch);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        foreach ((ContractMember member, MappingIssue issue) in contract.GetIssues(context.CancellationToken))
        {
            if (issue.Kind != MappingIssueKind.TensorRankMismatch || member.Tensor is null || !TensorMapper.TryReadShape(member.Tensor, out int[] shape))
            {
                continue;
            }
            int arrayRank = TensorMapper.TotalRank(SymbolFacts.UnwrapNullable(member.Type));
            TypeSyntax? type = MemberSyntax.Type(member, context.CancellationToken);
            if (type is NullableTypeSyntax nullable)
            {
                type = nullable.ElementType;
            }
            ImmutableArray<Location> additional = type is ArrayTypeSyntax ? ImmutableArray.Create(type.GetLocation()) : ImmutableArray<Location>.Empty;
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticPropertyKeys.ArrayRank, arrayRank.ToString(CultureInfo.InvariantCulture))
                .Add(DiagnosticPropertyKeys.ShapeRank, shape.Length.ToString(CultureInfo.InvariantCulture));
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.TensorRankMismatch,
                member.Tensor.GetLocation(MemberSyntax.NameLocation(member), context.CancellationToken),
                additional,
                properties,
                contract.DisplayName(member),
                arrayRank,
                shape.Length));
        }
    }
}
