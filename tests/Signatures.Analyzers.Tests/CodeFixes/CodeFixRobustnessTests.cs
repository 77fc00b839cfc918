using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Signatures.Analyzers.Tests.CodeFixes;

/// <summary>
/// Every code fix offered for every diagnostic of the sample files (the diagnostics sample and the adversarial
/// corpus) can be computed and applied without an exception, and its result parses as well as the input did.
/// </summary>
public class CodeFixRobustnessTests
{
    public static TheoryData<string> Files { get; } = new(
        Directory.GetFiles(RepositoryFiles.PathOf("samples", "Signatures.Samples.Diagnostics"), "*.cs")
            .Concat(Directory.GetFiles(RepositoryFiles.PathOf("tests", "Signatures.Analyzers.Tests", "Corpus"), "*.cs.txt"))
            .Select(static p => Path.GetRelativePath(RepositoryFiles.Root, p))
            .OrderBy(static p => p, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_offered_fix_applies_cleanly(string relativePath)
    {
        string text = await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, relativePath));
        using var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Fixes", "Fixes", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Preview),
            metadataReferences: TestReferences.All));
        Document document = workspace.AddDocument(project.Id, "Sample.cs", SourceText.From(text));

        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(AllAnalyzers.Analyzers, new AnalyzerOptions([]))
            .GetAnalyzerDiagnosticsAsync();
        Assert.NotEmpty(diagnostics);
        int syntaxErrorsBefore = (await document.GetSyntaxTreeAsync())!.GetDiagnostics().Count(static d => d.Severity == DiagnosticSeverity.Error);

        int applied = 0;
        int fixable = 0;
        foreach (Diagnostic diagnostic in diagnostics.Where(static d => d.Location.IsInSource))
        {
            foreach (CodeFixProvider provider in AllAnalyzers.CodeFixes.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                fixable++;
                var actions = new List<CodeAction>();
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                foreach (CodeAction action in actions)
                {
                    foreach (CodeActionOperation operation in await action.GetOperationsAsync(CancellationToken.None))
                    {
                        if (operation is ApplyChangesOperation change)
                        {
                            Document changed = change.ChangedSolution.GetDocument(document.Id)!;
                            SyntaxTree tree = (await changed.GetSyntaxTreeAsync())!;
                            Assert.True(
                                tree.GetDiagnostics().Count(static d => d.Severity == DiagnosticSeverity.Error) <= syntaxErrorsBefore,
                                $"{action.Title} for {diagnostic.Id} at {diagnostic.Location.GetLineSpan()} introduced a syntax error");
                            Assert.NotEqual(text, (await changed.GetTextAsync()).ToString());
                            applied++;
                        }
                    }
                }
            }
        }
        // A file with fixable diagnostics must get at least one fix applied, or the loop tested nothing.
        Assert.True(fixable == 0 || applied > 0, "no code fix was applied");
    }
}
