using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Signatures.Generators.Tests.Infrastructure;

namespace Signatures.Generators.Tests.Robustness;

/// <summary>
/// The generator writes syntactically valid C# for every input it accepts: a declaration with a missing name or type
/// (half-typed code) is skipped, and the compiler's own errors on the user's code are all the user sees.
/// </summary>
public class GeneratedSyntaxTests
{
    /// <summary>Every generated file of a run on <paramref name="source"/>, with its syntax errors.</summary>
    internal static IEnumerable<string> SyntaxErrors(string source)
    {
        GeneratorResult result = GeneratorHarness.RunAllowingErrors([source]);
        foreach (GeneratedSourceResult generated in result.Run.GeneratedSources)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(generated.SourceText, GeneratorHarness.ParseOptions);
            foreach (Diagnostic error in tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                yield return $"{generated.HintName}: {error}";
            }
        }
    }

    public static TheoryData<string> HalfTyped() => new()
    {
        "namespace Demo; [ModelInput] public partial record Row(double A, double );",
        "namespace Demo; [ModelInput] public partial record Row(double A, );",
        "namespace Demo; [ModelInput] public partial record Row(double A, [property: Column(\"b\")] );",
        "namespace Demo.; [ModelInput] public partial record Row(double A);",
        "namespace Demo.; [ModelSignature<long, long>] public static partial class S;",
        "namespace .Demo { [ModelInput] public partial record Row(double A); }",
        "namespace Demo; [ModelInput] public partial record  (double A);",
        "namespace Demo; [ModelInput] public partial record (double A) : Base;",
        "namespace Demo; [ModelInput] public partial class { public double A { get; set; } }",
        "namespace Demo; [ModelSignature<long, long>] public static partial class ;",
        "namespace Demo; [ModelSignature<long, long>] public static partial class",
        "namespace Demo; [ModelInput] public partial record Row { public double { get; init; } }",
        "namespace Demo; [ModelInput] public partial record Row { public A { get; init; } }",
        "namespace Demo; [ModelInput] public partial record Row { public double A; public long ; }",
        "namespace Demo; [ModelParams] public partial record P { public long { get; init; } = 2; }",
        "namespace Demo; [ModelParams] public partial record P(long = 2);",
        "namespace Demo; [ModelInput] public partial record Row(double A); [ModelSignature<Row, >] public static partial class S;",
        "namespace Demo; [ModelInput] public partial record Row(double A); [ModelSignature<, Row>] public static partial class S;",
        "namespace Demo; public partial class Outer { [ModelInput] public partial record (double A); }",
        "namespace Demo; public partial class { [ModelInput] public partial record Row(double A); }",
        "namespace Demo; public partial class { [ModelSignature<long, long>] public static partial class S; }",
    };

    [Theory]
    [MemberData(nameof(HalfTyped))]
    public void Half_typed_declarations_generate_only_code_that_parses(string snippet)
    {
        string[] errors = SyntaxErrors("using Signatures;\n" + snippet).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    // The sample contracts: DESIGN.md's example and a file with every kind of member, nested types and params.
    private static readonly string[] Samples = [DesignExample.Source, BrokenCodeTests.SampleFile];

    private static readonly string[][] SampleTokens = Samples
        .Select(source => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions).GetRoot().DescendantTokens().Select(t => t.ToFullString()).ToArray())
        .ToArray();

    // Types a half-edited declaration may end up with: supported, lossy, unsupported, misspelt.
    private static readonly string[] Types =
        [" double", " long?", " string", " byte[]", " object", " float[,]", " System.Collections.Generic.List<long>", " Dictionary<string, double>", " Missing", " decimal", " (int, int)", " Action"];

    /// <summary>One token edit: 0 deletes a token, 1 doubles it, 2 swaps it with the next, 3 puts a type in its place.</summary>
    private static string[] Mutate(string[] tokens, int kind, int at, int type)
    {
        var edited = new List<string>(tokens);
        int i = at % edited.Count;
        switch (kind)
        {
            case 0: edited.RemoveAt(i); break;
            case 1: edited.Insert(i, edited[i]); break;
            case 2 when i + 1 < edited.Count: (edited[i], edited[i + 1]) = (edited[i + 1], edited[i]); break;
            default: edited[i] = Types[type % Types.Length]; break;
        }
        return edited.Where(t => t.Length > 0).ToArray();
    }

    [Fact]
    public void Random_token_mutations_of_the_samples_generate_only_code_that_parses()
    {
        Gen.Select(Gen.Int[0, Samples.Length - 1], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 100_000], Gen.Int[0, 100]).Array[1, 3])
            .Sample((sample, edits) =>
            {
                string[] tokens = SampleTokens[sample];
                foreach ((int kind, int at, int type) in edits) tokens = Mutate(tokens, kind, at, type);
                string source = string.Concat(tokens);
                string[] errors = SyntaxErrors(source).ToArray();
                Assert.True(errors.Length == 0, source + "\n\n" + string.Join("\n", errors));
            }, iter: 150);
    }
}
