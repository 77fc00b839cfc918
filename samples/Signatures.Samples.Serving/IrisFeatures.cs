using Signatures;

namespace Signatures.Samples.Serving;

/// <summary>One flower's measurements, named as scikit-learn's iris data names them (and so as MLflow's iris examples send them).</summary>
[ModelInput]
public partial record IrisFeatures(
    [property: Column("sepal length (cm)")] double SepalLength,
    [property: Column("sepal width (cm)")] double SepalWidth,
    [property: Column("petal length (cm)")] double PetalLength,
    [property: Column("petal width (cm)")] double PetalWidth);
