namespace Signatures.Benchmarks.Contracts;

/// <summary>The tensor benchmark's input: a batch of 28x28 single-channel <c>uint8</c> images in one tensor.</summary>
[ModelInput]
public sealed partial record ImageBatch
{
    [Tensor(-1, 28, 28, 1, DType = "uint8")]
    public byte[,,,] Images { get; set; } = new byte[0, 0, 0, 0];
}

/// <summary>The tensor benchmark model: an image batch in, a score out.</summary>
[ModelSignature<ImageBatch, double>]
public static partial class ImageModel;
