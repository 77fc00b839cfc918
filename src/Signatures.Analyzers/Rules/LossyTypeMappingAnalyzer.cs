using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0101: a member (or an item, value or property inside it) whose CLR type maps to MLflow with loss,
/// per the shared type table: <c>ulong</c>, <c>decimal</c>, <c>DateTimeOffset</c>, <c>Int128</c>, ... Also checks
/// the scalar type arguments of <c>[ModelSignature&lt;...&gt;]</c>. The lossless counterpart goes to the code fix.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LossyTypeMappingAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LossyTypeMapping);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        base.OnCompilationStart(context, symbols);
        context.RegisterSymbolAction(c => AnalyzeSignatureClass(c, symbols), SymbolKind.NamedType);
    }

    private protected override void AnalyzeContract(SymbolAnalysisContext context, Contract contract)
    {
        foreach ((ContractMember member, MappingIssue issue) in contract.GetIssues(context.CancellationToken))
        {
            if (issue.Kind != MappingIssueKind.LossyType)
            {
                continue;
            }
            TypeSyntax? syntax = IssueLocations.TypeAt(member, issue, out bool withinMember, out _, context.CancellationToken);
            Report(context, syntax?.GetLocation() ?? MemberSyntax.NameLocation(member), withinMember, contract.DisplayName(member, issue.Path), issue);
        }
    }

    private static void AnalyzeSignatureClass(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        foreach (SignatureTypeArgument argument in SignatureTypeArgument.All((INamedTypeSymbol)context.Symbol, symbols, context.CancellationToken))
        {
            if (argument.IsContract)
            {
                continue;
            }
            MemberMapping? mapping = ContractMapper.MapTypeArgument(argument.Type, context.CancellationToken);
            if (mapping is null)
            {
                continue;
            }
            foreach (MappingIssue issue in mapping.Issues)
            {
                if (issue.Kind != MappingIssueKind.LossyType)
                {
                    continue;
                }
                ITypeSymbol? target = MappingPath.ResolveWithinMember(argument.Type, issue.Path, out bool entersObject);
                TypeSyntax? syntax = argument.Syntax is not null && target is not null
                    ? TypeSyntaxLocator.Find(argument.Syntax, argument.Type, SymbolFacts.UnwrapNullable(target))
                    : null;
                Report(context, syntax?.GetLocation() ?? argument.Location, syntax is not null && !entersObject,
                    argument.DisplayName + issue.Path, issue);
            }
        }
    }

    private static void Report(SymbolAnalysisContext context, Location location, bool fixable, string member, MappingIssue issue)
    {
        ImmutableDictionary<string, string?> properties = fixable && issue.Suggestion is not null
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyKeys.ReplacementType, issue.Suggestion)
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.LossyTypeMapping,
            location,
            properties,
            member,
            issue.ClrType,
            issue.Detail,
            issue.Suggestion ?? "a lossless type"));
    }
}
