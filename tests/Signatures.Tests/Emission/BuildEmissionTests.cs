using System.Diagnostics;
using Signatures.Examples;
using Signatures.Models;
using Signatures.Tests.Vectors;

namespace Signatures.Tests.Emission;

/// <summary>
/// build/Signatures.Emit.targets end to end: a consumer project (outside the repository, referencing the built runtime
/// and generator as a package would) is built with 'dotnet build'. The first build writes signatures/&lt;class&gt;/ and
/// updates an MLflow model directory; the second build writes nothing (file times unchanged, same bytes); a bad
/// SignaturesModel fails the build with its code and path, and SignaturesEmit=false turns emission off.
/// </summary>
public sealed class BuildEmissionTests : IDisposable
{
    private const string Contracts = """
        using Signatures;
        namespace Demo;

        [ModelInput]
        public partial record IrisFeatures(
            [property: Column("sepal length (cm)")] double SepalLength,
            [property: Column("petal width (cm)")] double? PetalWidth);

        [ModelSignature<IrisFeatures, long>]
        public static partial class IrisModel
        {
            public static IrisFeatures[] InputExample => [new(5.1, 0.2), new(6.3, null)];
        }

        [ModelSignature<string, string>]
        public static partial class Echo;
        """;

    private const string MLmodel = "artifact_path: model\nflavors:\n  python_function:\n    loader_module: mlflow.sklearn\n    model_path: model.pkl\nmlflow_version: 2.9.2\nmodel_uuid: 4f3c1f0a9e0b4d6c8a2e7b1d9c3f5a60\nutc_time_created: '2024-01-15 10:22:33.123456'\n";

    private readonly string project = Directory.CreateTempSubdirectory("sig-emit-consumer-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(project, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned by the system later.
        }
    }

    [Fact]
    public void Build_emits_signatures_and_updates_the_model_then_a_second_build_writes_nothing()
    {
        string repo = VectorFiles.RepoRoot();
        string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0
        string cli = Path.Combine(repo, "src", "Signatures.Cli", "bin", configuration, "net10.0", "Signatures.Cli.dll");
        Assert.True(File.Exists(cli), $"build the solution first: {cli}");
        File.WriteAllText(Path.Combine(project, "Contracts.cs"), Contracts);
        Directory.CreateDirectory(Path.Combine(project, "model"));
        File.WriteAllText(Path.Combine(project, "model", "MLmodel"), MLmodel);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <SignaturesCliPath>{cli}</SignaturesCliPath>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Signatures" HintPath="{Path.Combine(repo, "src", "Signatures", "bin", configuration, "net10.0", "Signatures.dll")}" />
                <Analyzer Include="{Path.Combine(repo, "src", "Signatures.Generators", "bin", configuration, "netstandard2.0", "Signatures.Generators.dll")}" />
                <SignaturesModel Include="model" Signature="Demo.IrisModel" />
                <SignaturesModel Include="missing-model" Signature="Demo.IrisModel" Condition="'$(BadModel)' == 'true'" />
              </ItemGroup>
              <Import Project="{Path.Combine(repo, "build", "Signatures.Emit.targets")}" />
            </Project>
            """);

        (int code, string log) = Build();
        Assert.True(code == 0, log);
        string output = Path.Combine(project, "bin", "Debug", "net10.0", "signatures");
        string iris = Path.Combine(output, "Demo.IrisModel");
        ModelSignature signature = ModelSignature.FromDictJson(File.ReadAllText(Path.Combine(iris, "signature.json")));
        Assert.Equal(signature.ToDictJson() + "\n", File.ReadAllText(Path.Combine(iris, "signature.json")));
        Assert.Equal(signature.ToMLmodelYaml(), File.ReadAllText(Path.Combine(iris, "signature.yaml")));
        InputExampleFiles expected = InputExample.DataFrame(["sepal length (cm)", "petal width (cm)"], [[5.1, 0.2], [6.3, null]]).Write();
        Assert.Equal(expected.InputExampleJson, File.ReadAllText(Path.Combine(iris, "input_example.json")));
        Assert.Equal(expected.ServingInputExampleJson, File.ReadAllText(Path.Combine(iris, "serving_input_example.json")));
        Assert.True(File.Exists(Path.Combine(output, "Demo.Echo", "signature.json")));
        Assert.False(File.Exists(Path.Combine(output, "Demo.Echo", "input_example.json")));

        MLmodelFile model = MLflowModelDirectory.Load(Path.Combine(project, "model"));
        Assert.Equal(signature, model.Signature);
        Assert.Equal(expected.Info.OrderBy(e => e.Key), model.SavedInputExampleInfo!.OrderBy(e => e.Key));
        Assert.Equal(expected.InputExampleJson, File.ReadAllText(Path.Combine(project, "model", "input_example.json")));

        Dictionary<string, (DateTime Time, byte[] Bytes)> before = Snapshot(output, Path.Combine(project, "model"));
        (code, log) = Build();
        Assert.True(code == 0, log);
        Dictionary<string, (DateTime Time, byte[] Bytes)> after = Snapshot(output, Path.Combine(project, "model"));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach ((string path, (DateTime time, byte[] bytes)) in before)
        {
            Assert.True(time == after[path].Time, $"the second build rewrote {path}");
            Assert.Equal(bytes, after[path].Bytes);
        }

        Directory.Delete(output, recursive: true);
        File.SetLastWriteTimeUtc(Path.Combine(project, "Contracts.cs"), DateTime.UtcNow); // force a compile
        (code, log) = Build("-p:SignaturesEmit=false", "-p:BadModel=true");
        Assert.NotEqual(0, code);
        Assert.Contains("error SIGB001", log, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(project, "missing-model"), log, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "SignaturesEmit=false still emitted");
    }

    private (int ExitCode, string Log) Build(params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:m" }.Concat(properties)) start.ArgumentList.Add(arg);
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static Dictionary<string, (DateTime, byte[])> Snapshot(params string[] directories) =>
        directories.SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .ToDictionary(f => f, f => (File.GetLastWriteTimeUtc(f), File.ReadAllBytes(f)));
}
