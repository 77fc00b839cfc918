using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0106: an explicit empty name (<c>[Column("")]</c>, <c>[Tensor(Name = "")]</c>). In C# every member has
/// a name, so a contract's columns are always named; an empty name is the only way to write what looks like an
/// unnamed column among named ones, which MLflow rejects ("a combination of named and unnamed inputs"). MLflow
/// would store it as a column literally named "", which no client means to send.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyColumnNameAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.EmptyColumnName);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        foreach (ContractMember member in contract.GetMembers(context.CancellationToken))
        {
            if (member.ExplicitName is not { } name || name.Trim().Length > 0)
            {
                continue;
            }
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.EmptyColumnName,
                NameArgumentLocation(member, context) ?? MemberSyntax.NameLocation(member),
                contract.DisplayName(member)));
        }
    }

    private static Location? NameArgumentLocation(ContractMember member, SymbolAnalysisContext context)
    {
        // The explicit name comes from [Column("...")] first, else from [Tensor(Name = "...")] (ContractMember.ExplicitName).
        if (member.Column is { ConstructorArguments.Length: 1 } column && column.ConstructorArguments[0].Value is string
            && column.GetSyntax(context.CancellationToken)?.ArgumentList is { Arguments.Count: > 0 } arguments)
        {
            foreach (AttributeArgumentSyntax argument in arguments.Arguments)
            {
                if (argument.NameEquals is null)
                {
                    return argument.Expression.GetLocation();
                }
            }
        }
        return member.Tensor?.GetNamedArgument("Name", context.CancellationToken)?.GetLocation();
    }
}
