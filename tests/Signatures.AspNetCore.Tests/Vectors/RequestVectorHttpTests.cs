using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Signatures.Tests.Enforcement;

namespace Signatures.AspNetCore.Tests.Vectors;

/// <summary>
/// Every request vector of enforcement.jsonl and params.jsonl posted over HTTP to a server for its signature: the
/// status and <c>error_code</c> are MLflow's (<c>http_status</c>/<c>error_code</c>; for params.jsonl, whose cases come
/// from MLflow's param table, a rejection at MLflow's <c>enforce_params</c> stage is its 400
/// <c>INVALID_PARAMETER_VALUE</c>), or where the policy deliberately differs from MLflow (<c>differs_from_mlflow</c>)
/// the answer the policy gives: 200 when accepted, 400 with the stage's code when refused. An accepted body reaches the
/// model with the values of the vector's expected result. Never a 500.
/// </summary>
public sealed class RequestVectorHttpTests(VectorServer fixture) : IClassFixture<VectorServer>
{
    public static IEnumerable<object[]> Rows() => VectorServer.Rows();

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Vector_is_answered_as_MLflow_answers_it(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        string signatureDict = vector["signature_dict"]!.ToJsonString();
        JsonNode expected = vector["signatures"]!;
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(vector["body"]!.GetValue<string>()));
        content.Headers.TryAddWithoutValidation("Content-Type", vector["content_type"]!.GetValue<string>());
        using HttpResponseMessage response = await fixture.Server.Client.PostAsync(fixture.InvocationsPath(signatureDict), content);
        string body = await response.Content.ReadAsStringAsync();

        (int status, string? errorCode) = ExpectedAnswer(vector);
        Assert.True(status == (int)response.StatusCode, $"{id}: expected {status}, got {(int)response.StatusCode}: {body}");
        if (status == 200)
        {
            JsonNode document = JsonNode.Parse(body)!["predictions"]!;
            List<string> problems = NormalizedDocumentComparer.Compare(expected, document.ToJsonString(), ModelSignature.FromDictJson(signatureDict));
            Assert.True(problems.Count == 0, $"{id}: {string.Join("; ", problems)}");
        }
        else if (errorCode is not null)
        {
            JsonNode error = JsonNode.Parse(body)!;
            Assert.True(errorCode == error["error_code"]?.GetValue<string>(), $"{id}: expected error_code {errorCode}: {body}");
            Assert.False(string.IsNullOrWhiteSpace(error["message"]?.GetValue<string>()), $"{id}: the error has no message: {body}");
        }
    }

    /// <summary>The status and error code the server must answer for <paramref name="vector"/>.</summary>
    private static (int Status, string? ErrorCode) ExpectedAnswer(JsonNode vector)
    {
        JsonNode expected = vector["signatures"]!;
        bool accepted = expected["expect"]!.GetValue<string>() == "ok";
        if (expected["differs_from_mlflow"]?.GetValue<bool>() == true)
        {
            return accepted ? (200, null) : (400, PolicyErrorCode(expected["stage"]!.GetValue<string>()));
        }
        if (accepted) return (200, null);
        if (vector["http_status"]?.GetValue<int>() is int status)
        {
            return (status, vector["error_code"]?.GetValue<string>());
        }
        // params.jsonl: MLflow's ParamSpec rejects at its enforce_params stage, which its server answers so.
        Assert.Equal("enforce_params", vector["stage"]!.GetValue<string>());
        return (400, ScoringErrorCodes.InvalidParameterValue);
    }

    private static string PolicyErrorCode(string stage) =>
        stage == "params" ? ScoringErrorCodes.InvalidParameterValue : ScoringErrorCodes.BadRequest;
}
