using System.Text;
using System.Text.Json.Nodes;
using Signatures.Enforcement;
using Signatures.Tests.Enforcement;

namespace Signatures.Tests.Vectors;

/// <summary>Every request vector of <c>enforcement.jsonl</c> and <c>params.jsonl</c> through the runtime enforcer,
/// compared with its <c>signatures</c> field as vectors/README.md describes.</summary>
public class EnforcementVectorTests
{
    public static IEnumerable<object[]> EnforcementRows() => VectorFiles.Read("enforcement.jsonl");

    public static IEnumerable<object[]> ParamsRows() => VectorFiles.Read("params.jsonl");

    [Theory]
    [MemberData(nameof(EnforcementRows))]
    public void Enforcement_vector_is_normalized_as_specified(string id, string line) => Check(id, line);

    [Theory]
    [MemberData(nameof(ParamsRows))]
    public void Params_vector_is_normalized_as_specified(string id, string line) => Check(id, line);

    internal static void Check(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        ModelSignature signature = ModelSignature.FromDictJson(vector["signature_dict"]!.ToJsonString());
        byte[] body = Encoding.UTF8.GetBytes(vector["body"]!.GetValue<string>());
        string contentType = vector["content_type"]!.GetValue<string>();
        string document = RequestEnforcer.Enforce(signature, body, contentType).ToJson();
        List<string> problems = NormalizedDocumentComparer.Compare(vector["signatures"]!, document, signature);
        Assert.True(problems.Count == 0, $"{id}: {string.Join(" | ", problems)}\nbody: {vector["body"]}\ndocument: {document}");
    }
}
