using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Signatures.Analyzers.Infrastructure;
using Signatures.Analyzers.Rules;
using Signatures.Shared;
using Signatures.Shared.Artifacts;

namespace Signatures.Analyzers.Tests.Artifacts;

/// <summary>Artifacts are files nobody checked: every prefix of an MLmodel file (a file being written or cut
/// short), garbage, binary and huge files give SIG0402 or a comparison, never an exception (AD0001); and a parsed
/// artifact is reused across compilations as long as its text is the same.</summary>
public class ArtifactRobustnessTests
{
    private const string Source = """
        using Signatures;

        [ModelInput]
        public partial record IrisFeatures(
            [property: Column("sepal length (cm)")] double SepalLength,
            [property: Column("sepal width (cm)")] double SepalWidth,
            [property: Column("petal length (cm)")] double PetalLength,
            [property: Column("petal width (cm)")] double PetalWidth);

        [ModelArtifact("models/iris")]
        [ModelSignature<IrisFeatures, long>]
        public static partial class IrisModel;
        """;

    private static readonly CSharpCompilation Compilation = CSharpCompilation.Create(
        "Artifacts",
        [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Preview), "Iris.cs")],
        TestReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    [Fact]
    public async Task Every_prefix_of_an_MLmodel_file_is_compared_or_reported_without_an_exception()
    {
        string text = MLmodelFiles.Iris;
        for (int length = 0; length <= text.Length; length++)
        {
            ImmutableArray<Diagnostic> diagnostics = await RunAsync(new TestAdditionalText("/app/models/iris/MLmodel", SourceText.From(text.Substring(0, length))));
            Assert.DoesNotContain(diagnostics, static d => d.Id == "AD0001");
            if (length == text.Length) Assert.Empty(diagnostics);
        }
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"inputs\": \"[{\\\"type\\\": \\\"double\\\", \\\"name\\\": \\\"x\\\"}, 7]\"}")]
    [InlineData("signature:\n  inputs: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]'\n")]
    [InlineData("signature:\n  inputs: '[{\"type\": \"array\", \"items\": {\"type\": \"array\"}}]'\n")]
    [InlineData("signature:\n  inputs: \"\\u12\"\n")]
    [InlineData("signature:\n  inputs: '[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": [1e400]}}]'\n")]
    [InlineData("signature:\n  outputs: |\n    [1]\n")]
    [InlineData("\uFEFF\0\0\0")]
    public async Task Garbage_gives_SIG0402(string text)
    {
        ImmutableArray<Diagnostic> diagnostics = await RunAsync(new TestAdditionalText("/app/models/iris/MLmodel", SourceText.From(text)));
        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.ArtifactUnreadable, diagnostic.Id);
    }

    [Fact]
    public async Task A_huge_file_gives_SIG0402_without_being_parsed()
    {
        string huge = "signature:\n  inputs: '" + new string('[', ArtifactDocument.MaxLength) + "'\n";
        ImmutableArray<Diagnostic> diagnostics = await RunAsync(new TestAdditionalText("/app/models/iris/MLmodel", SourceText.From(huge)));
        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.ArtifactUnreadable, diagnostic.Id);
        Assert.Contains("more than the", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_gives_SIG0402()
    {
        ImmutableArray<Diagnostic> diagnostics = await RunAsync(new TestAdditionalText("/app/models/iris/MLmodel", null));
        Assert.Equal(DiagnosticIds.ArtifactUnreadable, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Every_deletion_of_one_character_from_a_signature_reads_or_fails_cleanly()
    {
        string text = MLmodelFiles.Iris;
        for (int i = 0; i < text.Length; i++)
        {
            string damaged = text.Remove(i, 1);
            bool read = SignatureBlockReader.TryRead(damaged, out SignatureTexts texts, out string error)
                && ArtifactSignatureParser.TryParse(texts, out _, out error);
            Assert.True(read || error.Length > 0, $"deleting character {i} failed without saying why");
        }
    }

    [Fact]
    public async Task A_parsed_artifact_is_reused_after_an_unrelated_CSharp_edit_and_reparsed_after_its_own_edit()
    {
        var artifact = new TestAdditionalText("/app/models/iris/MLmodel", SourceText.From(MLmodelFiles.Iris));
        ImmutableArray<Diagnostic> first = await RunAsync(artifact);
        ArtifactDocument? parsed = ArtifactDocument.Peek(artifact.GetText()!);
        Assert.NotNull(parsed);

        // An edit to another C# file: a new compilation, the same additional file.
        CSharpCompilation edited = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", new CSharpParseOptions(LanguageVersion.Preview), "Unrelated.cs"));
        ImmutableArray<Diagnostic> second = await RunAsync(artifact, edited);
        Assert.Same(parsed, ArtifactDocument.Peek(artifact.GetText()!));
        Assert.Equal(first.Select(static d => d.ToString()), second.Select(static d => d.ToString()));

        // An edit to the artifact: a new text, parsed again, and the difference is reported.
        var changed = new TestAdditionalText("/app/models/iris/MLmodel", SourceText.From(MLmodelFiles.Iris.Replace("\"type\": \"long\"", "\"type\": \"integer\"", StringComparison.Ordinal)));
        ImmutableArray<Diagnostic> third = await RunAsync(changed, edited);
        Assert.NotSame(parsed, ArtifactDocument.Peek(changed.GetText()!));
        Assert.Equal(DiagnosticIds.ArtifactTypeWidened, Assert.Single(third).Id);
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(AdditionalText artifact, Compilation? compilation = null)
    {
        var options = new AnalyzerOptions([artifact]);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ModelArtifactAnalyzer());
        return await (compilation ?? Compilation).WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
    }

    private sealed class TestAdditionalText(string path, SourceText? text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
    }
}
