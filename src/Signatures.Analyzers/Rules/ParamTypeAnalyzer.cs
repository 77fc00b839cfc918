using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0302, SIG0304, SIG0305 and SIG0306: an MLflow param is a scalar (not binary), a one-dimensional list
/// of scalars (shape <c>[-1]</c>) or an object; never a tensor, never a list of lists.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParamTypeAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MultiDimensionalParam,
        DiagnosticDescriptors.BinaryParam,
        DiagnosticDescriptors.TensorParam,
        DiagnosticDescriptors.UnsupportedParamType);

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
            ContractMember member = members[i];
            foreach (MappingIssue issue in mappings[i].Issues)
            {
                Diagnostic? diagnostic = issue.Kind switch
                {
                    MappingIssueKind.ParamMultiDimensional => Diagnostic.Create(
                        DiagnosticDescriptors.MultiDimensionalParam, MemberSyntax.TypeLocation(member, context.CancellationToken),
                        contract.DisplayName(member), SymbolFacts.ShortName(member.Type)),
                    MappingIssueKind.ParamUnsupportedType when member.Tensor is not null => Diagnostic.Create(
                        DiagnosticDescriptors.TensorParam, member.Tensor.GetLocation(MemberSyntax.NameLocation(member), context.CancellationToken),
                        contract.DisplayName(member)),
                    MappingIssueKind.ParamUnsupportedType when IsBinary(member) => Diagnostic.Create(
                        DiagnosticDescriptors.BinaryParam, MemberSyntax.TypeLocation(member, context.CancellationToken),
                        contract.DisplayName(member), SymbolFacts.ShortName(member.Type)),
                    MappingIssueKind.ParamUnsupportedType => Diagnostic.Create(
                        DiagnosticDescriptors.UnsupportedParamType, MemberSyntax.TypeLocation(member, context.CancellationToken),
                        contract.DisplayName(member), SymbolFacts.ShortName(member.Type), issue.Detail),
                    _ => null,
                };
                if (diagnostic is not null)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }

    // Binary by its CLR type (byte[], ReadOnlyMemory<byte>, or a list of them) or by [Column(Type = DataType.Binary)].
    private static bool IsBinary(ContractMember member)
    {
        if (TypeMapper.DeclaredType(member.Column) == "binary")
        {
            return true;
        }
        ITypeSymbol type = SymbolFacts.UnwrapNullable(member.Type);
        if (TypeTable.TryGetScalar(type, out ScalarMapping scalar))
        {
            return scalar.ColumnType == "binary";
        }
        ITypeSymbol? element = type switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol { TypeArguments.Length: 1 } named => named.TypeArguments[0],
            _ => null,
        };
        return element is not null && TypeTable.TryGetScalar(SymbolFacts.UnwrapNullable(element), out ScalarMapping item) && item.ColumnType == "binary";
    }
}
