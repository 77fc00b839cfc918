using Signatures;

namespace Signatures.Samples.Serving;

/// <summary>The served model's MLflow signature: measurements in, species and probability out.</summary>
[ModelSignature<IrisFeatures, IrisPrediction>]
public static partial class IrisModel;
