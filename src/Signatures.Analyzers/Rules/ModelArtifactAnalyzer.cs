using System.Collections.Concurrent;
using System.Collections.Immutable;
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
        Compilation compilation = context.Compilation;
        NamingPolicy projectNaming = ProjectOptions.ColumnNaming(context.Options);
        ConcurrentDictionary<INamedTypeSymbol, Contract> contracts = ContractCache.For(compilation);
        context.RegisterSymbolAction(
            c => AnalyzeType(c, symbols, artifactAttribute, contract => contracts.GetOrAdd(contract, t =>
            {
                RoleSet roles = symbols.GetRoles(t, out AttributeData? roleAttribute);
                return new Contract(t, roles, roleAttribute, symbols, compilation, projectNaming);
            })),
            SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownSymbols symbols, INamedTypeSymbol artifactAttribute,
        System.Func<INamedTypeSymbol, Contract> contractOf)
    {
        INamedTypeSymbol type = (INamedTypeSymbol)context.Symbol;
        AttributeData? artifact = null;
        AttributeData? signature = null;
        int signatures = 0;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, artifactAttribute)) artifact ??= attribute;
            else if (symbols.IsModelSignature(attribute))
            {
                signature = attribute;
                signatures++;
            }
        }
        // Only a class with exactly one signature has something to compare (SIG0012 reports several).
        if (artifact is null || signatures != 1 || artifact.ConstructorArguments.Length != 1 || artifact.ConstructorArguments[0].Value is not string path)
        {
            return;
        }

        Location fallback = DeclarationSyntax.IdentifierLocation(type, context.CancellationToken);
        AttributeSyntax? syntax = artifact.GetSyntax(context.CancellationToken);
        Location pathLocation = syntax?.ArgumentList is { Arguments.Count: > 0 } arguments
            ? arguments.Arguments[0].GetLocation()
            : artifact.GetLocation(fallback, context.CancellationToken);

        AdditionalText? file = ArtifactFiles.Find(context.Options.AdditionalFiles, path);
        if (file is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ArtifactNotFound, pathLocation, type.Name, path));
            return;
        }
        ArtifactDocument document = ArtifactDocument.For(file, context.CancellationToken);
        if (document.Signature is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ArtifactUnreadable, pathLocation, type.Name, path, document.Error));
            return;
        }

        var comparer = new ArtifactComparer(context, type, path, document.Signature, contractOf);
        comparer.Compare(SignatureTypeArgument.All(type, symbols, context.CancellationToken), signature!.GetLocation(fallback, context.CancellationToken));
    }
}
