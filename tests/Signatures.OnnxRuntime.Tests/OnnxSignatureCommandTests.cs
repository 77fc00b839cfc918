using Signatures.Cli;

namespace Signatures.OnnxRuntime.Tests;

/// <summary><c>signatures onnx-signature</c> through the command line: the signature on stdout or in --output, wrong
/// usage exit code 2, an unreadable model exit code 1 with the MSBuild error line the build step relies on.</summary>
public sealed class OnnxSignatureCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("signatures-onnx-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = CommandLine.Run(args, TextReader.Null, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_signature_goes_to_stdout_or_to_the_output_file()
    {
        string expected = OnnxModelFile.ReadSignature(ModelFiles.ResNetPreprocess).ToDictJson() + "\n";
        Assert.Equal((0, expected, ""), Run("onnx-signature", ModelFiles.ResNetPreprocess));

        string output = Path.Combine(directory, "nested", "prep.signature.json");
        var result = Run("onnx-signature", $"--output={output}", ModelFiles.ResNetPreprocess);
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Equal(expected, File.ReadAllText(output));
    }

    [Theory]
    [InlineData("onnx-signature")]
    [InlineData("onnx-signature", "a.onnx", "b.onnx")]
    [InlineData("onnx-signature", "a.onnx", "--output")]
    [InlineData("onnx-signature", "--model", "a.onnx")]
    public void Wrong_usage_is_exit_code_2_naming_the_command(params string[] args)
    {
        var (exitCode, stdout, stderr) = Run(args);
        Assert.Equal((2, ""), (exitCode, stdout));
        Assert.Contains("onnx-signature", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_broken_model_is_exit_code_1_with_an_MSBuild_error_line()
    {
        string broken = Path.Combine(directory, "broken.onnx");
        File.WriteAllText(broken, "not a model");
        foreach (string model in new[] { broken, Path.Combine(directory, "missing.onnx") })
        {
            var (exitCode, stdout, stderr) = Run("onnx-signature", model, "--output", Path.Combine(directory, "out.json"));
            Assert.Equal((1, ""), (exitCode, stdout));
            Assert.StartsWith($"{model} : error SIGB010: ONNX model '{model}': ", stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(directory, "out.json")));
        }
    }
}
