using System.Text.Json.Nodes;
using Signatures.Tests.Vectors;

namespace Signatures.Tests.Cli;

/// <summary><c>signatures example</c>: writes MLflow's example files for a described example and checks the serving
/// example against a signature.</summary>
public sealed class ExampleCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("signatures-example-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [MemberData(nameof(ExampleVectorTests.AcceptedRows), MemberType = typeof(ExampleVectorTests))]
    public void Every_example_vector_is_written_byte_for_byte_and_its_serving_example_accepted(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        string output = Path.Combine(folder, id);
        string signature = Path.Combine(folder, id + ".signature.json");
        File.WriteAllText(signature, vector["serving_roundtrip"]!["signature_dict"]!.ToJsonString());
        CliResult result = CliRunner.RunWithInput(vector["input_example"]!.ToJsonString(), "example", "--example", "-", "--output-dir", output, "--signature", signature);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal(vector["input_example_json"]!.GetValue<string>(), File.ReadAllText(Path.Combine(output, "input_example.json")));
        Assert.Equal(vector["serving_input_example_json"]!.GetValue<string>(), File.ReadAllText(Path.Combine(output, "serving_input_example.json")));
        Assert.Contains("\"ok\": true", result.Stdout);
        Assert.Contains("serving_input_path: serving_input_example.json", result.Stdout);
    }

    [Fact]
    public void A_refused_example_exits_1_with_mlflows_message()
    {
        CliResult result = CliRunner.RunWithInput("""{"kind": "tuple", "data": {"kind": "python", "value": ["q"]}, "params": {"m": [[1]]}}""",
            "example", "--example", "-", "--output-dir", folder);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Expected parameters to be 1D array or scalar, got 2D array", result.Stderr);
        Assert.False(File.Exists(Path.Combine(folder, "input_example.json")));
    }

    [Fact]
    public void A_serving_example_the_signature_rejects_exits_1()
    {
        string signature = Path.Combine(folder, "sig.json");
        File.WriteAllText(signature, """{"inputs": "[{\"type\": \"string\", \"name\": \"a\", \"required\": true}]"}""");
        CliResult result = CliRunner.RunWithInput("""{"kind": "dataframe", "data": {"a": [1, 2]}}""",
            "example", "--example", "-", "--output-dir", folder, "--signature", signature);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"stage\": \"inputs\"", result.Stdout);
    }

    [Theory]
    [InlineData("example")]
    [InlineData("example --example")]
    [InlineData("example --example missing.json")]
    [InlineData("example --nope")]
    public void Wrong_usage_exits_2(string commandLine)
    {
        CliResult result = CliRunner.Run(commandLine.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("signatures example: ", result.Stderr);
    }

    [Fact]
    public void Help_documents_the_description_format()
    {
        CliResult result = CliRunner.Run("example", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"kind\": \"dataframe\"", result.Stdout);
        Assert.Contains("$bytes", result.Stdout);
    }
}
