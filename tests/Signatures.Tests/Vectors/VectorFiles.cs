using System.Text.Json.Nodes;

namespace Signatures.Tests.Vectors;

/// <summary>Reads the MLflow-generated test vectors from <c>tests/vectors</c> in the repository (see its README).
/// A missing file fails loudly: the vectors are the executable spec, never optional.</summary>
public static class VectorFiles
{
    /// <summary>The file that marks the repository root; a plain clone or a source archive has it, unlike <c>.git</c>.</summary>
    public const string RootMarker = "Signatures.Generators.sln";

    /// <summary>The vectors folder.</summary>
    public static string Dir { get; } = Path.Combine(RepoRoot(), "tests", "vectors");

    /// <summary>The repository root: the nearest folder above the test's output folder that holds <see cref="RootMarker"/>.</summary>
    public static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, RootMarker)))
            {
                return d.FullName;
            }
        }
        throw new InvalidOperationException($"repository root ({RootMarker}) not found above {AppContext.BaseDirectory}");
    }

    /// <summary>One xunit row per vector line: (id, the whole line). Lines whose <c>signatures.expect</c> is <c>skip</c> are left out.</summary>
    public static IEnumerable<object[]> Read(string file)
    {
        string path = Path.Combine(Dir, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Test vectors not found at {path}: tests/vectors must hold {file} (see tests/vectors/README.md).", path);
        }
        return File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l => JsonNode.Parse(l)!)
            .Where(n => n["signatures"]?["expect"]?.GetValue<string>() != "skip")
            .Select(n => new object[] { n["id"]!.GetValue<string>(), n.ToJsonString() })
            .ToArray();
    }
}
