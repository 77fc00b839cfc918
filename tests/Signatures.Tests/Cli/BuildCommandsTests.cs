using Signatures.Models;

namespace Signatures.Tests.Cli;

/// <summary><c>emit</c>, <c>set-signature</c>, <c>infer</c> and <c>example --model-dir</c>: the happy paths on files,
/// and every bad input (missing paths, directories, read-only files, malformed YAML, binary files) as one coded error
/// line with its path, exit code 1, nothing changed.</summary>
public sealed class BuildCommandsTests : IDisposable
{
    private const string SignatureJson = """{"inputs": "[{\"type\": \"double\", \"name\": \"x\", \"required\": true}]", "outputs": null, "params": null}""";
    private const string MLmodel = "flavors:\n  python_function:\n    loader_module: mlflow.sklearn\nmodel_uuid: abc\nutc_time_created: '2024-01-15 10:22:33.123456'\n";

    private readonly string root = Directory.CreateTempSubdirectory("sig-cli-build-").FullName;

    public void Dispose()
    {
        foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(root, recursive: true);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertCodedError(CliResult result, string code, string path)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{path} : error {code}: ", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Set_signature_from_a_file_writes_MLmodel_then_leaves_it_untouched()
    {
        string mlmodel = Write("model/MLmodel", MLmodel);
        string signature = Write("sig.json", SignatureJson);
        CliResult first = CliRunner.Run("set-signature", Path.Combine(root, "model"), "--signature", signature);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("wrote " + mlmodel, first.Stdout, StringComparison.Ordinal);
        Assert.Equal(ModelSignature.FromDictJson(SignatureJson), MLflowModelDirectory.Load(mlmodel).Signature);

        CliResult second = CliRunner.Run("set-signature", mlmodel, "--signature", Path.Combine(root, "model"));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("left untouched", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_signature_refuses_bad_model_directories_with_their_code_and_path()
    {
        string signature = Write("sig.json", SignatureJson);
        string missing = Path.Combine(root, "missing");
        AssertCodedError(CliRunner.Run("set-signature", missing, "--signature", signature), BuildErrorCodes.NotFound, missing);

        string empty = Path.Combine(root, "empty");
        Directory.CreateDirectory(empty);
        AssertCodedError(CliRunner.Run("set-signature", empty, "--signature", signature), BuildErrorCodes.NotFound, empty);

        string malformed = Write("malformed/MLmodel", "flavors: [oops\n");
        AssertCodedError(CliRunner.Run("set-signature", Path.GetDirectoryName(malformed)!, "--signature", signature), BuildErrorCodes.MalformedMLmodel, malformed);
        Assert.Equal("flavors: [oops\n", File.ReadAllText(malformed));

        string binary = Path.Combine(root, "binary", "MLmodel");
        Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0x00, 0xFF, 0xFE]);
        AssertCodedError(CliRunner.Run("set-signature", binary, "--signature", signature), BuildErrorCodes.MalformedMLmodel, binary);

        string readOnly = Write("readonly/MLmodel", MLmodel);
        File.SetAttributes(readOnly, FileAttributes.ReadOnly);
        AssertCodedError(CliRunner.Run("set-signature", readOnly, "--signature", signature), BuildErrorCodes.FileAccess, readOnly);
        Assert.Equal(MLmodel, File.ReadAllText(readOnly));
    }

    [Fact]
    public void Set_signature_refuses_bad_signature_files()
    {
        Write("model/MLmodel", MLmodel);
        string model = Path.Combine(root, "model");
        string missing = Path.Combine(root, "nope.json");
        AssertCodedError(CliRunner.Run("set-signature", model, "--signature", missing), BuildErrorCodes.NotFound, missing);
        string bad = Write("bad.json", "{\"inputs\": 3}");
        AssertCodedError(CliRunner.Run("set-signature", model, "--signature", bad), BuildErrorCodes.BadInput, bad);
        Assert.Equal(2, CliRunner.Run("set-signature", model).ExitCode);
        Assert.Equal(2, CliRunner.Run("set-signature", model, "--assembly", "x.dll").ExitCode);
    }

    [Fact]
    public void Emit_refuses_missing_and_non_assembly_files()
    {
        string missing = Path.Combine(root, "missing.dll");
        AssertCodedError(CliRunner.Run("emit", "--assembly", missing), BuildErrorCodes.NotFound, missing);
        string text = Write("text.dll", "not a PE file");
        AssertCodedError(CliRunner.Run("emit", "--assembly", text, "--out", Path.Combine(root, "out")), BuildErrorCodes.BadAssembly, text);
        AssertCodedError(CliRunner.Run("emit", "--assembly", root), BuildErrorCodes.FileAccess, root);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
        Assert.Equal(2, CliRunner.Run("emit").ExitCode);
    }

    [Fact]
    public void Emit_of_an_assembly_without_signature_classes_writes_nothing()
    {
        string assembly = typeof(BuildCommandsTests).Assembly.Location;
        string output = Path.Combine(root, "signatures");
        CliResult result = CliRunner.Run("emit", "--assembly", assembly, "--out", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 signature class(es), 0 file(s) written", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_reads_an_example_file_or_a_model_directory()
    {
        string example = Write("model/input_example.json", """{"columns": ["x"], "data": [[1.5]]}""");
        CliResult byFile = CliRunner.Run("infer", example);
        Assert.Equal(0, byFile.ExitCode);
        Assert.Equal("""{"inputs": "[{\"type\": \"double\", \"name\": \"x\", \"required\": true}]", "outputs": null, "params": null}""" + "\n", byFile.Stdout);

        Write("model/MLmodel", MLmodel + "saved_input_example_info:\n  artifact_path: input_example.json\n  pandas_orient: split\n  type: dataframe\n");
        string parameters = Write("params.json", """{"temperature": 0.5}""");
        CliResult byModel = CliRunner.Run("infer", Path.Combine(root, "model"), "--params", parameters, "--yaml");
        Assert.Equal(0, byModel.ExitCode);
        Assert.StartsWith("signature:\n  inputs: '[{\"type\": \"double\", \"name\": \"x\", \"required\": true}]'\n", byModel.Stdout, StringComparison.Ordinal);
        Assert.Contains("temperature", byModel.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_refuses_bad_example_files()
    {
        string missing = Path.Combine(root, "none.json");
        AssertCodedError(CliRunner.Run("infer", missing), BuildErrorCodes.NotFound, missing);
        string binary = Path.Combine(root, "binary.json");
        File.WriteAllBytes(binary, [0xFF, 0x00, 0xC3]);
        AssertCodedError(CliRunner.Run("infer", binary), BuildErrorCodes.BadInput, binary);
        string model = Write("nomodel/MLmodel", MLmodel);
        AssertCodedError(CliRunner.Run("infer", Path.GetDirectoryName(model)!), BuildErrorCodes.NotFound, model);
        string example = Write("ex.json", "[\"a\"]");
        string badParams = Write("params.json", """{"n": null}""");
        AssertCodedError(CliRunner.Run("infer", example, "--params", badParams), BuildErrorCodes.InferenceFailed, badParams);
    }

    [Fact]
    public void Example_into_a_model_directory_keeps_the_signature_and_records_the_example()
    {
        string mlmodel = Write("model/MLmodel", MLmodel);
        Assert.Equal(0, CliRunner.Run("set-signature", mlmodel, "--signature", Write("sig.json", SignatureJson)).ExitCode);
        string description = Write("example.json", """{"kind": "dataframe", "data": {"x": [1.5]}}""");
        CliResult result = CliRunner.Run("example", "--example", description, "--model-dir", Path.Combine(root, "model"));
        Assert.Equal(0, result.ExitCode);
        MLmodelFile file = MLflowModelDirectory.Load(mlmodel);
        Assert.Equal(ModelSignature.FromDictJson(SignatureJson), file.Signature);
        Assert.Contains(new KeyValuePair<string, string>("type", "dataframe"), file.SavedInputExampleInfo!);
        Assert.Equal("""{"columns": ["x"], "data": [[1.5]]}""", File.ReadAllText(Path.Combine(root, "model", "input_example.json")));

        string missing = Path.Combine(root, "missing");
        AssertCodedError(CliRunner.Run("example", "--example", description, "--model-dir", missing), BuildErrorCodes.NotFound, missing);
    }
}
