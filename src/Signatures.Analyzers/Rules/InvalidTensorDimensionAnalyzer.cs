using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0204: a <c>[Tensor(...)]</c> dimension that is 0 or below -1. A fixed size must be positive (a
/// dimension of 0 only ever matches an empty tensor) and -1 is the only marker for a variable size. Reported on
/// each offending argument.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidTensorDimensionAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidTensorDimension);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        foreach (ContractMember member in contract.GetMembers(context.CancellationToken))
        {
            if (member.Tensor is null || !TensorMapper.TryReadShape(member.Tensor, out int[] shape))
            {
                continue;
            }
            AttributeSyntax? syntax = member.Tensor.GetSyntax(context.CancellationToken);
            for (int i = 0; i < shape.Length; i++)
            {
                if (shape[i] > 0 || shape[i] == -1)
                {
                    continue;
                }
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidTensorDimension,
                    DimensionLocation(syntax, i, shape.Length) ?? member.Tensor.GetLocation(MemberSyntax.NameLocation(member), context.CancellationToken),
                    contract.DisplayName(member),
                    i,
                    shape[i]));
            }
        }
    }

    // The i-th positional argument, when the shape is written one dimension per argument.
    private static Location? DimensionLocation(AttributeSyntax? syntax, int index, int rank)
    {
        if (syntax?.ArgumentList is not { } list)
        {
            return null;
        }
        int position = 0;
        Location? found = null;
        foreach (AttributeArgumentSyntax argument in list.Arguments)
        {
            if (argument.NameEquals is not null || argument.NameColon is not null)
            {
                continue;
            }
            if (position == index)
            {
                found = argument.Expression.GetLocation();
            }
            position++;
        }
        return position == rank ? found : null;
    }
}
