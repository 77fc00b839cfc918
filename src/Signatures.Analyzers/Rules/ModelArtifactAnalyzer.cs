using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0401-SIG0412: a <c>[ModelSignature]</c> class that carries <c>[ModelArtifact("...")]</c> is compared
/// with the signature of the MLflow artifact it names (an MLmodel file or <c>to_dict()</c> JSON given as
/// <c>AdditionalFiles</c>): one diagnostic per difference, at the member that differs. The contract side is the
/// shared mapping, exactly what the generator emits; the artifact is parsed once per file content
/// (<see cref="ArtifactDocument"/>).</summary>
/// <remarks>A signature class is compared once per compilation; each diagnostic is then reported by the symbol
/// action of the type it lands in (the contract for a member, the signature class otherwise), so the IDE shows it
/// while that file is analyzed and offers the code fixes.</remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelArtifactAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ArtifactNotFound,
        DiagnosticDescriptors.ArtifactUnreadable,
        DiagnosticDescriptors.MemberNotInArtifact,
        DiagnosticDescriptors.ArtifactMemberMissing,
        DiagnosticDescriptors.ArtifactTypeDiffers,
        DiagnosticDescriptors.ArtifactTypeWidened,
        DiagnosticDescriptors.ArtifactRequiredDiffers,
        DiagnosticDescriptors.ArtifactTensorDTypeDiffers,
        DiagnosticDescriptors.ArtifactTensorShapeDiffers,
        DiagnosticDescriptors.ArtifactParamTypeDiffers,
        DiagnosticDescriptors.ArtifactParamDefaultDiffers,
        DiagnosticDescriptors.ArtifactSchemaKindDiffers);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        INamedTypeSymbol? artifactAttribute = context.Compilation.GetTypeByMetadataName(KnownTypeNames.ModelArtifactAttribute);
        if (artifactAttribute is null || (symbols.ModelSignature2 is null && symbols.ModelSignature3 is null))
        {
            return;
        }
        var state = new CompilationState(context.Compilation, symbols, artifactAttribute, context.Options);
        context.RegisterSymbolAction(state.Analyze, SymbolKind.NamedType);
    }

    /// <summary>What one compilation shares between the symbol actions: the signature classes naming an artifact and
    /// the diagnostics of each, computed once.</summary>
    private sealed class CompilationState
    {
        private readonly Compilation compilation;
        private readonly KnownSymbols symbols;
        private readonly INamedTypeSymbol artifactAttribute;
        private readonly AnalyzerOptions options;
        private readonly NamingPolicy projectNaming;
        private readonly ConcurrentDictionary<INamedTypeSymbol, Contract> contracts;
        private readonly ConcurrentDictionary<INamedTypeSymbol, Comparison> comparisons = new(SymbolEqualityComparer.Default);
        private ImmutableArray<INamedTypeSymbol> artifactClasses;

        public CompilationState(Compilation compilation, KnownSymbols symbols, INamedTypeSymbol artifactAttribute, AnalyzerOptions options)
        {
            this.compilation = compilation;
            this.symbols = symbols;
            this.artifactAttribute = artifactAttribute;
            this.options = options;
            projectNaming = ProjectOptions.ColumnNaming(options);
            contracts = ContractCache.For(compilation);
        }

        public void Analyze(SymbolAnalysisContext context)
        {
            INamedTypeSymbol type = (INamedTypeSymbol)context.Symbol;
            CancellationToken ct = context.CancellationToken;
            if (Artifact(type) is not null)
            {
                Comparison comparison = Compare(type, ct);
                foreach (Diagnostic diagnostic in comparison.Diagnostics)
                {
                    if (!IsInside(diagnostic, comparison.SourceContracts)) context.ReportDiagnostic(diagnostic);
                }
            }
            if (symbols.GetRoles(type) == RoleSet.None)
            {
                return;
            }
            foreach (INamedTypeSymbol signatureClass in ArtifactClasses(ct))
            {
                Comparison comparison = Compare(signatureClass, ct);
                if (!comparison.SourceContracts.Contains(type, SymbolEqualityComparer.Default))
                {
                    continue;
                }
                foreach (Diagnostic diagnostic in comparison.Diagnostics)
                {
                    if (IsInside(diagnostic, type)) context.ReportDiagnostic(diagnostic);
                }
            }
        }

        // Every source type carrying [ModelArtifact] (found once; only these can report on a contract).
        private ImmutableArray<INamedTypeSymbol> ArtifactClasses(CancellationToken ct)
        {
            if (artifactClasses.IsDefault)
            {
                var found = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
                foreach (ISymbol symbol in compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Type, ct))
                {
                    if (symbol is INamedTypeSymbol type && Artifact(type) is not null) found.Add(type);
                }
                ImmutableInterlocked.InterlockedInitialize(ref artifactClasses, found.ToImmutable());
            }
            return artifactClasses;
        }

        private AttributeData? Artifact(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, artifactAttribute)) return attribute;
            }
            return null;
        }

        private Comparison Compare(INamedTypeSymbol type, CancellationToken ct) =>
            comparisons.TryGetValue(type, out Comparison? done) ? done : comparisons.GetOrAdd(type, Run(type, ct));

        private Comparison Run(INamedTypeSymbol type, CancellationToken ct)
        {
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            AttributeData artifact = Artifact(type)!;
            AttributeData? signature = null;
            int signatures = 0;
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (symbols.IsModelSignature(attribute))
                {
                    signature = attribute;
                    signatures++;
                }
            }
            // Only a class with exactly one signature has something to compare (SIG0012 reports several).
            if (signatures != 1 || artifact.ConstructorArguments.Length != 1 || artifact.ConstructorArguments[0].Value is not string path)
            {
                return new Comparison(ImmutableArray<Diagnostic>.Empty, ImmutableArray<INamedTypeSymbol>.Empty);
            }

            var sourceContracts = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            var arguments = ImmutableArray.CreateRange(SignatureTypeArgument.All(type, symbols, ct));
            foreach (SignatureTypeArgument argument in arguments)
            {
                if (argument.IsContract && argument.Type is INamedTypeSymbol named && named.DeclaringSyntaxReferences.Length > 0
                    && !sourceContracts.ToImmutable().Contains(named, SymbolEqualityComparer.Default))
                {
                    sourceContracts.Add(named);
                }
            }

            Location fallback = DeclarationSyntax.IdentifierLocation(type, ct);
            AttributeSyntax? syntax = artifact.GetSyntax(ct);
            Location pathLocation = syntax?.ArgumentList is { Arguments.Count: > 0 } list
                ? list.Arguments[0].GetLocation()
                : artifact.GetLocation(fallback, ct);
            AdditionalText? file = ArtifactFiles.Find(options.AdditionalFiles, path);
            if (file is null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ArtifactNotFound, pathLocation, type.Name, path));
            }
            else if (ArtifactDocument.For(file, ct) is { Signature: null } unreadable)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ArtifactUnreadable, pathLocation, type.Name, path, unreadable.Error));
            }
            else
            {
                var comparer = new ArtifactComparer(diagnostics.Add, type, path, ArtifactDocument.For(file, ct).Signature!, ContractOf, ct);
                comparer.Compare(arguments, signature!.GetLocation(fallback, ct));
            }
            return new Comparison(diagnostics.ToImmutable(), sourceContracts.ToImmutable());
        }

        private Contract ContractOf(INamedTypeSymbol type) => contracts.GetOrAdd(type, t =>
        {
            RoleSet roles = symbols.GetRoles(t, out AttributeData? roleAttribute);
            return new Contract(t, roles, roleAttribute, symbols, compilation, projectNaming);
        });

        private static bool IsInside(Diagnostic diagnostic, ImmutableArray<INamedTypeSymbol> types)
        {
            foreach (INamedTypeSymbol type in types)
            {
                if (IsInside(diagnostic, type)) return true;
            }
            return false;
        }

        private static bool IsInside(Diagnostic diagnostic, INamedTypeSymbol type)
        {
            Location location = diagnostic.Location;
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == location.SourceTree && reference.Span.Contains(location.SourceSpan)) return true;
            }
            return false;
        }
    }

    /// <summary>One signature class's diagnostics, and its contracts declared in source (which report their own).</summary>
    private sealed record Comparison(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<INamedTypeSymbol> SourceContracts);
}
