namespace Signatures.Tests.Vectors;

/// <summary>The repository's vectors (<c>tests/vectors</c>) are a copy of the project's shared vector set; this keeps
/// the two from drifting apart. Only the vector files are compared: the README is the repository's own.</summary>
public class SharedVectorCopyTests
{
    [SharedVectorsFact]
    public void The_repository_vectors_are_byte_identical_to_the_shared_set()
    {
        string[] shared = VectorFileNames(SharedVectorsFactAttribute.SharedDir);
        string[] copied = VectorFileNames(VectorFiles.Dir);
        Assert.Equal(shared, copied);
        string[] differing = shared
            .Where(name => !File.ReadAllBytes(Path.Combine(SharedVectorsFactAttribute.SharedDir, name))
                .AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(VectorFiles.Dir, name))))
            .ToArray();
        Assert.True(differing.Length == 0, $"tests/vectors differs from {SharedVectorsFactAttribute.SharedDir} in: {string.Join(", ", differing)} (copy the shared files over)");
    }

    private static string[] VectorFileNames(string directory) =>
        Directory.GetFiles(directory, "*.jsonl").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
}
