using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Signatures.Analyzers.Tests;

/// <summary>Runs an analyzer and a code fix: checks the diagnostics, applies the fix one by one and through Fix All
/// (document, project and solution scope, which the testing library runs whenever several diagnostics are fixed),
/// and compares the result with the fixed source.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        VerifyAsync(source, fixedSource, codeActionIndex: null, expected);

    public static Task VerifyAsync(string source, string fixedSource, int? codeActionIndex, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.ReferenceAssemblies,
            CodeActionIndex = codeActionIndex,
        };
        TestReferences.Configure(test.TestState, columnNaming: null);
        TestReferences.Configure(test.FixedState, columnNaming: null);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
