using System.Text;
using Signatures.Examples;
using Signatures.Models;

namespace Signatures.Tests.MLmodel;

/// <summary>Setting a signature and an example into a real model directory: files written whole, nothing written
/// when the directory already holds them, and every bad directory refused with its code and path, unchanged.</summary>
public sealed class ModelDirectoryTests : IDisposable
{
    private const string SklearnMLmodel = "artifact_path: model\nflavors:\n  python_function:\n    loader_module: mlflow.sklearn\n    model_path: model.pkl\nmlflow_version: 2.9.2\nmodel_uuid: abc\nutc_time_created: '2024-01-15 10:22:33.123456'\n";
    private static readonly ModelSignature Iris = ModelSignature.FromDictJson(
        """{"inputs": "[{\"type\": \"double\", \"name\": \"x\", \"required\": true}]", "outputs": "[{\"type\": \"long\", \"required\": true}]", "params": null}""");

    private readonly string root = Directory.CreateTempSubdirectory("sig-modeldir-").FullName;

    public void Dispose()
    {
        foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(root, recursive: true);
    }

    private string ModelDir(string? mlmodel = SklearnMLmodel)
    {
        string dir = Path.Combine(root, "model" + Guid.NewGuid().ToString("N").Substring(0, 6));
        Directory.CreateDirectory(dir);
        if (mlmodel is not null) File.WriteAllText(Path.Combine(dir, "MLmodel"), mlmodel);
        return dir;
    }

    [Fact]
    public void Signature_and_example_are_written_then_a_second_run_writes_nothing()
    {
        string dir = ModelDir();
        InputExample example = InputExample.DataFrame(["x"], [[1.5]]);

        ModelDirectoryUpdate first = MLflowModelDirectory.SetSignature(dir, Iris, example);

        Assert.Equal(3, first.WrittenFiles.Count);
        string text = File.ReadAllText(Path.Combine(dir, "MLmodel"));
        Assert.Contains("signature:\n  inputs: '[{\"type\": \"double\", \"name\": \"x\", \"required\": true}]'", text, StringComparison.Ordinal);
        Assert.Contains("saved_input_example_info:\n  artifact_path: input_example.json\n  pandas_orient: split\n", text, StringComparison.Ordinal);
        Assert.Equal(Iris, MLflowModelDirectory.Load(dir).Signature);
        Assert.True(File.Exists(Path.Combine(dir, "input_example.json")));
        Assert.True(File.Exists(Path.Combine(dir, "serving_input_example.json")));

        DateTime before = File.GetLastWriteTimeUtc(Path.Combine(dir, "MLmodel"));
        ModelDirectoryUpdate second = MLflowModelDirectory.SetSignature(dir, Iris, example);
        Assert.False(second.Changed);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(dir, "MLmodel")));
        Assert.Empty(Directory.EnumerateFiles(dir, "*.tmp"));
    }

    [Fact]
    public void An_MLmodel_file_path_works_like_its_directory()
    {
        string dir = ModelDir();
        ModelDirectoryUpdate update = MLflowModelDirectory.SetSignature(Path.Combine(dir, "MLmodel"), Iris);
        Assert.Equal([Path.Combine(dir, "MLmodel")], update.WrittenFiles);
    }

    [Fact]
    public void A_missing_directory_is_SIGB001_with_its_path()
    {
        string missing = Path.Combine(root, "nope");
        var e = Assert.Throws<ModelDirectoryException>(() => MLflowModelDirectory.SetSignature(missing, Iris));
        Assert.Equal(BuildErrorCodes.NotFound, e.Code);
        Assert.Equal(missing, e.Path);
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_without_MLmodel_is_SIGB001()
    {
        string dir = ModelDir(mlmodel: null);
        var e = Assert.Throws<ModelDirectoryException>(() => MLflowModelDirectory.SetSignature(dir, Iris));
        Assert.Equal(BuildErrorCodes.NotFound, e.Code);
        Assert.Contains("no MLmodel file", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir));
    }

    [Fact]
    public void A_read_only_MLmodel_is_SIGB002_and_stays_unchanged()
    {
        string dir = ModelDir();
        string mlmodel = Path.Combine(dir, "MLmodel");
        File.SetAttributes(mlmodel, FileAttributes.ReadOnly);
        var e = Assert.Throws<ModelDirectoryException>(() => MLflowModelDirectory.SetSignature(dir, Iris, InputExample.DataFrame(["x"], [[1.0]])));
        Assert.Equal(BuildErrorCodes.FileAccess, e.Code);
        Assert.Equal(mlmodel, e.Path);
        Assert.Contains("read-only", e.Message, StringComparison.Ordinal);
        Assert.Equal(SklearnMLmodel, File.ReadAllText(mlmodel));
        Assert.Equal(["MLmodel"], Directory.EnumerateFiles(dir).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("flavors: [unclosed\n", "not valid YAML")]
    [InlineData("", "empty")]
    [InlineData("- a\n- b\n", "must be a YAML mapping")]
    [InlineData("flavors: {}\nsignature:\n  inputs: 'not json'\n", "existing signature")]
    [InlineData("flavors: {}\nenv_vars: [1, 2]\n", "env_vars must be a list of strings")]
    public void A_malformed_MLmodel_is_SIGB003_and_stays_unchanged(string content, string hint)
    {
        string dir = ModelDir(content);
        var e = Assert.Throws<ModelDirectoryException>(() => MLflowModelDirectory.SetSignature(dir, Iris));
        Assert.Equal(BuildErrorCodes.MalformedMLmodel, e.Code);
        Assert.Contains(hint, e.Message, StringComparison.Ordinal);
        Assert.EndsWith("MLmodel", e.Path, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(Path.Combine(dir, "MLmodel")));
    }

    [Fact]
    public void A_binary_MLmodel_is_SIGB003()
    {
        string dir = ModelDir(mlmodel: null);
        File.WriteAllBytes(Path.Combine(dir, "MLmodel"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF]);
        var e = Assert.Throws<ModelDirectoryException>(() => MLflowModelDirectory.SetSignature(dir, Iris));
        Assert.Equal(BuildErrorCodes.MalformedMLmodel, e.Code);
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);

        File.WriteAllBytes(Path.Combine(dir, "MLmodel"), Encoding.UTF8.GetBytes("flavors:\0 {}\n"));
        e = Assert.Throws<ModelDirectoryException>(() => MLflowModelDirectory.SetSignature(dir, Iris));
        Assert.Equal(BuildErrorCodes.MalformedMLmodel, e.Code);
        Assert.Contains("#x0000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_MLmodel_that_is_a_directory_is_SIGB002()
    {
        string dir = ModelDir(mlmodel: null);
        Directory.CreateDirectory(Path.Combine(dir, "MLmodel"));
        var e = Assert.Throws<ModelDirectoryException>(() => MLflowModelDirectory.SetSignature(dir, Iris));
        Assert.Equal(BuildErrorCodes.FileAccess, e.Code);
    }

    [Fact]
    public void The_MSBuild_form_names_path_and_code()
    {
        var e = new ModelDirectoryException(BuildErrorCodes.NotFound, "/m/MLmodel", "gone");
        Assert.Equal("/m/MLmodel : error SIGB001: gone", e.ToMSBuildError());
    }
}
