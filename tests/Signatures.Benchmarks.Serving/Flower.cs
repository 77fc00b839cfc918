using Signatures;

namespace Signatures.Benchmarks.Serving;

/// <summary>Four measurements, as the serving sample's iris model takes them.</summary>
[ModelInput]
public partial record Flower(
    [property: Column("sepal length (cm)")] double SepalLength,
    [property: Column("sepal width (cm)")] double SepalWidth,
    [property: Column("petal length (cm)")] double PetalLength,
    [property: Column("petal width (cm)")] double PetalWidth);

/// <summary>Flowers in, a class per flower out.</summary>
[ModelSignature<Flower, long>]
public static partial class FlowerModel;
