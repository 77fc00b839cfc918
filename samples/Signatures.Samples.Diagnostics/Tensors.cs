using Signatures;

namespace Signatures.Samples.Diagnostics;

[ModelInput]
public partial class Mnist
{
    // SIG0201: the shape has 4 dimensions, the array 3.
    [Tensor(-1, 28, 28, 1)] public byte[,,] Pixels { get; set; } = new byte[1, 28, 28];

    // SIG0202: byte elements are uint8, not float32.
    [Tensor(-1, 10, DType = "float32")] public byte[,] Labels { get; set; } = new byte[1, 10];

    // SIG0203: tensors are always required.
    [Tensor(-1)] public float[]? Weights { get; set; }

    // SIG0204: 0 is not a usable size, -2 is not a marker.
    [Tensor(-1, 0, -2)] public float[,,] Broken { get; set; } = new float[1, 1, 1];

    // SIG0206: a list is not a tensor.
    [Tensor(-1)] public System.Collections.Generic.List<float> Listed { get; set; } = new();

    // SIG0207: not a dtype MLflow writes.
    [Tensor(-1, DType = "float128")] public double[] Wide { get; set; } = new double[1];
}

[ModelInput]
public partial record Digits([property: Tensor(-1, 28, 28, 1)] byte[,,,] Images);

public static class Batches
{
    // SIG0205: 27 can never match the fixed 28.
    public static Digits One() => new(new byte[1, 28, 27, 1]);
}
