using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0005: a type is an input, an output or params contract, never several at once. Reported on every
/// role attribute after the first.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MultipleContractRolesAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MultipleContractRoles);

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        if (contract.Roles.IsSingle())
        {
            return;
        }

        List<AttributeData> roleAttributes = new();
        List<string> names = new();
        foreach (AttributeData attribute in contract.Type.GetAttributes())
        {
            RoleSet role = contract.Symbols.RoleOf(attribute);
            if (role != RoleSet.None)
            {
                roleAttributes.Add(attribute);
                names.Add("[" + role.AttributeName() + "]");
            }
        }

        string listing = string.Join(", ", names);
        Location fallback = DeclarationSyntax.IdentifierLocation(contract.Type, context.CancellationToken);
        for (int i = 1; i < roleAttributes.Count; i++)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MultipleContractRoles,
                roleAttributes[i].GetLocation(fallback, context.CancellationToken),
                contract.Type.Name,
                listing));
        }
    }
}
