using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Signatures.Analyzers.Rules;
using Signatures.Generators;
using Signatures.Shared;

namespace Signatures.Analyzers.Tests.Rules;

/// <summary>SIG0016: before C# 11 each generated contract is reported at its name, and exactly those contracts are the
/// ones the generator leaves without their interface; from C# 11 on nothing is reported.</summary>
public class ContractInterfacesNotGeneratedAnalyzerTests
{
    private const string Source = """
        using Signatures;
        namespace Old
        {
            [ModelInput] public partial record {|#0:Row|}(long Id, string? Note);
            [ModelOutput] public partial class {|#1:Score|} { public double Value { get; set; } }
            [ModelParams] public partial record {|#2:Knobs|}(long TopK = 2);
            [ModelInput] public record NotPartial(long Id);
        }
        """;

    [Fact]
    public Task Before_CSharp_11_every_generated_contract_is_reported() => Run(LanguageVersion.CSharp10, Source,
        Expected(0, "Row", "IModelContract"), Expected(1, "Score", "IModelContract"), Expected(2, "Knobs", "IModelParams"));

    [Fact]
    public Task From_CSharp_11_nothing_is_reported() => Run(LanguageVersion.CSharp11, Source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("|}(", "(").Replace("|} {", " {"));

    [Fact]
    public async Task The_reported_contracts_are_exactly_those_the_generator_leaves_without_the_interface()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp10);
        // A contract still being typed (a member without a name) is skipped by the generator and not reported.
        string plain = Source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("|}(", "(").Replace("|} {", " {")
            + "namespace Old { [ModelInput] public partial record HalfTyped(long Id, double ); }\n";
        Compilation compilation = CSharpCompilation.Create("Old", [CSharpSyntaxTree.ParseText(plain, parseOptions)], TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new SignatureGenerator().AsSourceGenerator()], parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        string[] withoutInterface =
        [
            .. output.SyntaxTrees.Skip(1)
                .SelectMany(static t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>())
                .Where(static d => d.BaseList is null)
                .Select(static d => d.Identifier.Text)
                .Order(StringComparer.Ordinal),
        ];
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new ContractInterfacesNotGeneratedAnalyzer()], new AnalyzerOptions([])).GetAnalyzerDiagnosticsAsync();
        Assert.Equal(["Knobs", "Row", "Score"], withoutInterface);
        Assert.Equal(withoutInterface, diagnostics.Select(static d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)).Order(StringComparer.Ordinal));
    }

    private static DiagnosticResult Expected(int location, string contract, string contractInterface) =>
        CSharpAnalyzerVerifier<ContractInterfacesNotGeneratedAnalyzer, DefaultVerifier>.Diagnostic(DiagnosticIds.ContractInterfacesNotGenerated)
            .WithLocation(location).WithArguments(contract, contractInterface);

    private static Task Run(LanguageVersion version, string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ContractInterfacesNotGeneratedAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.ReferenceAssemblies,
        };
        TestReferences.Configure(test.TestState, columnNaming: null);
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(version)));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
