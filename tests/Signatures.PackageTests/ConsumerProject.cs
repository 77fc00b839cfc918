namespace Signatures.PackageTests;

/// <summary>A copy of one consumer of <c>tests/consumers</c> in the feed's temporary folder, and what can be done with it.</summary>
public sealed class ConsumerProject(PackageFeed feed, string name, string folder)
{
    /// <summary>The consumer's name (its folder and project name).</summary>
    public string Name { get; } = name;

    /// <summary>The copy's folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>What the shared first build printed (<see cref="PackageFeed.Built"/>), or null before it.</summary>
    public ProcessOutput? FirstBuild { get; internal set; }

    /// <summary>A file of the copy.</summary>
    public string PathOf(string relative) => System.IO.Path.Combine(Folder, relative);

    /// <summary><c>dotnet build -c Release</c> against the packed version, with extra MSBuild arguments.</summary>
    public ProcessOutput Build(params string[] extra) =>
        feed.Dotnet(Folder, ["build", "-c", "Release", $"-p:SignaturesVersion={PackageFeed.Version}", "-nodeReuse:false", .. extra]);

    /// <summary><c>dotnet publish -c Release -r linux-x64</c> into <c>publish-{label}</c>, with extra MSBuild arguments.</summary>
    public (ProcessOutput Output, string Folder) Publish(string label, params string[] extra)
    {
        string output = PathOf("publish-" + label);
        ProcessOutput result = feed.Dotnet(Folder,
            ["publish", "-c", "Release", "-r", "linux-x64", $"-p:SignaturesVersion={PackageFeed.Version}", "-nodeReuse:false", "-o", output, .. extra]);
        return (result, output);
    }

    /// <summary>Runs the built program (framework-dependent) with <paramref name="body"/> on standard input.</summary>
    public ProcessOutput RunBuilt(byte[] body) =>
        DotnetProcess.Run("dotnet", Folder, null, body, PathOf($"bin/Release/net10.0/{Name}.dll"));

    /// <summary>Runs a published native executable with <paramref name="body"/> on standard input.</summary>
    public ProcessOutput RunPublished(string publishFolder, byte[] body) =>
        DotnetProcess.Run(System.IO.Path.Combine(publishFolder, Name), Folder, null, body);

    /// <summary>The files the generator wrote for the last build with <c>EmitCompilerGeneratedFiles</c>.</summary>
    public string[] GeneratedFiles() =>
        Directory.GetFiles(PathOf("obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{System.IO.Path.DirectorySeparatorChar}Signatures.Generators{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
