using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Signatures.Analyzers.Rules;

namespace Signatures.Analyzers.Tests.Artifacts;

/// <summary>Runs <see cref="ModelArtifactAnalyzer"/> (and a code fix) over markup source with artifact files given as
/// AdditionalFiles, as the project's <c>&lt;AdditionalFiles Include="..." /&gt;</c> gives them to the compiler.</summary>
internal static class ArtifactVerifier
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<ModelArtifactAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyAsync(string source, (string Path, string Text)[] files, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ModelArtifactAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.ReferenceAssemblies,
        };
        TestReferences.Configure(test.TestState, columnNaming: null);
        foreach (var (path, text) in files) test.TestState.AdditionalFiles.Add((path, text));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyFixAsync<TCodeFix>(string source, string fixedSource, (string Path, string Text)[] files, params DiagnosticResult[] expected)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<ModelArtifactAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.ReferenceAssemblies,
        };
        TestReferences.Configure(test.TestState, columnNaming: null);
        TestReferences.Configure(test.FixedState, columnNaming: null);
        foreach (var (path, text) in files) test.TestState.AdditionalFiles.Add((path, text));
        foreach (var (path, text) in files) test.FixedState.AdditionalFiles.Add((path, text));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
