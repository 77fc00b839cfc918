namespace Signatures.PackageTests;

/// <summary>
/// A fact that needs NativeAOT's platform linker: skipped, with the reason, on a machine without one. Everything
/// else NativeAOT needs (the ILCompiler packages) comes from NuGet.
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "the NativeAOT publish test targets linux-x64";
        }
        else if (FindOnPath("clang") is null && FindOnPath("gcc") is null)
        {
            Skip = "NativeAOT needs a platform linker on PATH (clang, or gcc) and this machine has neither (Debian: apt-get install clang)";
        }
    }

    /// <summary>The full path of <paramref name="program"/> in a PATH folder, or null.</summary>
    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
