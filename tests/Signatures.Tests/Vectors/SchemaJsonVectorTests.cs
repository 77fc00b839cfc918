using System.Text.Json;
using System.Text.Json.Nodes;

namespace Signatures.Tests.Vectors;

/// <summary>Every line of <c>schema_json.jsonl</c>: reading MLflow's to_dict JSON and writing it back gives
/// MLflow's exact bytes, as JSON and as the MLmodel YAML block.</summary>
public class SchemaJsonVectorTests
{
    public static IEnumerable<object[]> Rows() => VectorFiles.Read("schema_json.jsonl");

    [Theory]
    [MemberData(nameof(Rows))]
    public void To_dict_json_is_byte_identical(string id, string line)
    {
        var (signature, vector) = Read(line);
        Assert.True(id.Length > 0);
        Assert.Equal(PythonDumps(vector["signature_dict"]!), signature.ToDictJson());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void MLmodel_yaml_block_is_byte_identical(string id, string line)
    {
        var (signature, vector) = Read(line);
        Assert.True(id.Length > 0);
        Assert.Equal(vector["mlmodel_yaml_block"]!.GetValue<string>(), signature.ToMLmodelYaml());
    }

    private static (ModelSignature Signature, JsonNode Vector) Read(string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        JsonNode source = vector["source_signature_dict"] ?? vector["signature_dict"]!;
        return (ModelSignature.FromDictJson(source.ToJsonString()), vector);
    }

    /// <summary>Python's json.dumps of the to_dict object: three keys, each a JSON string or null.</summary>
    internal static string PythonDumps(JsonNode signatureDict)
    {
        string Part(string key) => signatureDict[key] is JsonNode n
            ? Signatures.Formats.PythonJsonText.QuoteString(n.GetValue<string>())
            : "null";
        return $"{{\"inputs\": {Part("inputs")}, \"outputs\": {Part("outputs")}, \"params\": {Part("params")}}}";
    }
}
