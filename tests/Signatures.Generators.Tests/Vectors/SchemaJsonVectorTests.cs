using System.Text;
using System.Text.Json.Nodes;
using Signatures.Generators.Tests.Infrastructure;
using Signatures.Tests.Vectors;

namespace Signatures.Generators.Tests.Vectors;

/// <summary>C# contracts equivalent to MLflow's vectors generate MLflow's exact <c>to_dict()</c> JSON and MLmodel
/// YAML as constants, and a <c>Signature</c> object the runtime serializes to the same bytes.</summary>
public class SchemaJsonVectorTests
{
    public static IEnumerable<object[]> Ids() => VectorContracts.ById.Keys.Order(StringComparer.Ordinal).Select(id => new object[] { id });

    [Fact]
    public void At_least_twenty_vectors_are_covered_and_exist() =>
        Assert.True(VectorContracts.ById.Keys.Count(id => Vector(id) is not null) >= 20);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Generated_constants_equal_MLflow_bytes(string id)
    {
        JsonNode vector = Vector(id) ?? throw new InvalidOperationException($"vector {id} is not in schema_json.jsonl");
        var assembly = GeneratorHarness.Run(VectorContracts.ById[id]).Load();
        Type sig = GeneratedMembers.Type(assembly, "V.Sig");

        Assert.Equal(PythonDumps(vector["signature_dict"]!), GeneratedMembers.Const(sig, "SignatureJson"));
        Assert.Equal(vector["mlmodel_yaml_block"]!.GetValue<string>(), GeneratedMembers.Const(sig, "SignatureYaml"));
        ModelSignature signature = GeneratedMembers.Signature(assembly, "V.Sig");
        Assert.Equal(GeneratedMembers.Const(sig, "SignatureJson"), signature.ToDictJson());
        Assert.Equal(GeneratedMembers.Const(sig, "SignatureYaml"), signature.ToMLmodelYaml());
    }

    private static JsonNode? Vector(string id) =>
        VectorFiles.Read("schema_json.jsonl").Select(row => JsonNode.Parse((string)row[1])!).FirstOrDefault(n => n["id"]!.GetValue<string>() == id);

    // Python's json.dumps of the to_dict object: three keys, each value a JSON string (ensure_ascii) or null.
    private static string PythonDumps(JsonNode signatureDict)
    {
        string Part(string key) => signatureDict[key] is JsonNode n ? Quote(n.GetValue<string>()) : "null";
        return $"{{\"inputs\": {Part("inputs")}, \"outputs\": {Part("outputs")}, \"params\": {Part("params")}}}";
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
