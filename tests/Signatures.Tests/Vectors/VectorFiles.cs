using System.Text.Json.Nodes;

namespace Signatures.Tests.Vectors;

/// <summary>Reads the MLflow-generated test vectors from <c>../shared/vectors</c> beside the repository root.
/// A missing folder fails loudly: the vectors are the executable spec, never optional.</summary>
public static class VectorFiles
{
    /// <summary>The vectors folder.</summary>
    public static string Dir { get; } = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "vectors"));

    /// <summary>The repository root (the folder holding <c>.git</c>).</summary>
    public static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            if (Directory.Exists(Path.Combine(d.FullName, ".git")) || File.Exists(Path.Combine(d.FullName, ".git")))
            {
                return d.FullName;
            }
        }
        throw new InvalidOperationException("repository root (.git) not found above " + AppContext.BaseDirectory);
    }

    /// <summary>One xunit row per vector line: (id, the whole line). Lines whose <c>signatures.expect</c> is <c>skip</c> are left out.</summary>
    public static IEnumerable<object[]> Read(string file)
    {
        string path = Path.Combine(Dir, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Test vectors not found at {path}: the shared/ folder must sit beside the repository.", path);
        }
        return File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l => JsonNode.Parse(l)!)
            .Where(n => n["signatures"]?["expect"]?.GetValue<string>() != "skip")
            .Select(n => new object[] { n["id"]!.GetValue<string>(), n.ToJsonString() })
            .ToArray();
    }
}
