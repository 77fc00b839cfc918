using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Signatures.AspNetCore.Tests.Infrastructure;
using Signatures.Tests.Vectors;

namespace Signatures.AspNetCore.Tests.Vectors;

/// <summary>
/// The requests of server.jsonl (what MLflow's FastAPI scoring app answered) sent to a Signatures server: same status,
/// same content type, same <c>error_code</c>; a 200 from <c>/invocations</c> is <c>{"predictions": ...}</c>. The model
/// echoes its input, as MLflow's stand-in did; a vector without a signature is served with one required unnamed
/// <c>any</c> column (<c>string</c> for CSV), as Signatures needs an input schema. Where Signatures deliberately answers otherwise, the expected
/// answer is <see cref="Differences"/>'s (docs/mlflow-compatibility.md lists them).
/// </summary>
public sealed class ServerVectorHttpTests
{
    private const string AnyColumn = """{"inputs": "[{\"type\": \"any\", \"required\": true}]"}""";

    // text/csv needs scalar columns; CSV cells are text.
    private const string StringColumn = """{"inputs": "[{\"type\": \"string\", \"required\": true}]"}""";

    /// <summary>Requests whose answer depends on something other than the protocol, and why they are not replayed.</summary>
    private static readonly Dictionary<string, string> NotReplayed = new(StringComparer.Ordinal)
    {
        ["invocations_output_not_serializable"] = "a Python set has no .NET counterpart: outputs are typed, so an output without a JSON form does not compile",
        ["invocations_unified_llm"] = "needs a chat model; the unified body itself is covered by enforcement.jsonl",
        ["invocations_timeout"] = "MLflow's request timeout middleware; ASP.NET Core's request timeouts (AddRequestTimeouts) do this",
        ["docs_html"] = "FastAPI's Swagger page (links a CDN); Signatures serves an OpenAPI document instead (MapOpenApi)",
    };

    /// <summary>Where Signatures answers a client's mistake with a 4xx that MLflow answers with a 500.</summary>
    private static readonly Dictionary<string, int> Differences = new(StringComparer.Ordinal)
    {
        ["invocations_no_ct"] = 415,
    };

    public static IEnumerable<object[]> Rows() =>
        File.ReadLines(Path.Combine(VectorFiles.Dir, "server.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonNode.Parse(l)!)
            .Where(v => !NotReplayed.ContainsKey(v["id"]!.GetValue<string>()))
            .Select(v => new object[] { v["id"]!.GetValue<string>(), v.ToJsonString() });

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Request_is_answered_as_MLflows_scoring_server_answers_it(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        string? contentType = Header(vector["headers"]!, "content-type");
        string signature = vector["model"]!["signature_dict"] is JsonObject dict ? dict.ToJsonString()
            : contentType?.StartsWith("text/csv", StringComparison.Ordinal) == true ? StringColumn : AnyColumn;
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(ModelSignature.FromDictJson(signature), request => JsonNode.Parse(request.ToJson())!["input"]));
        using var request = new HttpRequestMessage(new HttpMethod(vector["method"]!.GetValue<string>()), vector["path"]!.GetValue<string>().TrimStart('/'));
        if (vector["method"]!.GetValue<string>() == "POST")
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(vector["body"]!.GetValue<string>()));
            request.Content.Headers.ContentType = null;
            if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using HttpResponseMessage response = await server.Client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();

        int expected = Differences.TryGetValue(id, out int policy) ? policy : vector["status"]!.GetValue<int>();
        Assert.True(expected == (int)response.StatusCode, $"{id}: expected {expected}, got {(int)response.StatusCode}: {body}");
        if (policy != 0)
        {
            Assert.Equal("BAD_REQUEST", JsonNode.Parse(body)!["error_code"]!.GetValue<string>());
            return;
        }
        string? expectedType = Header(vector["response_headers"]!, "content-type");
        if (expected is 200 or 400 or 415) Assert.Equal(expectedType, response.Content.Headers.ContentType?.ToString());
        string mlflowBody = vector["response_body"]!.GetValue<string>();
        if (expected == 200 && vector["path"]!.GetValue<string>().StartsWith("/invocations", StringComparison.Ordinal))
        {
            Assert.NotNull(JsonNode.Parse(body)!["predictions"]);
        }
        else if (expected == 200 && vector["path"]!.GetValue<string>() != "/version")
        {
            Assert.Equal(mlflowBody, body);
        }
        if (expected == 400)
        {
            Assert.Equal(JsonNode.Parse(mlflowBody)!["error_code"]!.GetValue<string>(), JsonNode.Parse(body)!["error_code"]!.GetValue<string>());
        }
        if (expected == 405)
        {
            Assert.Equal(Header(vector["response_headers"]!, "allow"), string.Join(", ", response.Content.Headers.Allow));
        }
    }

    private static string? Header(JsonNode headers, string name) =>
        headers.AsArray().Select(h => h!.AsArray()).FirstOrDefault(h => string.Equals(h[0]!.GetValue<string>(), name, StringComparison.OrdinalIgnoreCase))?[1]!.GetValue<string>();
}
