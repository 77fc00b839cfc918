using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Signatures.AspNetCore.OpenApi;
using Signatures.AspNetCore.Tests.Vectors;

namespace Signatures.AspNetCore.Tests.OpenApi;

/// <summary>The request schema is honest: every JSON body the vectors accept validates against the schema derived from
/// its signature (checked with JsonSchema.Net, draft 2020-12), and bodies without an envelope do not.</summary>
public sealed class RequestSchemaVectorTests
{
    public static IEnumerable<object[]> AcceptedJsonBodies() =>
        VectorServer.Rows().Where(row =>
        {
            JsonNode vector = JsonNode.Parse((string)row[1])!;
            return vector["signatures"]!["expect"]!.GetValue<string>() == "ok"
                && vector["content_type"]!.GetValue<string>().StartsWith("application/json", StringComparison.Ordinal)
                && IsStrictJson(vector["body"]!.GetValue<string>())
                && NumbersFitTheValidator(JsonNode.Parse(vector["body"]!.GetValue<string>()));
        });

    [Theory]
    [MemberData(nameof(AcceptedJsonBodies))]
    public void An_accepted_body_validates_against_the_request_schema(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        ModelSignature signature = ModelSignature.FromDictJson(vector["signature_dict"]!.ToJsonString());
        JsonSchema schema = JsonSchema.FromText(ScoringJsonSchema.Request(signature).ToJsonString());

        EvaluationResults result = schema.Evaluate(JsonNode.Parse(vector["body"]!.GetValue<string>()), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, $"{id}: {Describe(result)}");
    }

    [Theory]
    [InlineData("""{"data": [[1, "x"]]}""")]
    [InlineData("""{"inputs": [1], "instances": [1]}""")]
    [InlineData("""[1, 2]""")]
    public void A_body_without_exactly_one_envelope_does_not_validate(string body)
    {
        var signature = new ModelSignature(new Schema(new ColSpec(DataType.Long, "a")), null);
        JsonSchema schema = JsonSchema.FromText(ScoringJsonSchema.Request(signature).ToJsonString());

        Assert.False(schema.Evaluate(JsonNode.Parse(body)).IsValid);
    }

    internal static string Describe(EvaluationResults result) =>
        string.Join("; ", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.EvaluationPath}: {e.Value}")).Take(8));

    // JsonSchema.Net compares numbers as decimal, so a literal outside decimal's range (1e+300) cannot be evaluated at all.
    private static bool NumbersFitTheValidator(JsonNode? node) => node switch
    {
        JsonObject obj => obj.All(p => NumbersFitTheValidator(p.Value)),
        JsonArray array => array.All(NumbersFitTheValidator),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number =>
            decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
        _ => true,
    };

    private static bool IsStrictJson(string body)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
