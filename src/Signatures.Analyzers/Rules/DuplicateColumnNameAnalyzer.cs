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
/// Reported on every member after the first that uses the name. The properties of nested object types are checked
/// the same way (MLflow: "Found duplicated property names"), reported on the member whose type holds them.</summary>
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

        for (int i = 0; i < members.Count; i++)
        {
            TypeShape? shape = contract.IsColumns
                ? contract.GetColumnMappings(context.CancellationToken)[i].Column
                : contract.GetParamMappings(context.CancellationToken)[i].Type;
            if (shape is not null)
            {
                CheckObjects(context, contract, members[i], shape, string.Empty);
            }
        }
    }

    private static void CheckObjects(SymbolAnalysisContext context, Contract contract, ContractMember member, TypeShape shape, string path)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Array when shape.Element is not null:
                CheckObjects(context, contract, member, shape.Element, path + "[]");
                break;
            case ShapeKind.Map when shape.Element is not null:
                CheckObjects(context, contract, member, shape.Element, path + "{}");
                break;
            case ShapeKind.Object:
                var firstByName = new Dictionary<string, PropertyShape>(System.StringComparer.Ordinal);
                foreach (PropertyShape property in shape.Properties)
                {
                    string name = property.Name(contract.Naming);
                    if (firstByName.TryGetValue(name, out PropertyShape? first))
                    {
                        ITypeSymbol? objectType = MappingPath.ResolveWithinMember(member.Type, path, out _);
                        Location location = objectType is not null && MemberSyntax.Find(member, SymbolFacts.UnwrapNullable(objectType), context.CancellationToken) is { } syntax
                            ? syntax.GetLocation()
                            : MemberSyntax.TypeLocation(member, context.CancellationToken);
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.DuplicateColumnName,
                            location,
                            contract.DisplayName(member, path + "." + property.MemberName),
                            name,
                            first.MemberName));
                    }
                    else
                    {
                        firstByName.Add(name, property);
                    }
                    CheckObjects(context, contract, member, property.Type, path + "." + property.MemberName);
                }
                break;
        }
    }
}
