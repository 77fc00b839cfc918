namespace Signatures.Tests.Vectors;

/// <summary>A fact that runs only when the project's shared vector set (<c>../shared/vectors</c>) sits beside the
/// repository, as it does in the project's own workspace; a plain clone skips it.</summary>
public sealed class SharedVectorsFactAttribute : FactAttribute
{
    /// <summary>Where the shared vector set would be.</summary>
    public static string SharedDir { get; } = Path.GetFullPath(Path.Combine(VectorFiles.RepoRoot(), "..", "shared", "vectors"));

    public SharedVectorsFactAttribute()
    {
        if (!Directory.Exists(SharedDir))
        {
            Skip = $"no shared vector set at {SharedDir} (a plain clone): nothing to compare tests/vectors with";
        }
    }
}
