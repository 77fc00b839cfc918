namespace Signatures.Analyzers.Tests;

/// <summary>Finds files of the repository from the test's output folder (the folder holding <c>.git</c>, a
/// directory in a clone and a file in a worktree).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("repository root (.git) not found above " + AppContext.BaseDirectory);
    }
}
