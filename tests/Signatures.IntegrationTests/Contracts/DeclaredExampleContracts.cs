namespace Signatures.IntegrationTests.Contracts;

// Signature classes that declare their input example: the generator adds CreateInputExample().

/// <summary>Rows of a column contract.</summary>
[ModelSignature<LongAndText, Prediction>]
public static partial class RowsExampleModel
{
    public static LongAndText[] InputExample => [new(1, "x"), new(2, null)];
}

/// <summary>One instance of a tensor contract.</summary>
[ModelSignature<Matrix, Embedding>]
public static partial class TensorExampleModel
{
    public static Matrix InputExample { get; } = new(new float[,] { { 1, 2 }, { 3, 4 } });
}

/// <summary>An unnamed input with params.</summary>
[ModelSignature<string, string, TemperatureParams>]
public static partial class TextExampleModel
{
    public static IEnumerable<string> InputExample => ["hello", "world"];
    public static TemperatureParams InputExampleParams => new(0.25);
}
