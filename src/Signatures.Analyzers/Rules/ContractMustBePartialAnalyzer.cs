using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0001 and SIG0004: the generator adds members to the contract, so the contract and every type it is
/// nested in must be partial. SIG0004 is reported while analyzing the containing type itself, so each diagnostic
/// stays local to the symbol being analyzed (what the IDE's incremental analysis and Fix All expect).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractMustBePartialAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ContractMustBePartial, DiagnosticDescriptors.ContainingTypeMustBePartial);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols) =>
        context.RegisterSymbolAction(c => Analyze(c, symbols), SymbolKind.NamedType);

    private static void Analyze(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        INamedTypeSymbol type = (INamedTypeSymbol)context.Symbol;
        if (!DeclarationSyntax.IsDeclaredInSource(type, context.CancellationToken)
            || DeclarationSyntax.HasModifier(type, SyntaxKind.PartialKeyword, context.CancellationToken))
        {
            return;
        }
        Location location = DeclarationSyntax.IdentifierLocation(type, context.CancellationToken);
        if (symbols.GetRoles(type) != RoleSet.None)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ContractMustBePartial, location, type.Name));
        }
        if (FindNestedContract(type, symbols) is { } nested)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ContainingTypeMustBePartial, location, nested.Name, type.Name));
        }
    }

    private static INamedTypeSymbol? FindNestedContract(INamedTypeSymbol type, KnownSymbols symbols)
    {
        foreach (INamedTypeSymbol nested in type.GetTypeMembers())
        {
            if (symbols.GetRoles(nested) != RoleSet.None)
            {
                return nested;
            }
            if (FindNestedContract(nested, symbols) is { } deeper)
            {
                return deeper;
            }
        }
        return null;
    }
}
