using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0104: two members of a contract end up with the same column, tensor or param name once the naming
/// policy is applied (the contract's <c>Naming</c>, else the project's <c>SignaturesColumnNaming</c>) and explicit
/// names are taken into account: <c>UserId</c> and <c>User_Id</c> both become <c>user_id</c> in snake_case.
/// Reported on every member after the first that uses the name.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateColumnNameAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DuplicateColumnName);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        if (!contract.IsColumns && !contract.IsParams)
        {
            return;
        }
        IReadOnlyList<ContractMember> members = contract.GetMembers(context.CancellationToken);
        var firstByName = new Dictionary<string, ContractMember>(System.StringComparer.Ordinal);
        foreach (ContractMember member in members)
        {
            string name = ColumnNames.Resolve(member.Name, member.ExplicitName, contract.Naming);
            if (!firstByName.TryGetValue(name, out ContractMember? first))
            {
                firstByName.Add(name, member);
                continue;
            }
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DuplicateColumnName,
                MemberSyntax.NameLocation(member),
                contract.DisplayName(member),
                name,
                first.Name));
        }
    }
}
