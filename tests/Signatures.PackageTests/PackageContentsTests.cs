using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Signatures.PackageTests;

/// <summary>What the packed Signatures and Signatures.Cli packages hold.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageContentsTests(PackageFeed feed)
{
    private static readonly string[] CompilerExtensions = ["Signatures.Generators.dll", "Signatures.Analyzers.dll", "Signatures.CodeFixes.dll"];

    [Fact]
    public void The_runtime_is_the_only_lib_reference_and_the_compiler_extensions_are_analyzers()
    {
        string[] entries = Entries($"Signatures.{PackageFeed.Version}.nupkg");

        Assert.Equal(["lib/net10.0/Signatures.dll", "lib/net10.0/Signatures.xml"], entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(
            CompilerExtensions.Select(dll => "analyzers/dotnet/roslyn4.14/cs/" + dll).Order(StringComparer.Ordinal),
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("README.md", entries);
    }

    [Fact]
    public void Tools_cli_holds_the_framework_dependent_CLI_the_emit_targets_run()
    {
        string[] entries = Entries($"Signatures.{PackageFeed.Version}.nupkg");

        Assert.Equal(
            new[] { "Signatures.Cli.deps.json", "Signatures.Cli.dll", "Signatures.Cli.runtimeconfig.json", "Signatures.dll", "System.CommandLine.dll", "YamlDotNet.dll" }
                .Select(file => "tools/cli/" + file).Order(StringComparer.Ordinal),
            entries.Where(e => e.StartsWith("tools/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_compiler_extensions_need_nothing_but_the_compiler_and_each_other()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackageFile($"Signatures.{PackageFeed.Version}.nupkg"));
        HashSet<string> bundled = CompilerExtensions.Select(dll => dll[..^".dll".Length]).ToHashSet(StringComparer.Ordinal);

        foreach (string dll in CompilerExtensions)
        {
            using var image = new MemoryStream();
            using (Stream entry = package.GetEntry("analyzers/dotnet/roslyn4.14/cs/" + dll)!.Open()) entry.CopyTo(image);
            image.Position = 0;
            using var pe = new PEReader(image);
            MetadataReader metadata = pe.GetMetadataReader();
            foreach (AssemblyReferenceHandle handle in metadata.AssemblyReferences)
            {
                string name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                // The compiler host provides netstandard, System.* and Microsoft.CodeAnalysis*; anything else must ship beside it.
                bool provided = name == "netstandard" || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal);
                Assert.True(provided || bundled.Contains(name), $"{dll} references {name}, which neither the compiler provides nor the package's analyzers folder holds");
            }
        }
    }

    [Fact]
    public void BuildTransitive_holds_the_repository_build_files_byte_for_byte()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackageFile($"Signatures.{PackageFeed.Version}.nupkg"));
        string buildFolder = Path.Combine(PackageFeed.RepositoryRoot, "build");
        string[] expected = Directory.GetFiles(buildFolder, "Signatures*.targets").Append(Path.Combine(buildFolder, "Signatures.props"))
            .Append(Path.Combine(buildFolder, "Signatures.Cli.props"))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

        Assert.Contains("Signatures.targets", expected);
        Assert.Equal(expected, package.Entries.Where(e => e.FullName.StartsWith("buildTransitive/", StringComparison.Ordinal))
            .Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (string name in expected)
        {
            using var packed = new StreamReader(package.GetEntry("buildTransitive/" + name)!.Open());
            Assert.Equal(File.ReadAllText(Path.Combine(buildFolder, name)), packed.ReadToEnd());
        }
    }

    [Fact]
    public void The_nuspec_has_the_license_repository_release_notes_and_no_compiler_extension_dependency()
    {
        XElement metadata = Nuspec($"Signatures.{PackageFeed.Version}.nupkg");

        Assert.Equal(PackageFeed.Version, Value(metadata, "version"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")!.Value);
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.StartsWith("https://github.com/", Value(metadata, "releaseNotes"));
        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.StartsWith("https://github.com/", repository.Attribute("url")!.Value);
        string[] dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToArray();
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Signatures", StringComparison.Ordinal) || id.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbols_package_holds_the_runtime_pdb()
    {
        Assert.Contains("lib/net10.0/Signatures.pdb", Entries($"Signatures.{PackageFeed.Version}.snupkg"));
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_signatures_of_the_same_version()
    {
        string file = $"Signatures.Cli.{PackageFeed.Version}.nupkg";
        XElement metadata = Nuspec(file);

        Assert.Equal("DotnetTool", metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);
        Assert.Equal("MIT", Value(metadata, "license"));
        using ZipArchive package = ZipFile.OpenRead(feed.PackageFile(file));
        using var settings = new StreamReader(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        XElement command = XElement.Parse(settings.ReadToEnd()).Descendants("Command").Single();
        Assert.Equal("signatures", command.Attribute("Name")!.Value);
        Assert.Equal("Signatures.Cli.dll", command.Attribute("EntryPoint")!.Value);
    }

    private string[] Entries(string fileName)
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackageFile(fileName));
        return package.Entries.Select(e => e.FullName).ToArray();
    }

    private XElement Nuspec(string fileName)
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackageFile(fileName));
        ZipArchiveEntry nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Value(XElement metadata, string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
}
