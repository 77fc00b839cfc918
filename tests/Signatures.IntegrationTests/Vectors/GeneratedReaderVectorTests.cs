using System.Text;
using System.Text.Json.Nodes;
using Signatures.Enforcement;
using Signatures.Tests.Enforcement;
using Signatures.Tests.Vectors;

namespace Signatures.IntegrationTests.Vectors;

/// <summary>
/// Every request vector of <c>enforcement.jsonl</c> and <c>params.jsonl</c> whose signature a C# contract can express,
/// through both paths: the signature class's generated <c>ReadRequest</c> must print exactly the document the dynamic
/// <see cref="RequestEnforcer"/> prints, and both must match the vector's <c>signatures</c> field.
/// </summary>
public class GeneratedReaderVectorTests
{
    public static IEnumerable<object[]> Rows() => VectorFiles.Read("enforcement.jsonl").Concat(VectorFiles.Read("params.jsonl"));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Generated_reader_prints_the_dynamic_document(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        ModelSignature signature = ModelSignature.FromDictJson(vector["signature_dict"]!.ToJsonString());
        Type? model = GeneratedReaders.Find(signature);
        if (model is null)
        {
            Assert.True(CannotBeExpressed(signature), $"{id}: no C# signature class in this assembly has the signature {signature.ToDictJson()}");
            return;
        }
        byte[] body = Encoding.UTF8.GetBytes(vector["body"]!.GetValue<string>());
        string contentType = vector["content_type"]!.GetValue<string>();
        string dynamic = RequestEnforcer.Enforce(signature, body, contentType).ToJson();
        string generated = GeneratedReaders.Document(GeneratedReaders.Read(model, body, contentType));
        Assert.True(dynamic == generated, $"{id} ({model.Name}): the documents differ\ndynamic:   {dynamic}\ngenerated: {generated}");
        List<string> problems = NormalizedDocumentComparer.Compare(vector["signatures"]!, generated, signature);
        Assert.True(problems.Count == 0, $"{id}: {string.Join(" | ", problems)}\ndocument: {generated}");
    }

    [Fact]
    public void Every_vector_a_contract_can_express_is_covered()
    {
        var uncovered = Rows()
            .Select(r => (Id: (string)r[0], Signature: ModelSignature.FromDictJson(JsonNode.Parse((string)r[1])!["signature_dict"]!.ToJsonString())))
            .Where(v => GeneratedReaders.Find(v.Signature) is null && !CannotBeExpressed(v.Signature))
            .Select(v => v.Id)
            .ToList();
        Assert.True(uncovered.Count == 0, "vectors without an equivalent C# signature class: " + string.Join(", ", uncovered));
    }

    // What no C# contract maps to: several unnamed columns (only a type argument makes an unnamed column, and it makes
    // one), an unnamed tensor (a contract's tensors are named after its members), and sparkml_vector columns (no CLR
    // type maps to them).
    private static bool CannotBeExpressed(ModelSignature signature) =>
        signature.Inputs is { } inputs
        && ((!inputs.HasInputNames && (inputs.Inputs.Count > 1 || inputs.IsTensorBased))
            || inputs.Columns.Any(c => c.Type is SparkMLVectorType));
}
