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
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("", result.Stdout);
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
    [InlineData(new[] { "contracts", "--namespace", "N" }, "contracts needs a FILE.")]
    [InlineData(new[] { "contracts", "f.json" }, "contracts needs --namespace NS.")]
    [InlineData(new[] { "contracts", "f.json", "--namespace" }, "--namespace needs a value.")]
    [InlineData(new[] { "contracts", "f.json", "--namespace", "N", "--verbose" }, "contracts: unknown argument '--verbose'.")]
    public void Bad_arguments_exit_2_with_the_usage(string[] args, string message)
    {
        CliResult result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("signatures: " + message, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("usage: signatures contracts FILE --namespace NS", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_name_that_is_not_an_identifier_exits_2()
    {
        using var file = new TempFile(MLmodel);
        CliResult result = CliRunner.Run("contracts", file.Path, "--namespace", "N", "--class", "Iris Model");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("signatures: contracts: 'Iris Model' is not a C# class name.", result.Stderr, StringComparison.Ordinal);
    }
}
