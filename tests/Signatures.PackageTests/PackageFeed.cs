using System.Collections.Concurrent;
using System.Reflection;
using System.Security;

namespace Signatures.PackageTests;

/// <summary>
/// One pack for the whole test run: <c>Signatures</c> and <c>Signatures.Cli</c> packed from this repository into a
/// local folder feed under a fresh temporary folder, with a NuGet cache of its own (so no earlier package of the same
/// version is ever used) and a NuGet.Config that takes the Signatures packages from the feed only and everything else
/// from the normal source. Each consumer of <c>tests/consumers</c> is copied there, built once and shared.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ConsumerProject>> built = new();
    private int copies;

    public PackageFeed()
    {
        Root = Directory.CreateTempSubdirectory("signatures-package-tests-").FullName;
        FeedFolder = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        PackagesFolder = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        PackOutput = Pack("src/Signatures/Signatures.csproj") + Pack("src/Signatures.Cli/Signatures.Cli.csproj");
        NuGetConfig = Path.Combine(Root, "NuGet.Config");
        File.WriteAllText(NuGetConfig, NuGetConfigText(FeedFolder, NormalSources()));
    }

    /// <summary>The repository root, recorded at build time.</summary>
    public static string RepositoryRoot { get; } = Metadata("SignaturesRepositoryRoot");

    /// <summary>The version every package of the repository carries (Directory.Build.props).</summary>
    public static string Version { get; } = Metadata("SignaturesPackageVersion");

    /// <summary>A real ONNX model (ResNet-18's preprocessing graph from a NuGet package), recorded at build time.</summary>
    public static string OnnxTestModel { get; } = Metadata("SignaturesOnnxTestModel");

    /// <summary>The temporary folder holding the feed, the cache, the config and the consumer copies.</summary>
    public string Root { get; }

    /// <summary>The local folder feed holding the packed .nupkg and .snupkg files.</summary>
    public string FeedFolder { get; }

    /// <summary>The NuGet cache (NUGET_PACKAGES) of every command run against the feed.</summary>
    public string PackagesFolder { get; }

    /// <summary>A NuGet.Config: the feed for the Signatures packages, the normal source for everything else.</summary>
    public string NuGetConfig { get; }

    /// <summary>What the two pack commands printed.</summary>
    public string PackOutput { get; }

    /// <summary>The path of a packed file, e.g. <c>Signatures.0.1.0.nupkg</c>.</summary>
    public string PackageFile(string fileName) => Path.Combine(FeedFolder, fileName);

    /// <summary>A fresh copy of the consumer <c>tests/consumers/{name}</c>, ready to build against the feed.</summary>
    public ConsumerProject Copy(string name)
    {
        string target = Path.Combine(Root, "consumers", $"{name}-{Interlocked.Increment(ref copies)}");
        CopyDirectory(Path.Combine(RepositoryRoot, "tests", "consumers", name), target);
        File.Copy(NuGetConfig, Path.Combine(target, "NuGet.Config"));
        return new ConsumerProject(this, name, target);
    }

    /// <summary>The consumer built once (Release, generated files emitted), shared by every test that only reads it.</summary>
    public ConsumerProject Built(string name) =>
        built.GetOrAdd(name, n => new Lazy<ConsumerProject>(() =>
        {
            ConsumerProject consumer = Copy(n);
            consumer.FirstBuild = consumer.Build("-p:EmitCompilerGeneratedFiles=true").EnsureSuccess();
            return consumer;
        })).Value;

    /// <summary>Runs <c>dotnet</c> with this feed's cache.</summary>
    public ProcessOutput Dotnet(string workingDirectory, params string[] arguments) =>
        DotnetProcess.Dotnet(workingDirectory, PackagesFolder, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by an exiting process: the temporary folder is cleaned by the system later.
        }
    }

    private string Pack(string project) =>
        // The repository's own builds use the normal NuGet cache; only the consumers get the fresh one.
        DotnetProcess.Dotnet(RepositoryRoot, null, "pack", project, "-c", "Release", "-o", FeedFolder, "-nodeReuse:false")
            .EnsureSuccess().All;

    // The enabled sources of the repository's NuGet configuration (the machine's normal registry), less local folders.
    private static IReadOnlyList<string> NormalSources()
    {
        ProcessOutput list = DotnetProcess.Dotnet(RepositoryRoot, null, "nuget", "list", "source", "--format", "short").EnsureSuccess();
        string[] sources = list.StandardOutput.Split('\n', StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .Where(source => source.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return sources.Length > 0 ? sources : ["https://api.nuget.org/v3/index.json"];
    }

    private static string NuGetConfigText(string feed, IReadOnlyList<string> sources)
    {
        string Escape(string text) => SecurityElement.Escape(text);
        var normal = sources.Select((url, i) => (Key: $"normal{i}", Url: url)).ToArray();
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="signatures-local" value="{Escape(feed)}" />
            {string.Join("\n", normal.Select(s => $"    <add key=\"{s.Key}\" value=\"{Escape(s.Url)}\" />"))}
              </packageSources>
              <!-- The Signatures packages come from the local feed only, never from a registry that has the same id. -->
              <packageSourceMapping>
                <packageSource key="signatures-local">
                  <package pattern="Signatures" />
                  <package pattern="Signatures.Cli" />
                </packageSource>
            {string.Join("\n", normal.Select(s => $"    <packageSource key=\"{s.Key}\">\n      <package pattern=\"*\" />\n    </packageSource>"))}
              </packageSourceMapping>
            </configuration>
            """;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }

    private static string Metadata(string key) =>
        typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata {key} is missing");
}

/// <summary>Every package test shares one <see cref="PackageFeed"/> and runs one at a time (the machine has 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "packed packages";
}
