using System.Diagnostics;

namespace Signatures.OnnxRuntime.Tests;

/// <summary>build/Signatures.Onnx.targets run by MSBuild on a small project: the signature file is written where the
/// analyzers find it and given to the compiler, and a malformed model is a build error with its code and path.</summary>
public sealed class BuildStepTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "signatures-onnx-" + Guid.NewGuid().ToString("N"));

    public BuildStepTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Each_model_gets_its_signature_file_in_obj_as_an_additional_file_and_a_broken_one_a_build_error()
    {
        File.Copy(ModelFiles.ResNetPreprocess, Path.Combine(directory, "prep.onnx"));
        File.WriteAllText(Path.Combine(directory, "broken.onnx"), "not a model");
        string targets = Path.Combine(RepositoryRoot(), "build", "Signatures.Onnx.targets");
        string cli = typeof(Signatures.Cli.CommandLine).Assembly.Location;

        WriteProject(targets, cli, "<SignaturesOnnxModel Include=\"prep.onnx\" Link=\"models/prep.onnx\" />");
        var (exitCode, output) = MSBuild("-getItem:AdditionalFiles");
        Assert.True(exitCode == 0, output);
        string signatureFile = Path.Combine(directory, "obj", "signatures", "onnx", "models", "prep.onnx.signature.json");
        Assert.Equal(OnnxModelFile.ReadSignature(ModelFiles.ResNetPreprocess).ToDictJson() + "\n", File.ReadAllText(signatureFile));
        Assert.Contains("prep.onnx.signature.json", output, StringComparison.Ordinal);

        WriteProject(targets, cli, "<SignaturesOnnxModel Include=\"broken.onnx\" />");
        // (A whole 'dotnet build' then fails: "Build FAILED", exit code 1; here only the step runs.)
        (_, output) = MSBuild();
        Assert.Contains(Path.Combine(directory, "broken.onnx") + " : error SIGB010: ONNX model", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "obj", "signatures", "onnx", "broken.onnx.signature.json")));
    }

    private void WriteProject(string targets, string cli, string items) => File.WriteAllText(Path.Combine(directory, "model.proj"), $"""
        <Project>
          <PropertyGroup>
            <IntermediateOutputPath>obj/</IntermediateOutputPath>
            <SignaturesCliPath>{cli}</SignaturesCliPath>
          </PropertyGroup>
          <ItemGroup>{items}</ItemGroup>
          <Import Project="{targets}" />
        </Project>
        """);

    private (int ExitCode, string Output) MSBuild(string extra = "")
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            $"msbuild model.proj -t:SignaturesOnnxSignatures -nologo -noAutoResponse -nodeReuse:false {extra}")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Signatures.Generators.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the repository root (Signatures.Generators.sln) was not found above " + AppContext.BaseDirectory);
    }
}
