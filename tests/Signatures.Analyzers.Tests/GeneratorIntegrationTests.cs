using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Generators;

namespace Signatures.Analyzers.Tests;

/// <summary>
/// The analyzers in a real build, next to the generator's output: valid contracts (the samples) get no Signatures
/// diagnostic and the generated code compiles, and the generated members never change what the analyzers say
/// about invalid ones (the generator skips those; the analyzers explain why).
/// </summary>
public class GeneratorIntegrationTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    public static TheoryData<string> ValidSamples { get; } = new(
        Directory.GetDirectories(RepositoryFiles.PathOf("samples"))
            .Where(static d => !d.EndsWith("Signatures.Samples.Diagnostics", StringComparison.Ordinal))
            .Select(static d => Path.GetRelativePath(RepositoryFiles.Root, d))
            .OrderBy(static d => d, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public async Task Valid_samples_get_no_Signatures_diagnostic_with_the_generator_running(string sampleDirectory)
    {
        (Compilation generated, ImmutableArray<Diagnostic> generatorDiagnostics, int generatedFiles) = RunGenerator(SourcesOf(sampleDirectory), columnNaming: "SnakeCase");
        Assert.Empty(generatorDiagnostics);
        Assert.True(generatedFiles > 0, "the generator produced nothing for " + sampleDirectory);

        // The compiler's and the analyzers' diagnostics from one binding of the (large) generated code.
        ImmutableArray<Diagnostic> diagnostics = await CompilerAndAnalyzerDiagnosticsAsync(generated, sampleDirectory);
        Assert.Empty(diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error && !IsSignatures(d)));
        Assert.Empty(diagnostics.Where(IsSignatures));
    }

    [Fact]
    public async Task Generated_code_does_not_change_the_diagnostics_of_the_diagnostics_sample()
    {
        IEnumerable<SyntaxTree> sources = SourcesOf(Path.Combine("samples", "Signatures.Samples.Diagnostics"));
        Compilation plain = Compile(sources);
        (Compilation generated, _, int generatedFiles) = RunGenerator(sources, columnNaming: null);
        Assert.True(generatedFiles > 0);

        string[] without = Describe(await AnalyzeAsync(plain, Path.Combine("samples", "Signatures.Samples.Diagnostics")));
        string[] with = Describe(await AnalyzeAsync(generated, Path.Combine("samples", "Signatures.Samples.Diagnostics")));
        Assert.NotEmpty(without);
        Assert.Equal(without, with);
    }

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .Where(IsSignatures)
            .Select(static d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(static s => s, StringComparer.Ordinal),
    ];

    // What the SDK adds to every project with ImplicitUsings (the samples use it).
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static IEnumerable<SyntaxTree> SourcesOf(string relativeDirectory) =>
        Directory.GetFiles(Path.Combine(RepositoryFiles.Root, relativeDirectory), "*.cs")
            .OrderBy(static p => p, StringComparer.Ordinal)
            .Select(static p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), ParseOptions, path: p))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "GlobalUsings.g.cs"))
            .ToArray();

    private static Compilation Compile(IEnumerable<SyntaxTree> sources)
    {
        // A sample with top-level statements is a program, the others are libraries.
        bool program = sources.Any(static t => t.GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any());
        return CSharpCompilation.Create(
            "Integration",
            sources,
            TestReferences.All,
            new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, int GeneratedFiles) RunGenerator(IEnumerable<SyntaxTree> sources, string? columnNaming)
    {
        Compilation input = Compile(sources);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SignatureGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            optionsProvider: new MSBuildProperties(columnNaming));
        driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return (output, diagnostics, output.SyntaxTrees.Count() - input.SyntaxTrees.Count());
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, string relativeDirectory) =>
        WithAnalyzers(compilation, ArtifactsOf(relativeDirectory)).GetAnalyzerDiagnosticsAsync();

    private static Task<ImmutableArray<Diagnostic>> CompilerAndAnalyzerDiagnosticsAsync(Compilation compilation, string relativeDirectory) =>
        WithAnalyzers(compilation, ArtifactsOf(relativeDirectory)).GetAllDiagnosticsAsync();

    private static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles) =>
        compilation.WithAnalyzers(AllAnalyzers.Analyzers, new AnalyzerOptions(additionalFiles, new MSBuildProperties(null)));

    /// <summary>A Signatures diagnostic, or an analyzer crash (AD0001/AD0002).</summary>
    private static bool IsSignatures(Diagnostic d) =>
        d.Id.StartsWith("SIG", StringComparison.Ordinal) || d.Id.StartsWith("AD", StringComparison.Ordinal);

    // The samples give their MLmodel files to the compiler as AdditionalFiles (for [ModelArtifact]); so does this.
    private static ImmutableArray<AdditionalText> ArtifactsOf(string relativeDirectory) =>
    [
        .. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, relativeDirectory), "MLmodel", SearchOption.AllDirectories)
            .OrderBy(static p => p, StringComparer.Ordinal)
            .Select(static p => (AdditionalText)new FileText(p)),
    ];

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(Path));
    }

    /// <summary>The MSBuild properties a build would pass (only <c>SignaturesColumnNaming</c> matters here).</summary>
    private sealed class MSBuildProperties(string? columnNaming) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(columnNaming);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(string? columnNaming) : AnalyzerConfigOptions
        {
            public static Options Empty { get; } = new(null);

            public override bool TryGetValue(string key, out string value)
            {
                value = columnNaming ?? string.Empty;
                return columnNaming is not null && key == "build_property.SignaturesColumnNaming";
            }
        }
    }
}
