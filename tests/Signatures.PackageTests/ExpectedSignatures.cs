using System.Text.Json.Nodes;
using Signatures.Enforcement;
using Signatures.Tests.Vectors;

namespace Signatures.PackageTests;

/// <summary>
/// What each consumer must print, from the MLflow vectors: the MLmodel <c>signature:</c> block as MLflow wrote it, the
/// <c>to_dict()</c> JSON as the runtime library writes it for the vector's signature, and the enforcer's document for a
/// request body.
/// </summary>
public sealed record ExpectedSignature(ModelSignature Signature, string DictJson, string MLmodelYaml)
{
    /// <summary>The consumer <c>Tabular</c> declares the signature of this set_signature vector (columns, output, params).</summary>
    public static ExpectedSignature Tabular() => FromMLmodel("set_signature.jsonl", "mlflow3_sklearn_replace_example_params");

    /// <summary>The consumer <c>Tensor</c> declares the signature of this schema_json vector (four tensor shapes).</summary>
    public static ExpectedSignature Tensor()
    {
        JsonNode vector = Vector("schema_json.jsonl", "tensor_shapes");
        ModelSignature signature = ModelSignature.FromDictJson(vector["signature_dict"]!.ToJsonString());
        return new(signature, signature.ToDictJson(), vector["mlmodel_yaml_block"]!.GetValue<string>());
    }

    /// <summary>The runtime enforcer's normalized document for <paramref name="body"/> under this signature.</summary>
    public string Enforced(byte[] body) => RequestEnforcer.Enforce(Signature, body).ToJson();

    private static ExpectedSignature FromMLmodel(string file, string id)
    {
        JsonNode vector = Vector(file, id);
        ModelSignature signature = ModelSignature.FromDictJson(vector["signature_dict"]!.ToJsonString());
        return new(signature, signature.ToDictJson(), SignatureBlock(vector["mlmodel_out"]!.GetValue<string>()));
    }

    // The 'signature:' block of an MLmodel file: its first line and the indented lines after it.
    private static string SignatureBlock(string mlmodel)
    {
        string[] lines = mlmodel.Split('\n');
        int start = Array.IndexOf(lines, "signature:");
        if (start < 0) throw new InvalidOperationException("the vector's MLmodel has no signature block");
        int end = start + 1;
        while (end < lines.Length && lines[end].StartsWith(' ')) end++;
        return string.Join("\n", lines[start..end]) + "\n";
    }

    private static JsonNode Vector(string file, string id) =>
        VectorFiles.Read(file).Select(row => JsonNode.Parse((string)row[1])!).SingleOrDefault(n => n["id"]!.GetValue<string>() == id)
        ?? throw new InvalidOperationException($"vector {id} is not in {file}");
}
