using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Signatures.Generators.Tests.Infrastructure;

namespace Signatures.Generators.Tests.Incremental;

/// <summary>Roslyn's cache works for this generator: unrelated edits regenerate nothing, equal models compare equal,
/// real changes regenerate only the files they concern, and no model holds a Roslyn object.</summary>
public class IncrementalTests
{
    private const string Contracts = """
        using Signatures;
        namespace Demo;

        [ModelInput]
        public partial record Iris([property: Column("sepal length (cm)")] double SepalLength, double? PetalWidth);

        [ModelOutput]
        public partial record Label(long Value);

        [ModelParams]
        public partial record Knobs
        {
            public long TopK { get; init; } = 2;
            public double[] Weights { get; init; } = [0.5, 1];
        }

        public static class Helpers
        {
            public static int Twice(int x) => x * 2;
        }
        """;

    private const string Signatures = """
        using Signatures;
        namespace Demo;

        [ModelSignature<Iris, Label, Knobs>]
        public static partial class Model;

        [ModelSignature<string, long>]
        public static partial class Scalar;
        """;

    private static readonly string[] ExtractionSteps =
        [TrackingNames.InputContracts, TrackingNames.OutputContracts, TrackingNames.ParamsContracts, TrackingNames.Signatures2, TrackingNames.Signatures3];

    // Our steps (Roslyn tracks its own internal FAWMN steps too, which hold syntax trees by design).
    private static readonly string[] OwnSteps = typeof(TrackingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToArray();

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(Contracts, Signatures);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        Assert.Equal(7, driver.GetRunResult().GeneratedTrees.Length);
        return (driver, compilation);
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, int index, string text)
    {
        SyntaxTree old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, old.FilePath));
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult run) =>
        run.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void The_same_compilation_twice_is_all_cached()
    {
        var (driver, compilation) = FirstRun();
        GeneratorRunResult run = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        foreach (string step in run.TrackedSteps.Keys.Intersect(OwnSteps))
        {
            Assert.All(Reasons(run, step), r => Assert.True(r == IncrementalStepRunReason.Cached, $"{step}: {r}"));
        }
        Assert.All(OutputReasons(run), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void An_unrelated_file_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();
        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int x; }", GeneratorHarness.ParseOptions));
        GeneratorRunResult run = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        foreach (string step in ExtractionSteps)
        {
            Assert.All(Reasons(run, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }
        Assert.All(OutputReasons(run), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void An_edit_in_the_contract_file_that_keeps_the_contracts_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();
        string edited = "// a comment moves every location\n\n" + Contracts.Replace("x * 2", "x + x", StringComparison.Ordinal);
        GeneratorRunResult run = driver.RunGenerators(Replace(compilation, 0, edited)).GetRunResult().Results.Single();
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(run, TrackingNames.InputContracts));
        foreach (string step in ExtractionSteps)
        {
            Assert.All(Reasons(run, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }
        Assert.All(OutputReasons(run), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void A_real_change_regenerates_the_contract_and_the_signatures_using_it_only()
    {
        var (driver, compilation) = FirstRun();
        var before = driver.GetRunResult().GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.ToString());
        string changed = Contracts.Replace("public partial record Label(long Value);", "public partial record Label(double Value);", StringComparison.Ordinal);
        driver = driver.RunGenerators(Replace(compilation, 0, changed));
        GeneratorRunResult run = driver.GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.OutputContracts));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.Signatures3));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.InputContracts));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.Signatures2));

        var after = run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        string[] changedFiles = after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["Demo.Label.Contract.g.cs", "Demo.Model.Signature.g.cs"], changedFiles);
    }

    [Fact]
    public void Changing_the_MSBuild_naming_option_regenerates_with_the_new_names()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(Contracts, Signatures);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        GeneratorDriver snake = GeneratorHarness.CreateDriver(new Dictionary<string, string> { ["SignaturesColumnNaming"] = "SnakeCase" }).RunGenerators(compilation);
        string Iris(GeneratorDriver d) => d.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Demo.Iris.Contract.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("PetalWidth", Iris(driver));
        Assert.Contains("petal_width", Iris(snake));
    }

    [Fact]
    public void Models_hold_no_Roslyn_objects()
    {
        var (driver, compilation) = FirstRun();
        GeneratorRunResult run = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class X {}", GeneratorHarness.ParseOptions))).GetRunResult().Results.Single();
        Assert.Equal(OwnSteps.Order(), run.TrackedSteps.Keys.Intersect(OwnSteps).Order());
        foreach (var (step, runs) in run.TrackedSteps.Where(kv => OwnSteps.Contains(kv.Key)))
        {
            foreach (var (value, _) in runs.SelectMany(r => r.Outputs))
            {
                AssertNoRoslynObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    [Fact]
    public void Equivalent_sources_give_equal_models_and_different_sources_do_not()
    {
        object Model(string contracts) => GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile(contracts, Signatures))
            .GetRunResult().Results.Single().TrackedSteps[TrackingNames.Signatures3].Single().Outputs.Single().Value;

        object first = Model(Contracts);
        object equivalent = Model("// moved\n" + Contracts.Replace("x * 2", "2 * x", StringComparison.Ordinal));
        object different = Model(Contracts.Replace("TopK { get; init; } = 2", "TopK { get; init; } = 3", StringComparison.Ordinal));
        Assert.NotSame(first, equivalent);
        Assert.Equal(first, equivalent);
        Assert.Equal(first.GetHashCode(), equivalent.GetHashCode());
        Assert.NotEqual(first, different);
    }

    private static void AssertNoRoslynObjects(object? node, string path, HashSet<object> seen)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !seen.Add(node)) return;
        Assert.False(node is ISymbol or SyntaxNode or SyntaxTree or Location or Compilation or SemanticModel or AttributeData,
            $"{path} holds a {node.GetType().FullName}");
        if (node is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items) AssertNoRoslynObjects(item, $"{path}[{i++}]", seen);
        }
        foreach (FieldInfo field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(node), path + "." + field.Name, seen);
        }
    }
}
