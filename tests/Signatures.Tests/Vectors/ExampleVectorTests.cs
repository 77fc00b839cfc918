using System.Text;
using System.Text.Json.Nodes;
using Signatures.Enforcement;
using Signatures.Examples;

namespace Signatures.Tests.Vectors;

/// <summary>Every line of <c>examples.jsonl</c>: the example written as MLflow writes it, byte for byte, with MLflow's
/// <c>saved_input_example_info</c>; refused examples refused with MLflow's message; and every serving example accepted
/// by the enforcer for the signature MLflow inferred from it.</summary>
public class ExampleVectorTests
{
    public static IEnumerable<object[]> Rows() => VectorFiles.Read("examples.jsonl");

    public static IEnumerable<object[]> AcceptedRows() => Rows().Where(r => JsonNode.Parse((string)r[1])!["expect"]!.GetValue<string>() == "ok");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Example_files_are_byte_identical_to_mlflow(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        string descriptor = vector["input_example"]!.ToJsonString();
        if (vector["expect"]!.GetValue<string>() == "error")
        {
            var error = Assert.Throws<InputExampleException>(() => InputExample.FromDescriptor(descriptor).Write());
            Assert.Equal(vector["error_message"]!.GetValue<string>(), error.Message);
            return;
        }
        InputExampleFiles files = InputExample.FromDescriptor(descriptor).Write();
        Assert.True(id.Length > 0);
        Assert.Equal(vector["input_example_json"]!.GetValue<string>(), files.InputExampleJson);
        Assert.Equal(vector["serving_input_example_json"]?.GetValue<string>(), files.ServingInputExampleJson);
        var expectedInfo = vector["info"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        Assert.Equal(expectedInfo.OrderBy(p => p.Key), files.Info.OrderBy(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(AcceptedRows))]
    public void Serving_examples_are_accepted_by_the_enforcer(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        InputExampleFiles files = InputExample.FromDescriptor(vector["input_example"]!.ToJsonString()).Write();
        Assert.NotNull(files.ServingInputExampleJson);
        ModelSignature signature = ModelSignature.FromDictJson(vector["serving_roundtrip"]!["signature_dict"]!.ToJsonString());
        EnforcementResult result = RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes(files.ServingInputExampleJson!));
        Assert.True(result.IsAccepted, $"{id}: {result.ToJson()}");
    }
}
