using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Signatures.Generators.Tests.Infrastructure;
using Signatures.Testing;

namespace Signatures.Generators.Tests.Robustness;

/// <summary>Nothing the user types makes the generator throw: the prefixes of a contract file (cut as
/// <see cref="TypingPrefixes"/> says), and a corpus of broken declarations, run through it without an exception or a
/// diagnostic from it.</summary>
public class BrokenCodeTests
{
    internal const string SampleFile = """
        using System;
        using System.Collections.Generic;
        using Signatures;

        namespace Shop.Models;

        public sealed record LineItem(string Sku, long Qty, double? Price);

        [ModelInput(Naming = ColumnNaming.SnakeCase)]
        public partial record Order(
            [property: Column("customer id")] string CustomerId,
            IReadOnlyList<LineItem> Items,
            Dictionary<string, string[]>? Tags)
        {
            public DateTime PlacedAt { get; init; }
            [SignatureIgnore] public string Internal => "";
        }

        [ModelInput]
        public partial record Photo([property: Tensor(-1, 28, 28, DType = "uint8")] byte[,,] Image);

        [ModelOutput]
        public partial class Score { public double Value { get; set; } public decimal? Exact; }

        [ModelParams]
        public partial record Knobs(long TopK = 2)
        {
            public float TopP { get; init; } = 0.9f;
            public double[] Weights { get; init; } = [1, 2.5];
            public DateTime Since { get; init; } = new(2024, 2, 29, 12, 0, 0);
        }

        [ModelSignature<Order, Score, Knobs>]
        public static partial class Pricing;

        [ModelSignature<string, double[]>]
        public static partial class Embed;
        """;

    [Fact]
    public void Typing_a_contract_file_runs_without_an_exception()
    {
        // One driver reused across prefixes, like an IDE session typing the file.
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        CSharpCompilation compilation = GeneratorHarness.Compile(string.Empty);
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        foreach (int length in TypingPrefixes.Typed(SampleFile, GeneratorHarness.ParseOptions))
        {
            SyntaxTree next = CSharpSyntaxTree.ParseText(SampleFile[..length], GeneratorHarness.ParseOptions, tree.FilePath);
            compilation = compilation.ReplaceSyntaxTree(tree, next);
            tree = next;
            driver = driver.RunGenerators(compilation);
            GeneratorRunResult run = driver.GetRunResult().Results.Single();
            Assert.True(run.Exception is null, $"prefix of {length} characters: {run.Exception}");
            Assert.Empty(run.Diagnostics);
        }
        Assert.Equal(8, driver.GetRunResult().GeneratedTrees.Length);
    }

    public static IEnumerable<object[]> Snippets() => new[]
    {
        "[ModelInput] public partial record C(",
        "[ModelInput] public partial record C(long A",
        "[ModelInput] public partial record C(Missing A);",
        "[ModelInput] public partial record C([property: Column(42)] long A);",
        "[ModelInput] public partial record C([property: Column(Type = (DataType)99)] long A);",
        "[ModelInput] public partial record C([property: Column(null!)] long A);",
        "[ModelInput] public partial record C([property: Tensor(\"x\")] float[] A);",
        "[ModelInput] public partial record C([property: Tensor(null)] double A);",
        "[ModelInput] public partial record C([property: Tensor(-1, DType = null)] float[] A);",
        "[ModelInput] public partial record C([property: Tensor(int.MaxValue, -1)] float[,] A);",
        "[ModelInput(Naming = (ColumnNaming)42)] public partial record C(long A);",
        "[ModelInput] public partial interface I { long A { get; } }",
        "[ModelInput] public partial enum E { A }",
        "[ModelInput] public partial class C<T> where T : struct { public T A { get; set; } }",
        "[ModelInput] public partial record C(C Self);",
        "[ModelInput] public partial record C(System.Collections.Generic.List<C> Children);",
        "[ModelInput] public partial record C(int[,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,] Deep);",
        "[ModelInput] public partial record C(dynamic D, delegate*<void> F);",
        "[ModelInput] public partial record C((int, string) Tuple, System.Action Callback);",
        "[ModelInput] public partial record C { public long this[int i] => i; public long A { set { } } }",
        "[ModelInput] [ModelInput] public partial record C(long A);",
        "[ModelParams] public partial record P(long A = \"x\");",
        "[ModelParams] public partial record P { public long A { get; init; } = A; }",
        "[ModelParams] public partial record P { public long[] A { get; init; } = [1, .. B]; static long[] B = []; }",
        "[ModelParams] public partial record P { public System.DateTime A { get; init; } = new(2024, 13, 40); }",
        "[ModelParams] public partial record P { public System.DateTime A { get; init; } = new(); }",
        "[ModelParams] public partial record P { public Q A { get; init; } = new() { X = Unknown }; } public record Q { public long X { get; init; } }",
        "[ModelParams] public partial record P { public Q A { get; init; } = new(1, 2, 3); } public record Q(long X);",
        "[ModelSignature<,>] public static partial class S;",
        "[ModelSignature<long>] public static partial class S;",
        "[ModelSignature<long, long, long, long>] public static partial class S;",
        "[ModelSignature<void, long>] public static partial class S;",
        "[ModelSignature<long, long>] public partial struct S;",
        "[ModelSignature<long, long>] public static partial class S<T>;",
        "public partial class Outer<T> { [ModelSignature<long, long>] public static partial class S; }",
        "[ModelSignature<long, long>] public static partial class S { public static int Signature; }",
        "[ModelInput] public partial record Schema(long A);",
        "[ModelInput] public partial record C(long Schema);",
        "[ModelInput] public partial record Row(long A); [ModelInput] public partial record row(long A);",
        "namespace N { [ModelInput] public partial record C(long A); } namespace n { [ModelInput] public partial record C(long A); }",
        "[ModelInput] public partial record C(long A); [ModelInput] public partial class C { public long B { get; set; } }",
        "[ModelInput] public partial record C(long A); [ModelOutput] public partial struct C { public long B; }",
        "[ModelSignature<long, long>] public static partial class S; [ModelSignature<long, long>] public partial struct S;",
        "namespace N { [ModelInput] public partial record C(long A); } namespace N { [ModelInput] public partial record C(long B); }",
        "[ModelInput] public partial record SchemaJson(long A);",
        "[ModelParams] public partial record ParamSchema(long A = 1);",
        "[ModelSignature<long, long>] public static partial class Signature;",
        "[ModelSignature<long, long>] public static partial class SignatureYaml;",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Broken_declarations_run_without_an_exception(string snippet)
    {
        var result = GeneratorHarness.RunAllowingErrors(["using Signatures;\n" + snippet]);
        foreach (var tree in result.Run.GeneratedSources)
        {
            // Whatever is generated for broken input must not add errors of its own.
            var own = result.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(tree.HintName, StringComparison.Ordinal) == true);
            Assert.Empty(own);
        }
    }
}
