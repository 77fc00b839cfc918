using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared;
using Signatures.Shared.Planning;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0011: the generator adds <c>Schema</c>/<c>SchemaJson</c> to input and output contracts,
/// <c>ParamSchema</c>/<c>ParamSchemaJson</c> to params contracts and <c>Signature</c>/<c>SignatureJson</c>/<c>SignatureYaml</c>
/// to signature classes (<see cref="GeneratedMemberNames"/>). When the type (or a base type) already has a member of
/// such a name, or the type itself is so named, the generated members would not compile, so the generator skips the
/// type. Reported on the clashing member when the type declares it, else on the type's name.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedMemberNameAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.GeneratedMemberNameTaken);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols) =>
        context.RegisterSymbolAction(c => Analyze(c, symbols), SymbolKind.NamedType);

    private static void Analyze(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        INamedTypeSymbol type = (INamedTypeSymbol)context.Symbol;
        string[]? names = symbols.GetRoles(type) switch
        {
            RoleSet.Input or RoleSet.Output => GeneratedMemberNames.ColumnContract,
            RoleSet.Params => GeneratedMemberNames.ParamsContract,
            RoleSet.None when IsSignatureClass(type, symbols) => GeneratedMemberNames.SignatureClass,
            _ => null,
        };
        if (names is null)
        {
            return;
        }

        Location typeLocation = DeclarationSyntax.IdentifierLocation(type, context.CancellationToken);
        foreach (string name in names)
        {
            if (type.Name == name)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratedMemberNameTaken, typeLocation,
                    type.Name, name, "a member cannot have the name of its enclosing type"));
                continue;
            }
            for (INamedTypeSymbol? owner = type; owner is not null; owner = owner.BaseType)
            {
                ImmutableArray<ISymbol> existing = RemoveGenerated(owner.GetMembers(name));
                if (existing.IsEmpty)
                {
                    continue;
                }
                bool own = SymbolEqualityComparer.Default.Equals(owner, type);
                Location location = own && existing[0].Locations.Length > 0 && existing[0].Locations[0].IsInSource
                    ? existing[0].Locations[0]
                    : typeLocation;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratedMemberNameTaken, location,
                    type.Name, name, own ? "it already declares a member of that name" : "its base type '" + owner.Name + "' declares a member of that name"));
                break;
            }
        }
    }

    // In a build the compilation already holds the generator's output: its own members are not a clash.
    private static ImmutableArray<ISymbol> RemoveGenerated(ImmutableArray<ISymbol> members) =>
        members.IsEmpty ? members : members.RemoveAll(static member => GenerationTargets.IsGeneratedBySignatures(member));

    private static bool IsSignatureClass(INamedTypeSymbol type, KnownSymbols symbols)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (symbols.IsModelSignature(attribute))
            {
                return true;
            }
        }
        return false;
    }
}
