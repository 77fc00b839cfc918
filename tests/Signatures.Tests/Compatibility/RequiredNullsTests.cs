using Signatures.Enforcement;
using static Signatures.Tests.Compatibility.CompatibilityHelpers;

namespace Signatures.Tests.Compatibility;

/// <summary>
/// <see cref="EnforcementOptions.AllowNullsInRequiredColumns"/> and <c>validate --allow-nulls-in-required-columns</c>:
/// nulls in required columns, which the strict default refuses, are accepted where MLflow's server accepts them
/// (signatures written before MLflow 2.10 have no <c>required</c> key, so every column is required).
/// </summary>
public class RequiredNullsTests
{
    private static readonly EnforcementOptions Lenient = new() { AllowNullsInRequiredColumns = true };

    // An MLflow 2.9 signature: no 'required' keys.
    private static ModelSignature Legacy(string type) => Signature($$"""[{"type": "long", "name": "id"}, {"type": "{{type}}", "name": "x"}]""");

    private static readonly string[] Envelopes =
    [
        """{"dataframe_records": [{"id": 1, "x": null}, {"id": 2}]}""",
        """{"dataframe_split": {"columns": ["id", "x"], "data": [[1, null], [2, null]]}}""",
        """{"instances": [{"id": 1, "x": null}, {"id": 2, "x": null}]}""",
        """{"inputs": {"id": [1, 2], "x": [null, null]}}""",
        """{"inputs": [{"id": 1, "x": null}, {"id": 2}]}""",
    ];

    [Theory]
    [InlineData("string")]
    [InlineData("double")]
    [InlineData("float")]
    [InlineData("boolean")]
    [InlineData("datetime")]
    public void The_option_accepts_nulls_where_MLflow_does_in_every_envelope(string type)
    {
        foreach (string body in Envelopes)
        {
            string message = Refused(Enforce(Legacy(type), body), RejectionStage.Inputs);
            Assert.Contains("AllowNullsInRequiredColumns", message, StringComparison.Ordinal);
            Assert.Contains("--allow-nulls-in-required-columns", message, StringComparison.Ordinal);
            Assert.Equal("""{"columns":["id","x"],"rows":[[1,null],[2,null]]}""", Input(Enforce(Legacy(type), body, options: Lenient)));
        }
    }

    [Fact]
    public void The_option_accepts_nulls_in_a_required_any_column()
    {
        // A complex column without 'required' is optional (MLflow reads it as None), so this one says it.
        ModelSignature signature = Signature("""[{"type": "any", "name": "x", "required": true}]""");
        Assert.Contains("AllowNullsInRequiredColumns", Refused(Enforce(signature, """{"dataframe_records": [{"x": null}]}"""), RejectionStage.Inputs), StringComparison.Ordinal);
        Assert.Equal("""{"columns":["x"],"rows":[[null]]}""", Input(Enforce(signature, """{"dataframe_records": [{"x": null}]}""", options: Lenient)));
    }

    [Fact]
    public void The_option_accepts_empty_csv_cells_in_required_columns() =>
        Assert.Equal("""{"columns":["id","x"],"rows":[[1,null]]}""", Input(Enforce(Legacy("double"), "id,x\n1,\n", "text/csv", Lenient)));

    [Theory]
    [InlineData("long")]
    [InlineData("integer")]
    [InlineData("binary")]
    public void Nulls_MLflow_refuses_stay_refused_with_the_option(string type)
    {
        foreach (string body in Envelopes)
        {
            string message = Refused(Enforce(Legacy(type), body, options: Lenient), RejectionStage.Inputs);
            Assert.Contains("does not cover " + type, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nulls_in_required_nested_columns_stay_refused_with_the_option()
    {
        ModelSignature signature = Signature("""[{"type": "array", "items": {"type": "long"}, "name": "x", "required": true}]""");
        Assert.Contains("does not cover array", Refused(Enforce(signature, """{"dataframe_records": [{"x": null}]}""", options: Lenient), RejectionStage.Inputs), StringComparison.Ordinal);
    }

    [Fact]
    public void The_strict_message_is_given_once_per_column()
    {
        string message = Refused(Enforce(Legacy("string"), """{"dataframe_records": [{"id": 1, "x": null}, {"id": 2, "x": null}]}"""), RejectionStage.Inputs);
        Assert.Equal(1, message.Split("AllowNullsInRequiredColumns").Length - 1);
        Assert.Equal(2, message.Split("null or missing value in a required column").Length - 1);
    }

    [Fact]
    public void Validate_takes_the_option_as_a_flag_in_single_and_batch_mode()
    {
        const string signature = """{"inputs": "[{\"type\": \"string\", \"name\": \"x\"}]", "outputs": null, "params": null}""";
        using var signatureFile = new TempFile(signature, ".json");
        using var body = new TempFile("""{"dataframe_records": [{"x": null}]}""", ".json");
        Assert.Equal(1, CliRunner.Run("validate", "--signature", signatureFile.Path, "--payload", body.Path).ExitCode);
        CliResult lenient = CliRunner.Run("validate", "--signature", signatureFile.Path, "--payload", body.Path, "--allow-nulls-in-required-columns");
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("\"rows\": [[null]]", lenient.Stdout, StringComparison.Ordinal);

        string line = new System.Text.Json.Nodes.JsonObject { ["signature"] = System.Text.Json.Nodes.JsonNode.Parse(signature), ["payload"] = """{"dataframe_records": [{"x": null}]}""" }.ToJsonString();
        Assert.StartsWith("{\"ok\": false", CliRunner.RunWithInput(line + "\n", "validate", "--batch").Stdout, StringComparison.Ordinal);
        Assert.StartsWith("{\"ok\": true", CliRunner.RunWithInput(line + "\n", "validate", "--batch", "--allow-nulls-in-required-columns").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_help_lists_the_flag_in_its_options_and_both_usage_lines()
    {
        CliResult help = CliRunner.Run("validate", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--allow-nulls-in-required-columns  accept nulls in required boolean, float, double, string, datetime and any columns", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("signatures validate --batch [--allow-nulls-in-required-columns]", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("[--content-type TYPE] [--allow-nulls-in-required-columns]", help.Stdout, StringComparison.Ordinal);
    }
}
