using System.Text.Json.Nodes;
using Json.Schema;
using Signatures.AspNetCore.Tests.Vectors;

namespace Signatures.AspNetCore.Tests.OpenApi;

/// <summary>The OpenAPI document the server serves (Microsoft.AspNetCore.OpenApi): each model's <c>/invocations</c> with
/// its request schema, which every JSON body the vectors accept validates against (JsonSchema.Net), the predictions and
/// MLflow's error body; the health routes are left out.</summary>
public sealed class OpenApiDocumentTests(VectorServer fixture) : IClassFixture<VectorServer>
{
    public static IEnumerable<object[]> AcceptedJsonBodies() => RequestSchemaVectorTests.AcceptedJsonBodies();

    [Theory]
    [MemberData(nameof(AcceptedJsonBodies))]
    public async Task An_accepted_body_validates_against_the_served_documents_request_schema(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        JsonNode operation = await InvocationsOperation(vector["signature_dict"]!.ToJsonString());
        JsonSchema schema = JsonSchema.FromText(operation["requestBody"]!["content"]!["application/json"]!["schema"]!.ToJsonString());

        EvaluationResults result = schema.Evaluate(JsonNode.Parse(vector["body"]!.GetValue<string>()), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, $"{id}: {RequestSchemaVectorTests.Describe(result)}");
    }

    [Fact]
    public async Task The_document_describes_invocations_and_not_the_health_routes()
    {
        JsonNode document = await fixture.OpenApiDocumentAsync();
        JsonObject paths = document["paths"]!.AsObject();

        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(paths, p => p.Key.EndsWith("/invocations", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.Key.EndsWith("/ping", StringComparison.Ordinal) || p.Key.EndsWith("/health", StringComparison.Ordinal) || p.Key.EndsWith("/version", StringComparison.Ordinal));
        JsonNode operation = paths.First(p => p.Key.EndsWith("/invocations", StringComparison.Ordinal)).Value!["post"]!;
        Assert.NotNull(operation["requestBody"]!["content"]!["text/csv"]);
        Assert.Equal(["200", "400", "413", "415"], operation["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal));
        JsonSchema error = JsonSchema.FromText(operation["responses"]!["400"]!["content"]!["application/json"]!["schema"]!.ToJsonString());
        Assert.True(error.Evaluate(JsonNode.Parse("""{"error_code": "BAD_REQUEST", "message": "x"}""")).IsValid);
        Assert.False(error.Evaluate(JsonNode.Parse("""{"message": "x"}""")).IsValid);
    }

    private async Task<JsonNode> InvocationsOperation(string signatureDict)
    {
        JsonNode document = await fixture.OpenApiDocumentAsync();
        return document["paths"]!["/" + fixture.InvocationsPath(signatureDict)]!["post"]!;
    }
}
