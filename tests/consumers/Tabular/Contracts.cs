using Signatures;

namespace Tabular;

// The signature of MLflow's set_signature vector 'mlflow3_sklearn_replace_example_params', declared in C#.
// Member names become MLflow names by the project's SignaturesColumnNaming (SnakeCase): Prompt -> prompt, PBool -> p_bool.
[ModelInput]
public partial record PromptRow(string Prompt);

public sealed record Settings(long K);

[ModelParams]
public partial record GenerationParams
{
    public bool PBool { get; init; } = true;
    public int PInt { get; init; } = 7;
    public long PLong { get; init; } = 100;
    public float PFloat { get; init; } = 0.1f;
    public double PDouble { get; init; } = 0.25;
    public string PStr { get; init; } = "hello";
    public DateTime PDt { get; init; } = new(2023, 6, 26, 10, 20, 30);
    public double[] PList { get; init; } = [0.5, 1.5];
    public Settings PObj { get; init; } = new(1);
}

[ModelSignature<PromptRow, string, GenerationParams>]
public static partial class TextModel
{
    // The input example the build writes beside the output (signatures/Tabular.TextModel/input_example.json).
    public static PromptRow[] InputExample => [new("hi"), new("there")];
}
