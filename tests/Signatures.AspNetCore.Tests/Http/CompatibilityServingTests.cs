using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Signatures.AspNetCore.Tests.Contracts;
using Signatures.AspNetCore.Tests.Infrastructure;
using Signatures.Enforcement;

namespace Signatures.AspNetCore.Tests.Http;

/// <summary>MLflow's compatibility rules over HTTP: the error code MLflow's server gives for records in
/// <c>instances</c> with different keys and for a bare value, and <see cref="EnforcementOptions.AllowNullsInRequiredColumns"/>
/// through <see cref="ScoringOptions.Enforcement"/>.</summary>
public sealed class CompatibilityServingTests
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Theory]
    // 'a' and 'b' are both required scalar columns: MLflow's parser compares their lengths (BAD_REQUEST).
    [InlineData("""{"instances": [{"a": 1, "b": "x"}, {"a": 2}]}""", "BAD_REQUEST")]
    // Only an unknown key differs: pandas refuses the arrays in schema enforcement (INVALID_PARAMETER_VALUE).
    [InlineData("""{"instances": [{"a": 1, "b": "x"}, {"a": 2, "b": "y", "z": 3}]}""", "INVALID_PARAMETER_VALUE")]
    // A bare value is one column labelled 0: Model is missing inputs (INVALID_PARAMETER_VALUE).
    [InlineData("""{"inputs": 5}""", "INVALID_PARAMETER_VALUE")]
    public async Task A_request_MLflow_refuses_gets_MLflows_error_code(string body, string errorCode)
    {
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, CountingModel.ReadRequest, (Features[] rows) => rows.Select(r => r.A).ToArray()));

        using HttpResponseMessage response = await server.Client.PostAsync("invocations", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(errorCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nulls_in_required_columns_are_accepted_when_the_endpoints_options_allow_them()
    {
        const string body = """{"dataframe_records": [{"a": 1, "b": null}]}""";
        var lenient = new ScoringOptions { Enforcement = new EnforcementOptions { AllowNullsInRequiredColumns = true } };
        await using TestServer strictServer = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, (NormalizedRequest request) => new[] { ((ColumnsInput)request.Input).RowCount }));
        await using TestServer lenientServer = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, (NormalizedRequest request) => new[] { ((ColumnsInput)request.Input).RowCount }, lenient));

        using HttpResponseMessage strict = await strictServer.Client.PostAsync("invocations", Json(body));
        using HttpResponseMessage accepted = await lenientServer.Client.PostAsync("invocations", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Contains("AllowNullsInRequiredColumns", await strict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("""{"predictions": [1]}""", await accepted.Content.ReadAsStringAsync());
    }
}
