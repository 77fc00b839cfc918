namespace Signatures.Tests.Cli;

/// <summary><c>signatures show FILE</c>: a readable table.</summary>
public class ShowCommandTests
{
    private const string Signature = """
        signature:
          inputs: '[{"type": "double", "name": "sepal length (cm)", "required": true}, {"type": "array", "items": {"type": "string"}, "name": "tags", "required": false}, {"type": "object", "properties": {"b": {"type": "long", "required": false}, "a": {"type": "map", "values": {"type": "double"}, "required": true}}, "name": "meta", "required": true}]'
          outputs: '[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 10]}}]'
          params: '[{"name": "temperature", "default": 0.5, "shape": null, "type": "double"}, {"name": "stop", "default": ["a", "b"], "shape": [-1], "type": "string"}]'
        """;

    [Fact]
    public void Show_prints_inputs_outputs_and_params_as_aligned_tables()
    {
        using var file = new TempFile(Signature);
        CliResult result = CliRunner.Run("show", file.Path);
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        string expected = """
            inputs: 3 columns (named)
              name               type                                      required
              sepal length (cm)  double                                    yes
              tags               array<string>                             no
              meta               object{a: map<string, double>, b?: long}  yes

            outputs: 1 tensor (unnamed)
              name  dtype    shape
              0     float32  (-1, 10)

            params: 2 params
              name         type    shape   default
              temperature  double  scalar  0.5
              stop         string  (-1,)   ["a", "b"]

            """.Replace("\r\n", "\n");
        Assert.Equal(expected, result.Stdout);
    }

    [Fact]
    public void Absent_parts_say_none()
    {
        using var file = new TempFile("{\"outputs\": \"[{\\\"type\\\": \\\"long\\\"}]\"}", ".json");
        CliResult result = CliRunner.Run("show", "--signature", file.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("inputs: none\n\noutputs: 1 column (unnamed)\n", result.Stdout);
        Assert.EndsWith("params: none\n", result.Stdout);
    }

    [Fact]
    public void Control_characters_in_names_are_escaped()
    {
        using var file = new TempFile("{\"inputs\": \"[{\\\"type\\\": \\\"long\\\", \\\"name\\\": \\\"a\\\\nb\\\"}]\"}", ".json");
        CliResult result = CliRunner.Run("show", file.Path);
        Assert.Contains("a\\nb", result.Stdout);
    }

    [Theory]
    [InlineData(2, "show")]
    [InlineData(2, "show", "a", "b")]
    [InlineData(2, "show", "--bogus")]
    [InlineData(2, "show", "/no/such/MLmodel")]
    public void Usage_errors_exit_2(int exitCode, params string[] args) => Assert.Equal(exitCode, CliRunner.Run(args).ExitCode);

    [Fact]
    public void An_invalid_signature_exits_1()
    {
        using var file = new TempFile("signature:\n  inputs: '[]'\n");
        CliResult result = CliRunner.Run("show", file.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty inputs", result.Stderr);
    }
}
