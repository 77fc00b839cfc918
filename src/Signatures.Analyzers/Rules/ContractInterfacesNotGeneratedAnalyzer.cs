using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared;
using Signatures.Shared.Mapping;
using Signatures.Shared.Planning;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0016: before C# 11 the generator gives a contract its schema and validators only: no writers and no
/// <c>IModelContract&lt;T&gt;</c> / <c>IModelParams&lt;T&gt;</c>, which need static abstract interface members, so code
/// that passes the contract to <c>ServingRequest</c>, <c>Predictions</c> or <c>ContractExamples</c> does not compile.
/// Reported at each contract the generator generates, with the generator's own language test
/// (<see cref="LanguageFeatures"/>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractInterfacesNotGeneratedAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ContractInterfacesNotGenerated);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        if (!LanguageFeatures.HasStaticAbstractInterfaces(context.Compilation))
        {
            base.OnCompilationStart(context, symbols);
        }
    }

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        if (ContractRoles.Of(contract.Type) is not [var role] || !GenerationTargets.IsGeneratedContract(contract.Type, role.Role, context.CancellationToken))
        {
            return; // not generated at all: the declaration rules say why
        }
        EquatableArray<MemberMapping> columns = role.Role == ContractRole.Params
            ? EquatableArray<MemberMapping>.Empty
            : ContractMapper.MapColumns(contract.Type, context.CancellationToken);
        EquatableArray<ParamMapping> parameters = role.Role == ContractRole.Params
            ? ContractMapper.MapParams(contract.Type, context.Compilation, context.CancellationToken)
            : EquatableArray<ParamMapping>.Empty;
        if (!CompleteNames.Of(columns, parameters))
        {
            return; // a member still being typed: the generator skips the contract, and the compiler explains it
        }
        string contractInterface = role.Role == ContractRole.Params ? "IModelParams" : "IModelContract";
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ContractInterfacesNotGenerated,
            DeclarationSyntax.IdentifierLocation(contract.Type, context.CancellationToken),
            contract.Type.Name,
            contractInterface));
    }
}
