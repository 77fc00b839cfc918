using System.Text.Json.Nodes;
using JsonNode = System.Text.Json.Nodes.JsonNode;
using Signatures.Shared.Artifacts;
using Signatures.Tests.Vectors;

namespace Signatures.Analyzers.Tests.Artifacts;

/// <summary>The compiler extensions' small MLmodel reader against MLflow's own output: for every signature in the
/// vectors, the <c>signature:</c> block PyYAML wrote and the <c>to_dict()</c> JSON give back exactly the schema
/// texts MLflow put in them, and every schema parses.</summary>
public class ArtifactReaderVectorTests
{
    public static IEnumerable<object[]> SchemaJson() => VectorFiles.Read("schema_json.jsonl");

    public static IEnumerable<object[]> SetSignature() => VectorFiles.Read("set_signature.jsonl");

    [Theory]
    [MemberData(nameof(SchemaJson))]
    public void The_MLmodel_block_and_the_to_dict_JSON_give_MLflow_s_schema_texts(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        JsonNode dict = vector["signature_dict"]!;

        Assert.True(SignatureBlockReader.TryRead(vector["mlmodel_yaml_block"]!.GetValue<string>(), out SignatureTexts fromYaml, out string error), id + ": " + error);
        AssertParts(dict, fromYaml);
        Assert.True(SignatureBlockReader.TryRead(dict.ToJsonString(), out SignatureTexts fromJson, out error), id + ": " + error);
        AssertParts(dict, fromJson);
        Assert.True(ArtifactSignatureParser.TryParse(fromYaml, out _, out error), id + ": " + error);
    }

    [Theory]
    [MemberData(nameof(SetSignature))]
    public void A_whole_MLmodel_file_gives_the_signature_set_on_it(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        if (vector["mlmodel_out"] is not JsonValue mlmodel || vector["signature_dict"] is not JsonObject dict)
        {
            return; // a vector where MLflow refused to set the signature writes no file
        }
        Assert.True(SignatureBlockReader.TryRead(mlmodel.GetValue<string>(), out SignatureTexts texts, out string error), id + ": " + error);
        AssertParts(dict, texts);
        Assert.True(ArtifactSignatureParser.TryParse(texts, out _, out error), id + ": " + error);
    }

    private static void AssertParts(JsonNode dict, SignatureTexts texts)
    {
        Assert.Equal(Part(dict, "inputs"), texts.Inputs);
        Assert.Equal(Part(dict, "outputs"), texts.Outputs);
        Assert.Equal(Part(dict, "params"), texts.Params);
    }

    private static string? Part(JsonNode dict, string name) => dict[name] is JsonValue value ? value.GetValue<string>() : null;
}
