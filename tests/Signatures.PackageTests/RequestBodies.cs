using System.Globalization;
using System.Text;

namespace Signatures.PackageTests;

/// <summary>The serving requests the consumers read on standard input.</summary>
public static class RequestBodies
{
    /// <summary>Two rows in the split envelope, two params set and the rest left to their defaults.</summary>
    public static byte[] Tabular { get; } = Encoding.UTF8.GetBytes(
        """{"dataframe_split": {"columns": ["prompt"], "data": [["hi"], ["there"]]}, "params": {"p_int": 3, "p_list": [2]}}""");

    /// <summary>One value per tensor of the Tensor consumer: a scalar, three values, a 1x2x3 ragged block, a 1x224x224x3 image.</summary>
    public static byte[] Tensor { get; } = Encoding.UTF8.GetBytes(TensorText());

    /// <summary>The image's value at row <paramref name="y"/>, column <paramref name="x"/>, channel <paramref name="channel"/>.</summary>
    public static byte ImageValue(int y, int x, int channel) => (byte)((y * 224 + x + channel) % 256);

    private static string TensorText()
    {
        var image = new StringBuilder("[[");
        for (int y = 0; y < 224; y++)
        {
            image.Append(y == 0 ? "[" : ", [");
            for (int x = 0; x < 224; x++)
            {
                image.Append(x == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"[{ImageValue(y, x, 0)}, {ImageValue(y, x, 1)}, {ImageValue(y, x, 2)}]");
            }
            image.Append(']');
        }
        image.Append("]]");
        return """{"inputs": {"scalar": 1.5, "fixed": [1.0, 2.0, 3.0], "ragged": [[[1, 2, 3], [4, 5, 6]]], "image": """ + image + "}}";
    }
}
