using Signatures.Generators.Emitting;
using Signatures.Tests.Vectors;

namespace Signatures.Generators.Tests.Infrastructure;

/// <summary>
/// Generated-output baselines: <c>Baselines/{Test}/{HintName}.txt</c> in the source tree. Run the tests with
/// <c>SIGNATURES_UPDATE_BASELINES=1</c> to rewrite them (stale files are deleted), then review the diff.
/// </summary>
internal static class Baselines
{
    private static readonly string Root = Path.Combine(VectorFiles.RepoRoot(), "tests", "Signatures.Generators.Tests", "Baselines");

    private static bool Updating => Environment.GetEnvironmentVariable("SIGNATURES_UPDATE_BASELINES") == "1";

    // The [GeneratedCode] attribute carries the generator's version, which changes with every release
    // (Directory.Build.props): the baselines hold a placeholder in its place.
    private static readonly string VersionedTool = $"\"{GeneratedCodeInfo.Tool}\", \"{GeneratedCodeInfo.Version}\"";
    private static readonly string PlaceholderTool = $"\"{GeneratedCodeInfo.Tool}\", \"{{version}}\"";

    private static string WithVersionPlaceholder(string text) => text.Replace(VersionedTool, PlaceholderTool, StringComparison.Ordinal);

    /// <summary>Compares the generated files with the baselines, and the generated constants with the runtime serializer.</summary>
    public static void Verify(string testName, GeneratorResult result)
    {
        Assert.Equal(result.Sources.Count, result.AssertRuntimeAgrees());
        string directory = Path.Combine(Root, testName);
        IReadOnlyDictionary<string, string> sources = result.Sources;
        if (Updating)
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
            Directory.CreateDirectory(directory);
            foreach (var (hint, text) in sources) File.WriteAllText(Path.Combine(directory, hint + ".txt"), WithVersionPlaceholder(text));
            return;
        }

        Assert.True(Directory.Exists(directory), $"No baselines at {directory}: run the tests once with SIGNATURES_UPDATE_BASELINES=1 and review them.");
        string[] expectedFiles = Directory.GetFiles(directory, "*.txt").Select(f => Path.GetFileName(f)[..^".txt".Length]).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expectedFiles, sources.Keys.Order(StringComparer.Ordinal).ToArray());
        foreach (var (hint, text) in sources)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(directory, hint + ".txt")), WithVersionPlaceholder(text));
        }
    }
}
