using Signatures.Examples;
using Signatures.IntegrationTests.Contracts;

namespace Signatures.IntegrationTests.Examples;

/// <summary>The generated <c>CreateInputExample()</c> of signature classes that declare <c>InputExample</c>: the same
/// files as building the example by hand from the same data.</summary>
public class DeclaredExampleTests
{
    [Fact]
    public void Rows_of_a_column_contract_become_a_DataFrame_example()
    {
        InputExampleFiles files = RowsExampleModel.CreateInputExample().Write();
        Assert.Equal("""{"columns": ["a", "b"], "data": [[1, "x"], [2, null]]}""", files.InputExampleJson);
        Assert.Equal(ContractExamples.FromRows(RowsExampleModel.InputExample).Write().ServingInputExampleJson, files.ServingInputExampleJson);
    }

    [Fact]
    public void One_tensor_contract_instance_becomes_an_array_example()
    {
        InputExampleFiles files = TensorExampleModel.CreateInputExample().Write();
        Assert.Equal(ContractExamples.From(TensorExampleModel.InputExample).Write().InputExampleJson, files.InputExampleJson);
        Assert.Contains(new KeyValuePair<string, string>("type", "ndarray"), files.Info);
    }

    [Fact]
    public void An_unnamed_input_with_params_becomes_a_json_object_with_params()
    {
        InputExampleFiles files = TextExampleModel.CreateInputExample().Write();
        Assert.Equal("""{"inputs": ["hello", "world"], "params": {"temperature": 0.25}}""", files.InputExampleJson);
        Assert.Contains(new KeyValuePair<string, string>("params", "true"), files.Info);
    }
}
