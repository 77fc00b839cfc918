using System.Text.Json;
using System.Text.Json.Nodes;
using Signatures.Tests.Vectors;

namespace Signatures.Tests.Cli;

/// <summary><c>signatures format</c>, run in process: output bytes, batch mode, errors and exit codes.</summary>
public class FormatCommandTests
{
    public static IEnumerable<object[]> Rows() => VectorFiles.Read("schema_json.jsonl");

    private static JsonNode Source(JsonNode vector) => vector["source_signature_dict"] ?? vector["signature_dict"]!;

    [Theory]
    [MemberData(nameof(Rows))]
    public void Format_prints_mlflows_json_line(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        using var file = new TempFile(Source(vector).ToJsonString(), ".json");
        CliResult result = CliRunner.Run("format", "--signature", file.Path);
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Equal(SchemaJsonVectorTests.PythonDumps(vector["signature_dict"]!) + "\n", result.Stdout);
        Assert.True(id.Length > 0);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Format_yaml_prints_mlflows_signature_block(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        using var file = new TempFile(Source(vector).ToJsonString(), ".json");
        CliResult result = CliRunner.Run("format", "--signature", file.Path, "--yaml");
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Equal(vector["mlmodel_yaml_block"]!.GetValue<string>(), result.Stdout);
        Assert.True(id.Length > 0);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Format_reads_an_mlmodel_file(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        using var file = new TempFile("flavors:\n  python_function: {}\nis_signature_from_type_hint: false\n" + vector["mlmodel_yaml_block"]!.GetValue<string>());
        CliResult json = CliRunner.Run("format", "--signature", file.Path);
        CliResult yaml = CliRunner.Run("format", "--yaml", $"--signature={file.Path}");
        Assert.Equal(SchemaJsonVectorTests.PythonDumps(vector["signature_dict"]!) + "\n", json.Stdout);
        Assert.Equal(vector["mlmodel_yaml_block"]!.GetValue<string>(), yaml.Stdout);
        Assert.True(id.Length > 0);
    }

    [Fact]
    public void Batch_answers_every_line_in_order()
    {
        var vectors = Rows().Select(r => JsonNode.Parse((string)r[1])!).ToArray();
        var input = new List<string>();
        var expected = new List<string>();
        foreach (JsonNode vector in vectors)
        {
            input.Add(new JsonObject { ["signature"] = Source(vector).DeepClone(), ["yaml"] = false }.ToJsonString());
            expected.Add(SchemaJsonVectorTests.PythonDumps(vector["signature_dict"]!) + "\n");
            input.Add(new JsonObject { ["signature"] = Source(vector).DeepClone(), ["yaml"] = true }.ToJsonString());
            expected.Add(vector["mlmodel_yaml_block"]!.GetValue<string>());
        }
        CliResult result = CliRunner.RunWithInput(string.Join("\n", input) + "\n", "format", "--batch");
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        string[] lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(expected.Count, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            JsonNode answer = JsonNode.Parse(lines[i])!;
            Assert.True(answer["ok"]!.GetValue<bool>(), lines[i]);
            Assert.Equal(expected[i], answer["text"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Batch_reports_bad_lines_and_carries_on()
    {
        string[] input =
        [
            "{\"signature\": {\"inputs\": \"[{\\\"type\\\": \\\"long\\\"}]\"}}",
            "not json",
            "{\"signature\": {\"inputs\": \"[{\\\"type\\\": \\\"nope\\\"}]\"}, \"yaml\": true}",
            "",
            "{\"yaml\": true}",
            "{\"signature\": {\"params\": \"[]\", \"inputs\": null}, \"yaml\": \"yes\"}",
            "[1, 2]",
            "{\"signature\": \"signature:\\n  inputs: '[{\\\"type\\\": \\\"long\\\"}]'\\n\", \"yaml\": true}",
        ];
        CliResult result = CliRunner.RunWithInput(string.Join("\n", input), "format", "--batch");
        Assert.Equal(0, result.ExitCode);
        JsonNode[] answers = result.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(input.Length, answers.Length);
        Assert.Equal([true, false, false, false, false, false, false, true], answers.Select(a => a["ok"]!.GetValue<bool>()).ToArray());
        Assert.Equal("{\"inputs\": \"[{\\\"type\\\": \\\"long\\\", \\\"required\\\": true}]\", \"outputs\": null, \"params\": null}\n", answers[0]["text"]!.GetValue<string>());
        Assert.Contains("not valid JSON", answers[1]["error"]!.GetValue<string>());
        Assert.Contains("'nope'", answers[2]["error"]!.GetValue<string>());
        Assert.Contains("empty line", answers[3]["error"]!.GetValue<string>());
        Assert.Contains("\"signature\"", answers[4]["error"]!.GetValue<string>());
        Assert.Contains("\"yaml\"", answers[5]["error"]!.GetValue<string>());
        Assert.Equal("signature:\n  inputs: '[{\"type\": \"long\", \"required\": true}]'\n  outputs: null\n  params: null\n", answers[7]["text"]!.GetValue<string>());
        Assert.All(answers.Where(a => !a["ok"]!.GetValue<bool>()), a => Assert.Equal(["ok", "error"], a.AsObject().Select(p => p.Key).ToArray()));
    }

    [Fact]
    public void Batch_output_lines_are_compact_json()
    {
        CliResult result = CliRunner.RunWithInput("{\"signature\": {\"inputs\": \"[{\\\"type\\\": \\\"string\\\", \\\"name\\\": \\\"it's <a>\\\"}]\"}}\n", "format", "--batch");
        string line = result.Stdout.TrimEnd('\n');
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("{\"ok\":true,\"text\":\"", line);
        using JsonDocument document = JsonDocument.Parse(line);
        Assert.Contains("it's <a>", document.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Malformed_json_exits_1_with_one_line()
    {
        using var file = new TempFile("{\"inputs\": \"[{\\\"type\\\": \\\"long\\\"}]\",}", ".json");
        CliResult result = CliRunner.Run("format", "--signature", file.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Matches(@"^signatures: .*not valid JSON: Expecting property name enclosed in double quotes: line 1 column \d+ \(char \d+\)\n$", result.Stderr);
    }

    [Fact]
    public void Unknown_type_names_exit_1_naming_the_type()
    {
        using var file = new TempFile("{\"inputs\": \"[{\\\"type\\\": \\\"int64\\\", \\\"name\\\": \\\"x\\\"}]\"}", ".json");
        CliResult result = CliRunner.Run("format", "--signature", file.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'int64'", result.Stderr);
        Assert.Contains("('x')", result.Stderr);
        Assert.StartsWith("signatures: " + file.Path + ": ", result.Stderr);
    }

    [Fact]
    public void Malformed_yaml_exits_1_with_one_line()
    {
        using var file = new TempFile("signature:\n  inputs: '[unterminated\n");
        CliResult result = CliRunner.Run("format", "--signature", file.Path, "--yaml");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not valid YAML", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_error_message_with_a_line_break_stays_on_one_line()
    {
        using var file = new TempFile("{\"inputs\": \"[{\\\"type\\\": \\\"nope\\\\nnope\\\"}]\"}", ".json");
        CliResult result = CliRunner.Run("format", "--signature", file.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("nope\\nnope", result.Stderr);
    }

    [Theory]
    [InlineData("format")]
    [InlineData("format", "--signature")]
    [InlineData("format", "--signature", "a", "--signature", "b")]
    [InlineData("format", "--batch", "--yaml")]
    [InlineData("format", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("format", "--signature", "/no/such/file.json")]
    public void Usage_errors_exit_2(params string[] args)
    {
        CliResult result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("signatures: ", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_directory_is_a_usage_error()
    {
        CliResult result = CliRunner.Run("format", "--signature", Path.GetTempPath());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read signature file", result.Stderr);
    }

    [Fact]
    public void No_arguments_prints_usage_and_exits_2_help_exits_0()
    {
        Assert.Equal(2, CliRunner.Run().ExitCode);
        CliResult help = CliRunner.Run("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("format --signature FILE", help.Stdout);
    }

    [Fact]
    public void A_dash_reads_the_signature_from_stdin()
    {
        CliResult result = CliRunner.RunWithInput("signature:\n  outputs: '[{\"type\": \"double\"}]'\n", "format", "--signature", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"inputs\": null, \"outputs\": \"[{\\\"type\\\": \\\"double\\\", \\\"required\\\": true}]\", \"params\": null}\n", result.Stdout);
    }
}
