using System;
using Signatures;

namespace Signatures.Samples.Diagnostics;

[ModelParams]
public partial record GenerationOptions
{
    private static readonly long Seed = Environment.TickCount;

    public long TopK { get; init; } = Seed;                  // SIG0301: MLflow needs the default at build time
    public long[][] Nested { get; init; } = [[1]];           // SIG0302: params have at most one dimension
    public long[]? Stop { get; init; } = null;               // SIG0303: MLflow refuses a null list default
    public byte[] Prompt { get; init; } = [1];               // SIG0304: binary params are not supported
    [Tensor(-1)] public float[] Bias { get; init; } = [0f];  // SIG0305: params cannot be tensors
    public Address[] Places { get; init; } = [];             // SIG0306: a list param holds scalars only
}
