namespace Signatures.Analyzers.Tests;

/// <summary>Finds files of the repository from the test's output folder: the root is the nearest folder holding
/// <c>Signatures.Generators.sln</c> (present in a clone and in a source archive alike, unlike <c>.git</c>).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Signatures.Generators.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("repository root (Signatures.Generators.sln) not found above " + AppContext.BaseDirectory);
    }
}
