using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Signatures.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="SignatureGenerator"/> on C# sources compiled against .NET 10 and the runtime library.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly ImmutableArray<MetadataReference> References =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(ModelSignature).Assembly.Location)];

    /// <summary>The compilation every test starts from: compilations derived from one share its bound references
    /// (the .NET 10 reference assemblies are read and bound once per test run, not once per test).</summary>
    private static readonly CSharpCompilation Empty = CSharpCompilation.Create(
        "Contracts",
        [],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Compile(params string[] sources) =>
        Empty.AddSyntaxTrees(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")));

    /// <summary>A driver that tracks steps, with the given MSBuild properties as global options.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? buildProperties = null) => CSharpGeneratorDriver.Create(
        [new SignatureGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        optionsProvider: new TestOptionsProvider(buildProperties ?? new Dictionary<string, string>()),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; asserts it threw nothing and the output compiles without errors or warnings.</summary>
    public static GeneratorResult Run(string[] sources, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        CSharpCompilation compilation = Compile(sources);
        GeneratorDriver driver = CreateDriver(buildProperties).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var generatorDiagnostics);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Select(p => p.ToString())));
        return new GeneratorResult(output, run);
    }

    public static GeneratorResult Run(string source, IReadOnlyDictionary<string, string>? buildProperties = null) => Run([source], buildProperties);

    /// <summary>Runs the generator on code that may not compile; asserts only that the generator threw nothing and reported nothing.</summary>
    public static GeneratorResult RunAllowingErrors(string[] sources, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        GeneratorDriver driver = CreateDriver(buildProperties).RunGeneratorsAndUpdateCompilation(Compile(sources), out Compilation output, out var generatorDiagnostics);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        Assert.Empty(generatorDiagnostics);
        return new GeneratorResult(output, run);
    }

    private sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> buildProperties) : AnalyzerConfigOptionsProvider
    {
        private readonly TestOptions global = new(buildProperties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptions.Empty;
    }

    private sealed class TestOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static TestOptions Empty { get; } = new([]);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>The compilation with the generated sources, and the generator's run result.</summary>
internal sealed record GeneratorResult(Compilation Compilation, GeneratorRunResult Run)
{
    /// <summary>Generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>
    /// Loads the output and checks, for every generated contract and signature class, that the generated constants
    /// equal what the runtime serializer writes for the generated objects. Returns how many types were checked.
    /// </summary>
    public int AssertRuntimeAgrees()
    {
        int checkedTypes = 0;
        foreach (Type type in Load().GetTypes())
        {
            if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IModelContract<>)))
            {
                Assert.Equal(GeneratedMembers.Const(type, "SchemaJson"), ((Schema)GeneratedMembers.Static(type, "Schema")!).ToJson());
                checkedTypes++;
            }
            if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IModelParams<>)))
            {
                Assert.Equal(GeneratedMembers.Const(type, "ParamSchemaJson"), ((ParamSchema)GeneratedMembers.Static(type, "ParamSchema")!).ToJson());
                checkedTypes++;
            }
            if (type.GetField("SignatureJson") is not null)
            {
                var signature = (ModelSignature)GeneratedMembers.Static(type, "Signature")!;
                Assert.Equal(GeneratedMembers.Const(type, "SignatureJson"), signature.ToDictJson());
                Assert.Equal(GeneratedMembers.Const(type, "SignatureYaml"), signature.ToMLmodelYaml());
                checkedTypes++;
                // A request file adds ReadRequest, which returns a typed request for the signature's input.
                if (type.GetMethod("ReadRequest", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(byte[]), typeof(string), typeof(Signatures.Enforcement.EnforcementOptions)]) is { } read)
                {
                    Assert.StartsWith("ModelRequest`", read.ReturnType.Name, StringComparison.Ordinal);
                    checkedTypes++;
                }
            }
        }
        return checkedTypes;
    }

    /// <summary>Emits the compilation and loads it into a collectible context (the runtime library is shared).</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(stream);
    }
}
