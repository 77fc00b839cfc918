using Signatures;

namespace Signatures.Samples.Diagnostics;

// models/churn/MLmodel is the model a data scientist logged; these contracts drifted from it.
// The project gives it to the compiler with <AdditionalFiles Include="models/**/MLmodel" />.

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record ChurnFeatures(           // SIG0404: no member for the model's column 'contract type'
    string CustomerId,
    long TenureMonths,                         // SIG0406: 'long' widens the model's 'integer'
    float MonthlyCharges,                      // SIG0405: 'float' but 'double' in the model
    string[] Services,                         // SIG0407: required here, optional in the model
    double DiscountRate);                      // SIG0403: the model has no column 'discount_rate'

[ModelOutput(Naming = ColumnNaming.SnakeCase)]
public partial record ChurnPrediction(double ChurnProbability);

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record ChurnParams
{
    public double Threshold { get; init; } = 0.4;   // SIG0411: the model's default is 0.5
    public double TopK { get; init; } = 3;          // SIG0410: 'double' but 'long' in the model
}

[ModelArtifact("models/churn")]
[ModelSignature<ChurnFeatures, ChurnPrediction, ChurnParams>]
public static partial class ChurnModel;

// SIG0412 twice: the model's outputs are named columns, not one unnamed double, and the model has params.
[ModelArtifact("models/churn")]
[ModelSignature<ChurnFeatures, double>]
public static partial class ChurnScore;

// SIG0402: the model was logged without a signature.
[ModelArtifact("models/unsigned")]
[ModelSignature<ChurnFeatures, ChurnPrediction>]
public static partial class UnsignedModel;

// SIG0401: no additional file has this path.
[ModelArtifact("models/fraud/MLmodel")]
[ModelSignature<ChurnFeatures, ChurnPrediction>]
public static partial class FraudModel;

[ModelInput]
public partial record DigitImages([property: Tensor(-1, 28, 28)] byte[,,] Pixels);   // SIG0408 and SIG0409

[ModelOutput]
public partial record DigitLogits([property: Tensor(-1, 10)] float[,] Logits);

[ModelArtifact("models/digits/MLmodel")]
[ModelSignature<DigitImages, DigitLogits>]
public static partial class DigitModel;
