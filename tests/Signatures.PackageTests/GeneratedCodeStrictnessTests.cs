namespace Signatures.PackageTests;

/// <summary>
/// The files the packed generator writes compile in a strict project: <c>AnalysisMode=All</c>, every warning level,
/// nullable on, warnings as errors, and the files analyzed as the user's own code (generated code is otherwise
/// skipped by the analyzers, which would make the check say nothing).
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class GeneratedCodeStrictnessTests(PackageFeed feed)
{
    [Theory]
    [InlineData("Tabular")]
    [InlineData("Tensor")]
    public void The_emitted_files_compile_under_AnalysisMode_All_with_warnings_as_errors(string consumer)
    {
        ConsumerProject built = feed.Built(consumer);
        string[] generated = built.GeneratedFiles();
        Assert.Contains(generated, f => f.EndsWith(".Signature.g.cs", StringComparison.Ordinal));
        Assert.Contains(generated, f => f.EndsWith(".Request.g.cs", StringComparison.Ordinal));

        string strict = Directory.CreateDirectory(Path.Combine(feed.Root, "strict-" + consumer)).FullName;
        Directory.CreateDirectory(Path.Combine(strict, "Generated"));
        foreach (string file in generated) File.Copy(file, Path.Combine(strict, "Generated", Path.GetFileName(file)));
        File.Copy(built.PathOf("Contracts.cs"), Path.Combine(strict, "Contracts.cs"));
        File.Copy(feed.NuGetConfig, Path.Combine(strict, "NuGet.Config"));
        File.WriteAllText(Path.Combine(strict, "Strict.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <AnalysisMode>All</AnalysisMode>
                <WarningLevel>9999</WarningLevel>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <!-- The runtime only: the generated files are compiled as sources, the generator does not run again. -->
                <PackageReference Include="Signatures" Version="{PackageFeed.Version}" ExcludeAssets="analyzers" />
              </ItemGroup>
              <!-- ExcludeAssets="analyzers" still passes the package's compiler extensions to csc on this SDK; take them
                   out so the generator cannot run on the copies of its own output. -->
              <Target Name="RemoveSignaturesCompilerExtensions" AfterTargets="ResolveLockFileAnalyzers" BeforeTargets="CoreCompile">
                <ItemGroup>
                  <Analyzer Remove="@(Analyzer)" Condition="$([System.String]::Copy('%(Analyzer.Filename)').StartsWith('Signatures.'))" />
                </ItemGroup>
              </Target>
            </Project>
            """);
        File.WriteAllText(Path.Combine(strict, ".editorconfig"), """
            root = true

            # The generated files are analyzed as if a person had written them.
            [Generated/*.cs]
            generated_code = false
            # CA1033 asks an unsealed contract to expose the interface's static abstract members non-explicitly; a
            # derived type has no use for calling them (static members are not reached through an instance), and the
            # public constants of the same names already expose the values.
            dotnet_diagnostic.CA1033.severity = none

            # The consumer's own contracts are not what this test is about.
            [Contracts.cs]
            generated_code = true
            """);

        ProcessOutput build = feed.Dotnet(strict, "build", "-c", "Release", "-nodeReuse:false");

        Assert.True(build.ExitCode == 0, build.All);
        Assert.Contains("0 Warning(s)", build.All, StringComparison.Ordinal);
    }
}
