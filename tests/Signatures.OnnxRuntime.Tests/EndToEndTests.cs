using System.Globalization;
using System.Text;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Signatures.OnnxRuntime.Tests;

/// <summary>A serving request read by the generated <c>ReadRequest</c> and scored by ONNX Runtime on the real model.</summary>
public sealed class EndToEndTests : IClassFixture<ResNetSession>
{
    private readonly InferenceSession session;

    public EndToEndTests(ResNetSession fixture) => session = fixture.Session;

    [Fact]
    public void A_request_read_by_ReadRequest_is_scored_by_the_model()
    {
        // MLflow's tensor input format: {"inputs": {"Input247": [[[[...]]]]}} with a 1 x 3 x 224 x 224 image (a gradient).
        byte[] body = Encoding.UTF8.GetBytes(ImageRequest(224));
        var request = ResNetModel.ReadRequest(body);
        Assert.True(request.IsAccepted, request.Rejection?.ToString());
        float[,,,] image = request.Input.Input247;
        Assert.Equal(Pixel(2, 100, 7), image[0, 2, 100, 7]);

        var tensor = new DenseTensor<float>(Flatten(image), [1, 3, 224, 224]);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("Input247", tensor)]);
        DisposableNamedOnnxValue result = Assert.Single(results);
        Assert.Equal("Pooling395_Output_0", result.Name);
        var features = result.AsTensor<float>();

        // What the model returned has the shape the contract declares for its output.
        TensorSpec declared = Assert.IsType<TensorSpec>(Assert.Single(ResNetModel.Signature.Outputs!.Inputs));
        Assert.Equal(declared.Shape.ToArray(), features.Dimensions.ToArray().Select(static d => (long)d).ToArray());
        // Average-pooled ReLU activations: finite, never negative, and an image with content activates some of them.
        float[] values = features.ToArray();
        Assert.All(values, static v => Assert.True(float.IsFinite(v) && v >= 0, v.ToString(CultureInfo.InvariantCulture)));
        Assert.Contains(values, static v => v > 0);
    }

    [Fact]
    public void A_request_of_the_wrong_shape_is_rejected_before_the_model_sees_it()
    {
        var request = ResNetModel.ReadRequest(Encoding.UTF8.GetBytes(ImageRequest(32)));
        Assert.False(request.IsAccepted);
        Assert.Contains("Input247", request.Rejection!.ToString(), StringComparison.Ordinal);
    }

    private static float Pixel(int channel, int row, int column) => (channel * 0.25f) + (row / 224f) - (column / 448f);

    private static string ImageRequest(int size)
    {
        var json = new StringBuilder("{\"inputs\": {\"Input247\": [[");
        for (int c = 0; c < 3; c++)
        {
            json.Append(c == 0 ? "[" : ",[");
            for (int y = 0; y < size; y++)
            {
                json.Append(y == 0 ? "[" : ",[");
                for (int x = 0; x < size; x++)
                {
                    if (x > 0) json.Append(',');
                    json.Append(Pixel(c, y, x).ToString("R", CultureInfo.InvariantCulture));
                }
                json.Append(']');
            }
            json.Append(']');
        }
        return json.Append("]]}}").ToString();
    }

    private static float[] Flatten(float[,,,] image)
    {
        var flat = new float[image.Length];
        Buffer.BlockCopy(image, 0, flat, 0, flat.Length * sizeof(float));
        return flat;
    }
}
