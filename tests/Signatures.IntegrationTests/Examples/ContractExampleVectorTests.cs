using System.Text;
using System.Text.Json.Nodes;
using Signatures.Enforcement;
using Signatures.Examples;
using Signatures.IntegrationTests.Contracts;
using Signatures.Tests.Vectors;

namespace Signatures.IntegrationTests.Examples;

/// <summary>
/// Input examples written from contract instances are byte-identical to what MLflow wrote for the same data
/// (<c>examples.jsonl</c>): DataFrames, lists of dicts, a dict with params (a unified LLM body), numpy arrays and dicts
/// of them. The other vectors hold data a contract cannot hold (a bare scalar, a sparse matrix, refused examples).
/// </summary>
public class ContractExampleVectorTests
{
    private static readonly Dictionary<string, (Func<InputExample> Example, ModelSignature Signature)> Cases = new()
    {
        ["df_nan"] = (() => ContractExamples.FromRows([new FloatAndText(1.5, "a"), new FloatAndText(null, null)]), new(FloatAndText.Schema)),
        ["df_bytes_datetime"] = (() => ContractExamples.FromRows([new BytesAndDate([1, 2, 3], new DateTime(2021, 1, 1, 10, 0, 0))]), new(BytesAndDate.Schema)),
        ["df_index"] = (() => ContractExamples.FromRows([new OneLong(1)]), new(OneLong.Schema)),
        ["ndarray"] = (() => ContractExamples.From(new Matrix(new float[,] { { 1, 2 }, { 3, 4 } }), ExampleLayout.Tensor), new(Matrix.Schema)),
        ["ndarray_nan"] = (() => ContractExamples.From(new Vector([1.0, double.NaN]), ExampleLayout.Tensor), new(Vector.Schema)),
        ["dict_of_ndarray"] = (() => ContractExamples.From(new TwoTensors([1, 2], [[0.5]])), new(TwoTensors.Schema)),
        ["list_of_dicts"] = (() => ContractExamples.FromRows([new LongAndText(1, null), new LongAndText(2, "x")], ExampleLayout.Records), new(LongAndText.Schema)),
        ["tuple_df_params"] = (
            () => ContractExamples.FromRows([new OneLong(1)]).WithParams(ContractExamples.Params(new SamplingParams { Temperature = 0.5, Stop = ["x"] })),
            new(OneLong.Schema, null, SamplingParams.ParamSchema)),
        ["llm_messages_params"] = (
            () => ContractExamples.From(new ChatRequest([new ChatMessage("user", "hi")]), ExampleLayout.Dict).WithParams(ContractExamples.Params(new TemperatureParams(0.1))),
            new(ChatRequest.Schema, null, TemperatureParams.ParamSchema)),
    };

    public static IEnumerable<object[]> Ids() => Cases.Keys.Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(Ids))]
    public void Examples_from_contracts_are_byte_identical_to_mlflow(string id)
    {
        JsonNode vector = VectorLine(id);
        InputExampleFiles files = Cases[id].Example().Write();
        Assert.Equal(vector["input_example_json"]!.GetValue<string>(), files.InputExampleJson);
        Assert.Equal(vector["serving_input_example_json"]!.GetValue<string>(), files.ServingInputExampleJson);
        var expectedInfo = vector["info"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        Assert.Equal(expectedInfo.OrderBy(p => p.Key), files.Info.OrderBy(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Serving_examples_from_contracts_are_accepted_for_the_contract(string id)
    {
        InputExampleFiles files = Cases[id].Example().Write();
        EnforcementResult result = RequestEnforcer.Enforce(Cases[id].Signature, Encoding.UTF8.GetBytes(files.ServingInputExampleJson!));
        Assert.True(result.IsAccepted, result.ToJson());
    }

    [Fact]
    public void Every_vector_is_either_covered_or_not_expressible_as_a_contract()
    {
        string[] notExpressible = ["scalar_str", "scalar_bytes", "csr_matrix", "list_with_ndarray", "tuple_bad_params"];
        string[] ids = VectorFiles.Read("examples.jsonl").Select(row => (string)row[0]).ToArray();
        Assert.Equal(ids.Order(), Cases.Keys.Concat(notExpressible).Order());
    }

    private static JsonNode VectorLine(string id) =>
        VectorFiles.Read("examples.jsonl").Select(row => JsonNode.Parse((string)row[1])!).Single(v => v["id"]!.GetValue<string>() == id);
}
