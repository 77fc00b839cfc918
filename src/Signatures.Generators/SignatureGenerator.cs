using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Generators.Emitting;
using Signatures.Generators.Model;
using Signatures.Generators.Parsing;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Generators;

/// <summary>
/// Generates MLflow signatures at compile time: <c>Schema</c>/<c>ParamSchema</c> members on attributed contracts and
/// <c>Signature</c>, <c>SignatureJson</c>, <c>SignatureYaml</c> on <c>[ModelSignature&lt;...&gt;]</c> classes. Silent:
/// whatever it cannot generate it skips, and the analyzers explain why.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SignatureGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Options: the MSBuild property and the language version, reduced to a small record that is almost
        //    always equal between runs (the compilation changes on every edit; the bool taken from it does not).
        IncrementalValueProvider<bool> staticAbstract = context.CompilationProvider
            .Select(static (compilation, _) => LanguageFeatures.HasStaticAbstractInterfaces(compilation));
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Combine(staticAbstract)
            .Select(static (pair, _) => GeneratorOptions.From(pair.Left.GlobalOptions, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        // 2. One attribute-indexed lookup per role; each transform returns a value-equatable spec, or null to skip.
        IncrementalValuesProvider<ContractSpec?> inputs = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownTypeNames.ModelInputAttribute, static (node, _) => node is TypeDeclarationSyntax,
                static (syntax, cancellationToken) => ContractParser.Parse(syntax, ContractRole.Input, cancellationToken))
            .WithTrackingName(TrackingNames.InputContracts);
        IncrementalValuesProvider<ContractSpec?> outputs = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownTypeNames.ModelOutputAttribute, static (node, _) => node is TypeDeclarationSyntax,
                static (syntax, cancellationToken) => ContractParser.Parse(syntax, ContractRole.Output, cancellationToken))
            .WithTrackingName(TrackingNames.OutputContracts);
        IncrementalValuesProvider<ContractSpec?> parameters = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownTypeNames.ModelParamsAttribute, static (node, _) => node is TypeDeclarationSyntax,
                static (syntax, cancellationToken) => ContractParser.Parse(syntax, ContractRole.Params, cancellationToken))
            .WithTrackingName(TrackingNames.ParamsContracts);

        // 3. Gather the three roles, drop the skipped contracts, give each file a name unique ignoring case,
        //    then pair each contract with the options and emit one file per contract.
        IncrementalValuesProvider<ContractSpec> contracts = inputs.Collect()
            .Combine(outputs.Collect())
            .Combine(parameters.Collect())
            .SelectMany(static (all, _) => HintNames.Unique(all.Left.Left.AddRange(all.Left.Right).AddRange(all.Right)))
            .WithTrackingName(TrackingNames.Contracts);
        context.RegisterSourceOutput(contracts.Combine(options).WithTrackingName(TrackingNames.ContractsWithOptions), ContractEmitter.Emit);

        // 4. Signature classes, both arities, the same way.
        IncrementalValuesProvider<SignatureSpec?> signatures2 = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownTypeNames.ModelSignatureAttribute2, static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellationToken) => SignatureParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.Signatures2);
        IncrementalValuesProvider<SignatureSpec?> signatures3 = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownTypeNames.ModelSignatureAttribute3, static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellationToken) => SignatureParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.Signatures3);
        IncrementalValuesProvider<SignatureSpec> signatures = signatures2.Collect()
            .Combine(signatures3.Collect())
            .SelectMany(static (all, _) => HintNames.Unique(all.Left.AddRange(all.Right)))
            .WithTrackingName(TrackingNames.Signatures);
        IncrementalValuesProvider<(SignatureSpec Left, GeneratorOptions Right)> signaturesWithOptions =
            signatures.Combine(options).WithTrackingName(TrackingNames.SignaturesWithOptions);
        context.RegisterSourceOutput(signaturesWithOptions, SignatureEmitter.Emit);
        // 5. The typed request parser of each signature class, in a file of its own: planned first (the analyzers run
        //    the same planner and report a reader that is not generated), then rendered as the plan says.
        IncrementalValuesProvider<(SignatureSpec Signature, GeneratorOptions Options, RequestPlan Plan)> requests = signaturesWithOptions
            .Select(static (pair, _) => (pair.Left, pair.Right, RequestPlans.For(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.RequestPlans);
        context.RegisterSourceOutput(requests, RequestEmitter.Emit);
        // 6. The declared input example (CreateInputExample), in a file of its own.
        context.RegisterSourceOutput(signaturesWithOptions, ExampleEmitter.Emit);
    }
}
