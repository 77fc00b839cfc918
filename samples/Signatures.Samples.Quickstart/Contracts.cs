using Signatures;

namespace Quickstart;

// Tabular input: one column per property. [Column("...")] names a column exactly; a nullable member is optional.
[ModelInput]
public partial record IrisFeatures(
    [property: Column("sepal length (cm)")] double SepalLength,
    [property: Column("sepal width (cm)")] double SepalWidth,
    [property: Column("petal length (cm)")] double PetalLength,
    [property: Column("petal width (cm)")] double? PetalWidth);

// A scalar type argument means one unnamed column: this model returns the predicted class as a long.
[ModelSignature<IrisFeatures, long>]
public static partial class IrisClassifier;

// Inference params: the defaults come from the initializers (and positional-parameter defaults).
[ModelParams]
public partial record GenerationParams(double Temperature = 0.62)
{
    public long TopK { get; init; } = 2;
    public long[] BeginSuppressTokens { get; init; } = [1, 2, 3];
    public string? StopSequence { get; init; }
}

[ModelSignature<string, string, GenerationParams>]
public static partial class TextGenerator;

// Tensor input: the array's rank must equal the shape's; byte elements are numpy uint8.
[ModelInput(Naming = ColumnNaming.AsDeclared)]
public partial record MnistInput([property: Tensor(-1, 28, 28, 1)] byte[,,,] Images);

[ModelOutput]
public partial record DigitScores([property: Tensor(-1, 10)] float[,] Probabilities);

[ModelSignature<MnistInput, DigitScores>]
public static partial class DigitRecognizer;
