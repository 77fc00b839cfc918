using System.Text.Json.Nodes;

namespace Signatures.PackageTests;

/// <summary>The <c>signatures</c> tool installs from the feed into a tool path and runs.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ToolPackageTests(PackageFeed feed)
{
    [Fact]
    public void The_installed_tool_prints_MLflow_signature_text()
    {
        string signatures = Install();
        ExpectedSignature expected = ExpectedSignature.Tensor();
        string dict = Path.Combine(feed.Root, "tensor_shapes.json");
        File.WriteAllText(dict, expected.DictJson);

        ProcessOutput yaml = DotnetProcess.Run(signatures, feed.Root, null, null, "format", "--signature", dict, "--yaml").EnsureSuccess();
        ProcessOutput help = DotnetProcess.Run(signatures, feed.Root, null, null, "--help").EnsureSuccess();

        Assert.Equal(expected.MLmodelYaml, yaml.StandardOutput);
        Assert.Contains("format", help.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("validate", help.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_installed_tool_prints_the_package_version()
    {
        string signatures = Install();

        ProcessOutput version = DotnetProcess.Run(signatures, feed.Root, null, null, "--version").EnsureSuccess();

        Assert.Equal(PackageFeed.Version + "\n", version.StandardOutput);
    }

    private readonly Lazy<string> installed = new(() => InstallInto(feed));

    private string Install() => installed.Value;

    private static string InstallInto(PackageFeed feed)
    {
        string toolPath = Path.Combine(feed.Root, "tools-" + Guid.NewGuid().ToString("N"));
        feed.Dotnet(feed.Root, "tool", "install", "Signatures.Cli", "--version", PackageFeed.Version, "--tool-path", toolPath, "--configfile", feed.NuGetConfig)
            .EnsureSuccess();
        string program = Path.Combine(toolPath, "signatures");
        Assert.True(File.Exists(program), $"the tool command 'signatures' is not in {toolPath}");
        return program;
    }
}
