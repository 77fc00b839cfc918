namespace Signatures.IntegrationTests;

[ModelInput]
public partial record HousingFeatures(
    [property: Column("median_income")] double MedianIncome,
    [property: Column("rooms")] int Rooms,
    string? District);

[ModelParams]
public partial record ScoringParams
{
    public double Threshold { get; init; } = 0.5;
    public long[] Buckets { get; init; } = [1, 2, 3];
}

[ModelSignature<HousingFeatures, double, ScoringParams>]
public static partial class HousingModel;

/// <summary>The generator runs inside a normal MSBuild build and its constants agree with the runtime serializer.</summary>
public class GeneratedSignatureTests
{
    [Fact]
    public void Generated_constants_equal_the_runtime_serializer_output()
    {
        Assert.Equal(HousingModel.SignatureJson, HousingModel.Signature.ToDictJson());
        Assert.Equal(HousingModel.SignatureYaml, HousingModel.Signature.ToMLmodelYaml());
    }

    [Fact]
    public void Members_map_to_columns_and_params_as_declared()
    {
        Assert.Equal(
            """[{"type": "double", "name": "median_income", "required": true}, {"type": "integer", "name": "rooms", "required": true}, {"type": "string", "name": "District", "required": false}]""",
            HousingModel.Signature.Inputs!.ToJson());
        Assert.Equal(
            """[{"name": "Threshold", "default": 0.5, "shape": null, "type": "double"}, {"name": "Buckets", "default": [1, 2, 3], "shape": [-1], "type": "long"}]""",
            HousingModel.Signature.Params!.ToJson());
        Assert.Equal("""[{"type": "double", "required": true}]""", HousingModel.Signature.Outputs!.ToJson());
    }
}
