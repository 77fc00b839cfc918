namespace Signatures.PackageTests;

/// <summary>The README's quickstart is a working program: pasted into a new console project that references the package, it builds and runs.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ReadmeQuickstartTests(PackageFeed feed)
{
    [Fact]
    public void The_README_quickstart_builds_without_a_warning_and_runs()
    {
        string project = Directory.CreateDirectory(Path.Combine(feed.Root, "readme-quickstart")).FullName;
        File.WriteAllText(Path.Combine(project, "Program.cs"), QuickstartCode(File.ReadAllText(Path.Combine(PackageFeed.RepositoryRoot, "README.md"))));
        File.Copy(feed.NuGetConfig, Path.Combine(project, "NuGet.Config"));
        // What 'dotnet new console' and 'dotnet add package Signatures' write.
        File.WriteAllText(Path.Combine(project, "Quickstart.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Signatures" Version="{PackageFeed.Version}" />
              </ItemGroup>
            </Project>
            """);

        ProcessOutput build = feed.Dotnet(project, "build", "-c", "Release", "-nodeReuse:false").EnsureSuccess();
        ProcessOutput run = DotnetProcess.Run("dotnet", project, null, null, Path.Combine(project, "bin", "Release", "net10.0", "Quickstart.dll")).EnsureSuccess();

        Assert.Contains("0 Warning(s)", build.All, StringComparison.Ordinal);
        Assert.Contains("\"stage\": \"inputs\"", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\nsignature:\n  inputs: ", run.StandardOutput, StringComparison.Ordinal);
    }

    // The first C# block after the README's Quickstart heading.
    private static string QuickstartCode(string readme)
    {
        int section = readme.IndexOf("\n## Quickstart\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no '## Quickstart' section");
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        int end = readme.IndexOf("```\n", start, StringComparison.Ordinal);
        return readme[start..end];
    }
}
