using System.Text;
using Signatures.IntegrationTests.Contracts;
using Signatures.Writing;

namespace Signatures.IntegrationTests.Writing;

/// <summary>The scoring server's response body, <c>{"predictions": ...}</c>, as MLflow shapes it.</summary>
public class PredictionsTests
{
    [Fact]
    public void Rows_of_an_output_contract_are_records()
    {
        Prediction[] rows = [new("cat", 0.75), new("dog", 2)];
        Assert.Equal("""{"predictions":[{"label":"cat","score":0.75},{"label":"dog","score":2.0}]}""", Text(Predictions.Write(rows)));
        Assert.Equal("""{"predictions":[{"label":"cat","score":0.75}]}""", Text(Predictions.Write(rows[0])));
    }

    [Fact]
    public void A_tensor_output_is_an_object_of_named_tensors()
    {
        var embedding = new Embedding(new float[,] { { 1f, 0.1f }, { -2.5f, 3f } });
        Assert.Equal("""{"predictions":{"vectors":[[1.0,0.1],[-2.5,3.0]]}}""", Text(Predictions.Write(embedding)));
    }

    [Fact]
    public void Scalar_outputs_are_a_list_of_values()
    {
        Assert.Equal("""{"predictions":[1,2,3]}""", Text(Predictions.WriteValues(new long[] { 1, 2, 3 })));
        Assert.Equal("""{"predictions":[0.5,NaN,-Infinity]}""", Text(Predictions.WriteValues(new[] { 0.5, double.NaN, double.NegativeInfinity })));
        Assert.Equal("""{"predictions":["a",null]}""", Text(Predictions.WriteValues(new string?[] { "a", null })));
        Assert.Equal("""{"predictions":[[1.5,2.0],[]]}""", Text(Predictions.WriteValues(new[] { new[] { 1.5, 2.0 }, [] })));
    }

    private static string Text(byte[] body) => Encoding.UTF8.GetString(body);
}
