using System.Text.Json;
using System.Text.Json.Nodes;
using Signatures.Tests.Enforcement;
using Signatures.Tests.Vectors;

namespace Signatures.Tests.Cli;

/// <summary><c>signatures validate</c>: single requests from files, exit codes, and <c>--batch</c> over every request vector.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("signatures-validate-").FullName;

    private const string SignatureJson = """{"inputs": "[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]", "outputs": null, "params": null}""";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Accepted_request_prints_the_document_and_exits_0()
    {
        var (code, stdout, stderr) = Run(["validate", "--signature", Write("sig.json", SignatureJson), "--payload", Write("body.json", """{"inputs": [1, 2]}""")]);
        Assert.Equal(0, code);
        Assert.Equal("""{"ok": true, "input": {"kind": "columns", "columns": ["a"], "types": ["long"], "rows": [[1], [2]]}, "params": null, "warnings": []}""", stdout.TrimEnd());
        Assert.Empty(stderr);
    }

    [Fact]
    public void Rejected_request_prints_the_rejection_and_exits_1()
    {
        var (code, stdout, _) = Run(["validate", "--signature", Write("sig.json", SignatureJson), "--payload", Write("body.json", """{"inputs": [1.5]}""")]);
        Assert.Equal(1, code);
        JsonNode document = JsonNode.Parse(stdout)!;
        Assert.False(document["ok"]!.GetValue<bool>());
        Assert.Equal("inputs", document["stage"]!.GetValue<string>());
        Assert.Contains("'a'", document["error"]!.GetValue<string>());
    }

    [Fact]
    public void Payload_can_come_from_standard_input_and_csv_content_type_is_honoured()
    {
        var (code, stdout, _) = Run(["validate", "--signature", Write("sig.json", SignatureJson), "--payload", "-", "--content-type", "text/csv"], "a\n7\n");
        Assert.Equal(0, code);
        Assert.Contains("\"rows\": [[7]]", stdout);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate --signature")]
    [InlineData("validate --signature missing.json --payload missing.json")]
    [InlineData("validate --payload x.json")]
    [InlineData("validate --bogus")]
    [InlineData("validate --batch --signature x.json")]
    public void Wrong_usage_exits_2_with_a_message_and_no_stack_trace(string commandLine)
    {
        var (code, stdout, stderr) = Run(commandLine.Split(' '));
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("signatures validate: ", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void An_mlmodel_file_is_read_as_the_signature()
    {
        string mlmodel = "artifact_path: model\nsignature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n  outputs: null\n  params: null\n";
        var (code, stdout, _) = Run(["validate", "--signature", Write("MLmodel", mlmodel), "--payload", Write("body.json", """{"inputs": [5]}""")]);
        Assert.Equal(0, code);
        Assert.Contains("\"rows\": [[5]]", stdout);
    }

    [Fact]
    public void A_signature_that_is_not_valid_is_a_usage_error()
    {
        Assert.Equal(2, Run(["validate", "--signature", Write("MLmodel", "signature:\n  inputs: '[]'\n"), "--payload", Write("b.json", "{}")]).Code);
        Assert.Equal(2, Run(["validate", "--signature", Write("bad.json", """{"inputs": "[]"}"""), "--payload", Write("b.json", "{}")]).Code);
        Assert.Equal(2, Run(["validate", "--signature", Write("noinputs.json", """{"inputs": null, "outputs": "[{\"type\": \"long\"}]"}"""), "--payload", Write("b.json", "{}")]).Code);
    }

    [Fact]
    public void Batch_mode_gives_every_request_vector_its_expected_document_line_by_line()
    {
        var vectors = VectorFiles.Read("enforcement.jsonl").Concat(VectorFiles.Read("params.jsonl"))
            .Select(row => JsonNode.Parse((string)row[1])!).ToList();
        string input = string.Join("\n", vectors.Select(v => new JsonObject
        {
            ["signature"] = v["signature_dict"]!.DeepClone(),
            ["payload"] = v["body"]!.GetValue<string>(),
            ["content_type"] = v["content_type"]!.GetValue<string>(),
        }.ToJsonString())) + "\n";
        var (code, stdout, _) = Run(["validate", "--batch"], input);
        Assert.Equal(0, code);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(vectors.Count, lines.Length);
        var failures = new List<string>();
        for (int i = 0; i < vectors.Count; i++)
        {
            ModelSignature signature = ModelSignature.FromDictJson(vectors[i]["signature_dict"]!.ToJsonString());
            List<string> problems = NormalizedDocumentComparer.Compare(vectors[i]["signatures"]!, lines[i], signature);
            if (problems.Count > 0) failures.Add($"{vectors[i]["id"]}: {string.Join(" | ", problems)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Batch_lines_that_cannot_be_processed_give_a_usage_document_and_keep_the_line_count()
    {
        string input = string.Join("\n",
            "not json",
            "",
            "[1]",
            """{"payload": "{}"}""",
            """{"signature": {"inputs": "[]"}, "payload": "{}"}""",
            """{"signature": {"inputs": "[{\"type\": \"long\"}]"}, "payload": 5}""",
            """{"signature": {"inputs": "[{\"type\": \"long\"}]"}, "payload": "{\"inputs\": [1]}", "content_type": 7}""",
            """{"signature": {"inputs": "[{\"type\": \"long\"}]"}, "payload": "{\"inputs\": [1]}"}""",
            """{"signature": {"inputs": "[{\"type\": \"long\"}]"}, "payload": "{\"inputs\": [\"\ud800\"]}"}""") + "\n";
        var (code, stdout, _) = Run(["validate", "--batch"], input);
        Assert.Equal(0, code);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, lines.Length);
        for (int i = 0; i < 7; i++)
        {
            JsonNode document = JsonNode.Parse(lines[i])!;
            Assert.Equal("usage", document["stage"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(document["error"]!.GetValue<string>()));
        }
        Assert.True(JsonNode.Parse(lines[7])!["ok"]!.GetValue<bool>());
        Assert.Equal("parse", JsonNode.Parse(lines[8])!["stage"]!.GetValue<string>());
    }

    private string Write(string name, string content)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(string[] args, string stdin = "")
    {
        CliResult result = CliRunner.RunWithInput(stdin, args);
        return (result.ExitCode, result.Stdout, result.Stderr);
    }
}
