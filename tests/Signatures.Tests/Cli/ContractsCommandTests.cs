namespace Signatures.Tests.Cli;

/// <summary><c>signatures contracts FILE --namespace NS [--class NAME]</c>: schema-first C# contracts. (That the
/// generator turns them back into the same signature is checked over every vector in the generator tests.)</summary>
public class ContractsCommandTests
{
    private const string MLmodel = """
        artifact_path: model
        flavors:
          python_function:
            loader_module: mlflow.sklearn
        signature:
          inputs: '[{"type": "double", "name": "sepal length (cm)", "required": true}, {"type":
            "double", "name": "petal width (cm)", "required": false}]'
          outputs: '[{"type": "long", "required": true}]'
          params: '[{"name": "top_k", "default": 2, "shape": null, "type": "long"}, {"name": "stop",
            "default": ["a", "b"], "shape": [-1], "type": "string"}]'

        """;

    [Fact]
    public void Contracts_writes_records_with_MLflow_names_nullable_optional_columns_and_param_defaults()
    {
        using var file = new TempFile(MLmodel);
        CliResult result = CliRunner.Run("contracts", file.Path, "--namespace", "Models.Iris", "--class", "IrisModel");
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        string expected = """
            // Contracts for an MLflow model signature, written by 'signatures contracts'. The Signatures generator turns
            // them back into the same signature; edit them freely (the analyzers check them).
            #nullable enable
            using Signatures;

            namespace Models.Iris;

            [ModelInput(Naming = ColumnNaming.AsDeclared)]
            public partial record IrisModelInput(
                [property: Column("sepal length (cm)")] double SepalLengthCm,
                [property: Column("petal width (cm)")] double? PetalWidthCm);

            [ModelParams(Naming = ColumnNaming.SnakeCase)]
            public partial record IrisModelParams
            {
                public long TopK { get; init; } = 2;
                public string[] Stop { get; init; } = ["a", "b"];
            }

            [ModelSignature<IrisModelInput, long, IrisModelParams>]
            public static partial class IrisModel;

            """.Replace("\r\n", "\n");
        Assert.Equal(expected, result.Stdout);
    }

    [Fact]
    public void A_model_directory_means_its_MLmodel_and_output_writes_a_file()
    {
        string directory = Path.Combine(Path.GetTempPath(), "signatures-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "MLmodel"), MLmodel);
            string output = Path.Combine(directory, "Iris.cs");
            CliResult result = CliRunner.Run("contracts", directory, "--namespace", "Iris", "--output", output);
            Assert.Equal((0, "", $"signatures: wrote {output}\n"), (result.ExitCode, result.Stdout, result.Stderr));
            Assert.Contains("public static partial class Model;", File.ReadAllText(output), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_signature_CSharp_cannot_express_exits_1_with_the_reason()
    {
        CliResult result = CliRunner.RunWithInput(
            """{"inputs": "[{\"type\": \"double\", \"required\": true}, {\"type\": \"long\", \"required\": true}]", "outputs": null, "params": null}""",
            "contracts", "-", "--namespace", "N");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("signatures: The signature cannot be written as C# contracts: the inputs are several unnamed columns: a contract's members always have names, and a type argument stands for one unnamed column.\n", result.Stderr);
    }

    [Theory]
    [InlineData(new[] { "contracts", "--namespace", "N" }, "signatures: contracts needs a FILE.\n")]
    [InlineData(new[] { "contracts", "f.json" }, "signatures: contracts needs --namespace NS.\n")]
    [InlineData(new[] { "contracts", "f.json", "--namespace" }, "signatures: contracts: --namespace needs a value; run 'signatures contracts --help' for usage\n")]
    [InlineData(new[] { "contracts", "f.json", "--namespace", "N", "--verbose" }, "signatures: contracts: unknown option '--verbose'; run 'signatures contracts --help' for usage\n")]
    [InlineData(new[] { "contracts", "--verbose", "--namespace", "N" }, "signatures: contracts: unknown option '--verbose'; run 'signatures contracts --help' for usage\n")]
    [InlineData(new[] { "contracts", "f.json", "--namespace", "N", "--namespace", "M" }, "signatures: contracts: --namespace given twice; run 'signatures contracts --help' for usage\n")]
    [InlineData(new[] { "contracts", "f.json", "--namspace", "N" }, "signatures: contracts: unknown option '--namspace' (did you mean '--namespace'?); run 'signatures contracts --help' for usage\n")]
    public void Bad_arguments_exit_2_with_one_line_saying_what_is_wrong(string[] args, string stderr)
    {
        CliResult result = CliRunner.Run(args);
        Assert.Equal((2, "", stderr), (result.ExitCode, result.Stdout, result.Stderr));
    }

    [Fact]
    public void Help_shows_the_usage_and_the_options()
    {
        CliResult result = CliRunner.Run("contracts", "--help");
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Contains("usage: signatures contracts FILE --namespace NS [--class NAME] [--output FILE]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--class", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_take_their_value_after_an_equals_sign_too()
    {
        using var file = new TempFile(MLmodel);
        CliResult spaced = CliRunner.Run("contracts", file.Path, "--namespace", "Models.Iris", "--class", "IrisModel");
        CliResult joined = CliRunner.Run("contracts", file.Path, "--namespace=Models.Iris", "--class=IrisModel");
        Assert.Equal(0, joined.ExitCode);
        Assert.Equal(spaced, joined);
    }

    [Fact]
    public void A_directory_without_an_MLmodel_file_is_a_usage_error()
    {
        string directory = Directory.CreateTempSubdirectory("signatures-test-").FullName;
        try
        {
            CliResult result = CliRunner.Run("contracts", directory, "--namespace", "N");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"'{directory}': it is a directory without an MLmodel file", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void An_output_that_is_a_directory_or_in_a_missing_directory_is_a_usage_error_and_nothing_is_written()
    {
        using var file = new TempFile(MLmodel);
        string directory = Directory.CreateTempSubdirectory("signatures-test-").FullName;
        try
        {
            CliResult intoDirectory = CliRunner.Run("contracts", file.Path, "--namespace", "N", "--output", directory);
            Assert.Equal((2, "", $"signatures: --output '{directory}' is a directory, not a file.\n"), (intoDirectory.ExitCode, intoDirectory.Stdout, intoDirectory.Stderr));
            string missing = Path.Combine(directory, "missing", "Iris.cs");
            CliResult intoMissing = CliRunner.Run("contracts", file.Path, "--namespace", "N", "--output", missing);
            Assert.Equal(2, intoMissing.ExitCode);
            Assert.StartsWith($"signatures: --output '{missing}': its directory '{Path.GetDirectoryName(missing)}' does not exist.", intoMissing.Stderr, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void An_output_that_cannot_be_written_exits_3()
    {
        if (!OperatingSystem.IsLinux()) return; // /dev/full: every write fails with "no space left on device"
        using var file = new TempFile(MLmodel);
        CliResult result = CliRunner.Run("contracts", file.Path, "--namespace", "N", "--output", "/dev/full");
        Assert.Equal((3, ""), (result.ExitCode, result.Stdout));
        Assert.StartsWith("signatures: cannot write '/dev/full': ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_name_that_is_not_an_identifier_exits_2()
    {
        using var file = new TempFile(MLmodel);
        CliResult result = CliRunner.Run("contracts", file.Path, "--namespace", "N", "--class", "Iris Model");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("signatures: contracts: 'Iris Model' is not a C# class name.\n", result.Stderr);
    }
}
