using System.Text.Json.Nodes;
using Signatures.Tests.Vectors;

namespace Signatures.Tests.MLmodel;

/// <summary>Reading the signature of a whole MLmodel file (PyYAML <c>safe_load</c> + <c>ModelSignature.from_dict</c>).</summary>
public class MLmodelReaderTests
{
    public static IEnumerable<object[]> Rows() => VectorFiles.Read("schema_json.jsonl");

    /// <summary>An MLmodel file as MLflow writes it, around a vector's signature block (keys sorted, as safe_dump sorts them).</summary>
    private static string MLmodelAround(string signatureBlock) =>
        "artifact_path: model\n" +
        "flavors:\n  python_function:\n    env:\n      conda: conda.yaml\n    loader_module: mlflow.sklearn\n    python_version: 3.11.7\n" +
        "is_signature_from_type_hint: false\n" +
        "mlflow_version: 3.6.1.dev0\n" +
        "model_uuid: 0a1b2c\n" +
        signatureBlock +
        "type_hint_from_example: false\n" +
        "utc_time_created: '2025-11-19 10:00:00.000000'\n";

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_vector_block_inside_an_mlmodel_file_reads_back_to_the_same_signature(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        string block = vector["mlmodel_yaml_block"]!.GetValue<string>();
        ModelSignature fromYaml = ModelSignature.FromMLmodelYaml(MLmodelAround(block));
        ModelSignature fromJson = ModelSignature.FromDictJson(vector["signature_dict"]!.ToJsonString());
        Assert.Equal(fromJson, fromYaml);
        Assert.Equal(block, fromYaml.ToMLmodelYaml());
        Assert.Equal(SchemaJsonVectorTests.PythonDumps(vector["signature_dict"]!), fromYaml.ToDictJson());
        Assert.True(id.Length > 0);
    }

    [Fact]
    public void A_legacy_mlflow_2_file_without_params_and_required_is_read()
    {
        const string yaml = """
            artifact_path: model
            flavors:
              python_function:
                loader_module: mlflow.pyfunc.model
            signature:
              inputs: '[{"type": "string"}]'
              outputs: null
            """;
        ModelSignature signature = ModelSignature.FromMLmodelYaml(yaml);
        Assert.Equal("{\"inputs\": \"[{\\\"type\\\": \\\"string\\\", \\\"required\\\": true}]\", \"outputs\": null, \"params\": null}", signature.ToDictJson());
    }

    [Fact]
    public void A_hand_written_file_with_other_scalar_styles_is_read()
    {
        const string yaml = """
            # written by hand
            signature:
              inputs: "[{\"name\": \"a\", \"type\": \"long\"}, {\"name\": \"b\", \"type\": \"array\", \"items\": {\"type\": \"double\"}}]"
              outputs: >-
                [{"type": "tensor",
                "tensor-spec": {"dtype": "float32", "shape": [-1, 10]}}]
              params: |
                [{"name": "k", "dtype": "long", "default": 3, "shape": null}]
            """;
        var (inputs, outputs, parameters) = ModelSignature.FromMLmodelYaml(yaml).ToDictValues();
        Assert.Equal("[{\"type\": \"long\", \"name\": \"a\", \"required\": true}, {\"type\": \"array\", \"items\": {\"type\": \"double\"}, \"name\": \"b\", \"required\": null}]", inputs);
        Assert.Equal("[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": [-1, 10]}}]", outputs);
        Assert.Equal("[{\"name\": \"k\", \"default\": 3, \"shape\": null, \"type\": \"long\"}]", parameters);
    }

    [Fact]
    public void A_repeated_key_takes_the_last_value_and_aliases_resolve()
    {
        const string yaml = """
            base: &cols '[{"type": "double"}]'
            signature:
              inputs: '[{"type": "long"}]'
              inputs: *cols
            """;
        Assert.Equal("[{\"type\": \"double\", \"required\": true}]", ModelSignature.FromMLmodelYaml(yaml).ToDictValues().Inputs);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("~")]
    [InlineData("''")]
    [InlineData("0")]
    [InlineData("0.0")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("")]
    public void Falsy_yaml_values_are_absent_parts(string value)
    {
        string yaml = $"signature:\n  inputs: '[{{\"type\": \"long\"}}]'\n  outputs: {value}\n";
        Assert.Null(ModelSignature.FromMLmodelYaml(yaml).Outputs);
    }

    [Theory]
    [InlineData("5", "int")]
    [InlineData("true", "bool")]
    [InlineData("2024-01-01", "timestamp")]
    [InlineData("[a]", "sequence")]
    [InlineData("{a: 1}", "mapping")]
    [InlineData("!!python/none x", "constructor")]
    public void Truthy_values_that_are_not_strings_are_refused(string value, string kind)
    {
        string yaml = $"signature:\n  inputs: '[{{\"type\": \"long\"}}]'\n  outputs: {value}\n";
        var error = Assert.Throws<SignatureException>(() => ModelSignature.FromMLmodelYaml(yaml));
        Assert.Contains(kind, error.Message);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("# only a comment\n", "empty")]
    [InlineData("flavors: {}\n", "no 'signature'")]
    [InlineData("signature: null\n", "no 'signature'")]
    [InlineData("signature: '{\"inputs\": \"[]\"}'\n", "no 'signature'")]
    [InlineData("- a\n- b\n", "must be a YAML mapping")]
    [InlineData("signature:\n  inputs: '[{\"type\": \"long\"}]'\n---\nsignature: {}\n", "single YAML document")]
    [InlineData("signature: {}\n", "At least one of inputs, outputs or params")]
    [InlineData("signature:\n  inputs: '[{\"type\": \"long\"\n", "not valid YAML")]
    [InlineData("signature:\n\tinputs: x\n", "not valid YAML")]
    [InlineData("a: *nothing\n", "undefined alias")]
    [InlineData("signature:\n  inputs: '[{\"type\": \"nope\"}]'\n", "Unsupported type 'nope'")]
    [InlineData("signature:\n  inputs: '[{\"type\": \"long\",]'\n", "not valid JSON")]
    public void Bad_files_are_refused_with_a_message_naming_the_problem(string yaml, string message)
    {
        var error = Assert.Throws<SignatureException>(() => ModelSignature.FromMLmodelYaml(yaml));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Parse_tells_json_from_yaml()
    {
        const string json = "  \n{\"inputs\": \"[{\\\"type\\\": \\\"long\\\"}]\"}";
        const string yaml = "signature:\n  inputs: '[{\"type\": \"long\"}]'\n";
        Assert.Equal(ModelSignature.FromDictJson(json), ModelSignature.Parse(json));
        Assert.Equal(ModelSignature.FromDictJson(json), ModelSignature.Parse(yaml));
        Assert.Equal(ModelSignature.FromDictJson(json), ModelSignature.Parse("\uFEFF" + json));
    }
}
