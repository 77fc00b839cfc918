using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Signatures.Generators;

namespace Signatures.Benchmarks;

/// <summary>
/// Generating 500 contracts with the Signatures generator vs System.Text.Json's source generator on the same 500
/// types (the STJ generator shipped in the SDK's reference pack, loaded from disk). Each operation runs a fresh
/// generator driver on a fresh clone of the compilation, so binding the user's code is paid by both, as in a build.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 20)]
public class GeneratorBenchmarks
{
    private const int ContractCount = 500;

    private CSharpCompilation signaturesCompilation = null!;
    private CSharpCompilation stjCompilation = null!;
    private ISourceGenerator signaturesGenerator = null!;
    private ISourceGenerator stjGenerator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        ImmutableArray<MetadataReference> references =
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(ModelSignature).Assembly.Location)];
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

        signaturesCompilation = CSharpCompilation.Create("SignaturesContracts",
            [CSharpSyntaxTree.ParseText(Types(signatures: true), parseOptions)], references, options);
        stjCompilation = CSharpCompilation.Create("StjContracts",
            [CSharpSyntaxTree.ParseText(Types(signatures: false), parseOptions)], references, options);

        signaturesGenerator = new SignatureGenerator().AsSourceGenerator();
        stjGenerator = LoadStjGenerator();

        // Both must really generate for every type, or the comparison means nothing.
        EnsureGenerates(signaturesCompilation, signaturesGenerator, ContractCount);
        EnsureGenerates(stjCompilation, stjGenerator, 1);
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json generator, 500 types")]
    public GeneratorDriver SystemTextJson() => Run(stjCompilation, stjGenerator);

    [Benchmark(Description = "Signatures generator, 500 contracts")]
    public GeneratorDriver Signatures() => Run(signaturesCompilation, signaturesGenerator);

    private static GeneratorDriver Run(CSharpCompilation compilation, ISourceGenerator generator) =>
        CSharpGeneratorDriver.Create([generator], parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options)
            .RunGenerators(compilation.Clone());

    private static void EnsureGenerates(CSharpCompilation compilation, ISourceGenerator generator, int minimumFiles)
    {
        GeneratorRunResult run = Run(compilation, generator).GetRunResult().Results.Single();
        if (run.Exception is not null) throw new InvalidOperationException("generator failed", run.Exception);
        if (run.GeneratedSources.Length < minimumFiles)
        {
            throw new InvalidOperationException($"{generator.GetGeneratorType().Name} generated {run.GeneratedSources.Length} files, expected at least {minimumFiles}");
        }
    }

    // The same record shapes for both: scalars, an optional string, a date, a list, a map and a nested record.
    // Ours carry [ModelInput]; STJ's are listed in one JsonSerializerContext.
    private static string Types(bool signatures)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using System; using System.Collections.Generic; using System.Text.Json.Serialization; using Signatures;");
        builder.AppendLine("namespace Bench;");
        for (int i = 0; i < ContractCount; i++)
        {
            builder.AppendLine($"public sealed record Item{i}(string Name, double? Price, long Quantity);");
            if (signatures) builder.AppendLine("[ModelInput]");
            builder.AppendLine($"public {(signatures ? "partial " : "")}record Contract{i}(double Feature{i}, long Count, string? Label, bool Flag, DateTime When, " +
                $"List<double> Values, Dictionary<string, long> Counts, Item{i} Item);");
        }
        if (!signatures)
        {
            for (int i = 0; i < ContractCount; i++) builder.AppendLine($"[JsonSerializable(typeof(Contract{i}))]");
            builder.AppendLine("public partial class BenchContext : JsonSerializerContext { }");
        }
        return builder.ToString();
    }

    // The STJ generator ships with the SDK's reference pack: <dotnet root>/packs/Microsoft.NETCore.App.Ref/<version>/analyzers/.
    private static ISourceGenerator LoadStjGenerator()
    {
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;   // <root>/shared/Microsoft.NETCore.App/<ver>
        string version = Path.GetFileName(runtimeDirectory);
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        string pack = Directory.Exists(Path.Combine(packs, version))
            ? Path.Combine(packs, version)
            : Directory.GetDirectories(packs).OrderBy(d => d, StringComparer.Ordinal).Last();
        string dll = Directory.GetFiles(Path.Combine(pack, "analyzers"), "System.Text.Json.SourceGeneration.dll", SearchOption.AllDirectories)
            .OrderByDescending(p => p, StringComparer.Ordinal)
            .FirstOrDefault() ?? throw new FileNotFoundException("System.Text.Json.SourceGeneration.dll not found under " + pack);
        Type type = Assembly.LoadFrom(dll).GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }
}
