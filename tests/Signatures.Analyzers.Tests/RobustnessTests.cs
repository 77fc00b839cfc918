using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Testing;

namespace Signatures.Analyzers.Tests;

/// <summary>
/// Nothing crashes on any input: the prefixes of every sample contract file (what an editor shows while the file is
/// being typed, cut as <see cref="TypingPrefixes"/> says) run through every analyzer, and no analyzer throws (the
/// compiler would turn that into AD0001).
/// </summary>
public class RobustnessTests
{
    private static readonly CSharpCompilation Empty = CSharpCompilation.Create(
        "Robustness",
        [],
        TestReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    /// <summary>The contract files of every sample (repository-relative), plus this project's own corpus.</summary>
    public static TheoryData<string> SampleFiles { get; } = new(
        Directory.GetFiles(RepositoryFiles.PathOf("samples"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryFiles.PathOf("tests", "Signatures.Analyzers.Tests", "Corpus"), "*.cs.txt"))
            .Where(static p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                // Machine-written files (the 500-member benchmark contract) are not what anybody types.
                && !File.ReadLines(p).First().StartsWith("// <generated", StringComparison.Ordinal))
            .Select(static p => Path.GetRelativePath(RepositoryFiles.Root, p))
            .OrderBy(static p => p, StringComparer.Ordinal));

    [Fact]
    public void There_are_sample_files_to_check() => Assert.True(SampleFiles.Count >= 2);

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Typing_a_sample_file_runs_through_every_analyzer_without_an_exception(string relativePath)
    {
        string text = (await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, relativePath))).ReplaceLineEndings("\n");
        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(
            // The adversarial corpus (only ever pasted, not typed) is cut at every token instead.
            relativePath.EndsWith(".cs.txt", StringComparison.Ordinal) ? TypingPrefixes.Pasted(text, ParseOptions) : TypingPrefixes.Typed(text, ParseOptions),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (length, ct) =>
            {
                foreach (string failure in await AnalyzeAsync(text.Substring(0, length), ct))
                {
                    failures.Enqueue($"prefix of {length} chars: {failure}");
                }
            });
        Assert.Empty(failures.Take(5));
    }

    [Fact]
    public async Task The_check_sees_analyzer_diagnostics_on_a_full_sample()
    {
        // Guards the test above against running no analyzer at all: a full sample produces Signatures diagnostics.
        string text = await File.ReadAllTextAsync(RepositoryFiles.PathOf("samples", "Signatures.Samples.Diagnostics", "Tensors.cs"));
        ImmutableArray<Diagnostic> diagnostics = await RunAsync(text, _ => { }, CancellationToken.None);
        Assert.Contains(diagnostics, static d => d.Id.StartsWith("SIG02", StringComparison.Ordinal));
    }

    private static async Task<List<string>> AnalyzeAsync(string source, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        ImmutableArray<Diagnostic> diagnostics = await RunAsync(
            source,
            exception => { lock (failures) { failures.Add(exception.ToString()); } },
            cancellationToken);
        failures.AddRange(diagnostics.Where(static d => d.Id is "AD0001" or "AD0002").Select(static d => d.ToString()));
        return failures;
    }

    private static Task<ImmutableArray<Diagnostic>> RunAsync(string source, Action<Exception> onException, CancellationToken cancellationToken)
    {
        Compilation compilation = Empty.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Sample.cs", cancellationToken: cancellationToken));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => onException(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        return compilation.WithAnalyzers(AllAnalyzers.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
    }
}
