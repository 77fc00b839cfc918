using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Rules;
using Signatures.Generators;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Tests;

/// <summary>
/// The generator and SIG0015 agree: for every signature class of a corpus (every sample, the diagnostics sample and
/// one declaration per documented reason), the analyzer computes the same <c>ReadRequest</c> plan as the generator's
/// tracked planning step, reports SIG0015 exactly when that plan is a reported "not generated", and the generator emits
/// the reader file exactly when the plan says it is generated.
/// </summary>
public class ReadRequestAgreementTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private const string Header = "using System;\nusing System.Collections.Generic;\nusing Signatures;\nnamespace R;\n";

    // Declared before Corpus, which reads it while the class initializes.
    private static readonly Dictionary<string, string> Snippets = new()
    {
        ["readable"] = """
            public sealed record Inner(string Name, double? Weight, List<long> Ids);
            public readonly record struct Point(double X, double? Y);
            [ModelInput] public partial record Row(long A, string? B, DateOnly C, byte[] D, Inner Obj, Point? Pt, List<Inner> Items, object Any, Dictionary<string, long> Map);
            [ModelParams] public partial record Knobs { public long TopK { get; init; } = 2; public string? Label { get; init; } }
            [ModelInput] public partial record Tensors([property: Tensor(-1, 28, 28)] byte[,,] Images, [property: Tensor] double Scale);
            [ModelSignature<Row, double, Knobs>] public static partial class Everything;
            [ModelSignature<Tensors, NoSchema>] public static partial class Images;
            [ModelSignature<double[], string>] public static partial class Embed;
            [ModelSignature<NoSchema, string, Knobs>] public static partial class NoInput;
            """,
        ["optional-not-nullable"] = "[ModelInput] public partial record C([property: Column(Required = false)] long A);\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["optional-property-not-nullable"] = "public sealed class Inner { [Column(Required = false)] public long A { get; set; } }\n[ModelInput] public partial record C(Inner Obj);\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["json-element"] = "[ModelInput] public partial record C(System.Text.Json.JsonElement A);\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["declared-type"] = "[ModelInput] public partial record C([property: Column(Type = DataType.Long)] string A);\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["computed"] = "[ModelInput] public partial record C { public long A { get; init; } public long B => A * 2; }\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["private-setter"] = "[ModelInput] public partial class C { public long A { get; private set; } }\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["no-constructor"] = "[ModelInput] public partial class C { private C() { } public long A { get; set; } }\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["nested-no-constructor"] = "public sealed class Inner { public Inner(string x) { } public long A { get; set; } }\n[ModelInput] public partial record C(List<Inner> Items);\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["required-unmapped"] = "[ModelInput] public partial class C { public long A { get; set; } [SignatureIgnore] public required long B { get; set; } }\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["tensor-dtype"] = "[ModelInput] public partial record C([property: Tensor(-1, DType = \"float64\")] float[] A);\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["params-not-settable"] = "[ModelParams] public partial class P { public long TopK { get; private set; } = 2; }\n[ModelSignature<string, string, P>] public static partial class S;",
        ["own-read-request"] = "[ModelInput] public partial record C([property: Column(Required = false)] long A);\n[ModelSignature<C, NoSchema>] public static partial class S { public static int ReadRequest; }",
        ["contract-not-partial"] = "[ModelInput] public record C([property: Column(Required = false)] long A);\n[ModelSignature<C, NoSchema>] public static partial class S;",
        // Half-typed code: the generator skips a declaration still being typed, so the analyzer stays silent too.
        ["half-typed-member"] = "[ModelInput] public partial record C([property: Column(Required = false)] long A, double );\n[ModelSignature<C, NoSchema>] public static partial class S;",
        ["half-typed-params"] = "[ModelInput] public partial record C([property: Column(Required = false)] long A);\n[ModelParams] public partial record P(long TopK = 2, string  = \"x\");\n[ModelSignature<C, NoSchema, P>] public static partial class S;",
        ["refused-contract"] = "[ModelInput] public partial record C([property: Column(\"a\")] long A, [property: Column(\"a\")] long B);\n[ModelSignature<C, NoSchema>] public static partial class S;",
    };

    public static TheoryData<string> Corpus { get; } = new(
    [
        .. Directory.GetDirectories(RepositoryFiles.PathOf("samples"))
            .Select(static d => "sample:" + Path.GetRelativePath(RepositoryFiles.Root, d))
            .OrderBy(static d => d, StringComparer.Ordinal),
        .. Snippets.Keys.Order(StringComparer.Ordinal),
    ]);

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Analyzer_reports_SIG0015_exactly_when_the_generator_plans_no_ReadRequest(string corpus)
    {
        Compilation compilation = Compile(Sources(corpus));
        (Dictionary<string, (string Plan, bool Reported, bool Generated, string HintName)> generator, Compilation output) = RunGenerator(compilation);
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new ReadRequestNotGeneratedAnalyzer()], new AnalyzerOptions([])).GetAnalyzerDiagnosticsAsync();
        var reported = diagnostics.Select(static d => d.Properties[DiagnosticPropertyKeys.SignatureClass]!).ToList();
        Assert.Equal(reported.Distinct().Count(), reported.Count); // one diagnostic per signature class

        var generatedFiles = output.SyntaxTrees.Select(static t => Path.GetFileName(t.FilePath)).ToHashSet(StringComparer.Ordinal);
        foreach (INamedTypeSymbol signatureClass in SignatureClasses(compilation))
        {
            string name = SymbolFacts.Qualified(signatureClass);
            bool analyzerReports = reported.Contains(name);
            if (!generator.TryGetValue(name, out var planned))
            {
                Assert.False(analyzerReports, $"{name}: the signature is not generated, and other rules say why");
                continue;
            }
            Assert.Equal(planned.Reported, analyzerReports);
            Assert.Equal(planned.Generated, generatedFiles.Contains(planned.HintName + ".Request.g.cs"));
            ImmutableArray<ITypeSymbol> arguments = signatureClass.GetAttributes()
                .Single(static a => a.AttributeClass?.Name == "ModelSignatureAttribute").AttributeClass!.TypeArguments;
            string? analyzerPlan = ReadRequestNotGeneratedAnalyzer.Plan(signatureClass, arguments, compilation, NamingPolicy.AsDeclared,
                staticAbstract: true, CancellationToken.None)?.ToString();
            Assert.Equal(planned.Plan, analyzerPlan);
        }
    }

    [Fact]
    public void The_corpus_has_every_documented_reason_and_a_generated_reader() =>
        Assert.Equal(
            ["Generated", "MemberCannotBeSet", "MemberTypeNotReadable", "NoInput", "NoUsableConstructor", "OptionalMemberNotNullable",
             "ReadRequestDeclared", "RequiredMemberNotMapped", "SignatureNotGenerated", "TensorDTypeDiffersFromElement"],
            Snippets.Keys.SelectMany(k => RunGenerator(Compile(Sources(k))).Plans.Values)
                .Select(static p => p.Plan.Split(' ')[4].TrimEnd(','))
                .Distinct().Order(StringComparer.Ordinal));

    private static IEnumerable<SyntaxTree> Sources(string corpus)
    {
        if (corpus.StartsWith("sample:", StringComparison.Ordinal))
        {
            string directory = Path.Combine(RepositoryFiles.Root, corpus.Substring("sample:".Length));
            return Directory.GetFiles(directory, "*.cs")
                .OrderBy(static p => p, StringComparer.Ordinal)
                .Select(static p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), ParseOptions, path: p))
                .Append(CSharpSyntaxTree.ParseText(
                    "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\nglobal using System.IO;\nglobal using System.Net.Http;",
                    ParseOptions, path: "GlobalUsings.g.cs"))
                .ToArray();
        }
        return [CSharpSyntaxTree.ParseText(Header + Snippets[corpus], ParseOptions, path: corpus + ".cs")];
    }

    private static Compilation Compile(IEnumerable<SyntaxTree> sources)
    {
        bool program = sources.Any(static t => t.GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any());
        return CSharpCompilation.Create("Agreement", sources, TestReferences.All,
            new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    // The generator's tracked RequestPlans step: per signature class (qualified name), its plan as text (the record's
    // ToString, the same type compiled into both assemblies), whether it is reported, generated, and its hint name.
    private static (Dictionary<string, (string Plan, bool Reported, bool Generated, string HintName)> Plans, Compilation Output) RunGenerator(Compilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SignatureGenerator().AsSourceGenerator()], parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        var plans = new Dictionary<string, (string, bool, bool, string)>(StringComparer.Ordinal);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        if (result.TrackedSteps.TryGetValue(TrackingNames.RequestPlans, out ImmutableArray<IncrementalGeneratorRunStep> steps))
        {
            foreach (IncrementalGeneratorRunStep step in steps)
            {
                foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
                {
                    object signature = Field(value, "Item1");
                    object target = Property(signature, "Target");
                    object plan = Field(value, "Item3");
                    plans[(string)Property(target, "FullyQualifiedName")] =
                        (plan.ToString()!, (bool)Property(plan, "IsReported"), (bool)Property(plan, "IsGenerated"), (string)Property(target, "HintName"));
                }
            }
        }
        return (plans, output);
    }

    private static object Field(object value, string name) => value.GetType().GetField(name)!.GetValue(value)!;

    private static object Property(object value, string name) =>
        value.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(value)!;

    private static IEnumerable<INamedTypeSymbol> SignatureClasses(Compilation compilation)
    {
        var stack = new Stack<INamespaceOrTypeSymbol>([compilation.Assembly.GlobalNamespace]);
        while (stack.Count > 0)
        {
            INamespaceOrTypeSymbol current = stack.Pop();
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested) stack.Push(nested);
                if (member is INamedTypeSymbol type
                    && type.GetAttributes().Count(static a => a.AttributeClass?.Name == "ModelSignatureAttribute") == 1)
                {
                    yield return type;
                }
            }
        }
    }
}
