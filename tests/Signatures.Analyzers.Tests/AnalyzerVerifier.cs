using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Signatures.Analyzers.Tests;

/// <summary>Runs one analyzer over markup source (<c>{|SIG0101:decimal|}</c>, <c>{|#0:...|}</c>) and compares its
/// diagnostics, spans and message arguments with the expected ones. The source must compile.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, columnNaming: null, expected);

    public static Task VerifyAsync(string source, string? columnNaming, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.ReferenceAssemblies,
        };
        TestReferences.Configure(test.TestState, columnNaming);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
