using CsCheck;

namespace Signatures.Tests.Properties;

/// <summary>Random valid signatures survive MLflow's two formats: to_dict JSON and the MLmodel YAML block.</summary>
public class RoundTripProperties
{
    [Fact]
    public void To_dict_json_reads_back_equal() =>
        SignatureGen.Signatures.Sample(signature =>
        {
            string json = signature.ToDictJson();
            ModelSignature back = ModelSignature.FromDictJson(json);
            Assert.Equal(signature, back);
            Assert.Equal(json, back.ToDictJson());
        }, iter: 1500, print: s => s.ToDictJson());

    [Fact]
    public void Mlmodel_yaml_reads_back_equal() =>
        SignatureGen.Signatures.Sample(signature =>
        {
            string yaml = signature.ToMLmodelYaml();
            ModelSignature back = ModelSignature.FromMLmodelYaml("flavors: {}\n" + yaml + "type_hint_from_example: false\n");
            Assert.Equal(signature, back);
            Assert.Equal(yaml, back.ToMLmodelYaml());
        }, iter: 1500, print: s => s.ToMLmodelYaml());

    [Fact]
    public void Columns_types_round_trip_through_their_own_json() =>
        SignatureGen.ColumnTypes.Sample(type =>
        {
            var schema = new Schema(new ColSpec(type, "c"));
            Assert.Equal(schema, ModelSignature.FromDictJson(new ModelSignature(schema).ToDictJson()).Inputs);
        }, iter: 1000, print: t => t.ToJson());
}
