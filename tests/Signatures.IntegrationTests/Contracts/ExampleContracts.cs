namespace Signatures.IntegrationTests.Contracts;

// Contracts holding the data of tests/vectors/examples.jsonl, one per example a C# contract can express.

[ModelInput]
public partial record FloatAndText([property: Column("f")] double? F, [property: Column("s")] string? S);

[ModelInput]
public partial record BytesAndDate([property: Column("b")] byte[] B, [property: Column("d")] DateTime D);

[ModelInput]
public partial record OneLong([property: Column("a")] long A);

[ModelInput]
public partial record LongAndText([property: Column("a")] long A, [property: Column("b")] string? B);

[ModelInput]
public partial record Matrix([property: Tensor(-1, 2, Name = "x")] float[,] X);

[ModelInput]
public partial record Vector([property: Tensor(-1, Name = "x")] double[] X);

[ModelInput]
public partial record TwoTensors([property: Tensor(-1, Name = "a")] long[] A, [property: Tensor(-1, 1, Name = "b")] double[][] B);

public sealed record ChatMessage([property: Column("role")] string Role, [property: Column("content")] string Content);

[ModelInput]
public partial record ChatRequest([property: Column("messages")] List<ChatMessage> Messages);

[ModelParams]
public partial record SamplingParams
{
    [Column("temperature")] public double Temperature { get; init; } = 0.5;
    [Column("stop")] public string[] Stop { get; init; } = [];
}

[ModelParams]
public partial record TemperatureParams([property: Column("temperature")] double Temperature = 0.7);
