using Signatures;

namespace Signatures.Samples.Serving;

/// <summary>The predicted species and the model's probability for it.</summary>
[ModelOutput]
public partial record IrisPrediction(
    [property: Column("species")] string Species,
    [property: Column("probability")] float Probability);
