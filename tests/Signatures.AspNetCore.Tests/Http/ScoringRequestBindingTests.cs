using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Signatures.AspNetCore.Tests.Contracts;
using Signatures.AspNetCore.Tests.Infrastructure;

namespace Signatures.AspNetCore.Tests.Http;

/// <summary><see cref="ScoringRequest{TInput}"/> as a parameter of a plain Minimal API handler on a route of its own.</summary>
public sealed class ScoringRequestBindingTests
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_handler_gets_the_typed_input_or_returns_MLflows_error()
    {
        await using TestServer server = await TestServer.StartAsync(
            app => app.MapPost("/score", (ScoringRequest<Features[]> request) =>
                request.Error ?? Results.Json(new { total = request.Input.Sum(r => r.A) })),
            services => services.AddScoringRequest<Features[]>(CountingModel.ReadRequest));

        using HttpResponseMessage accepted = await server.Client.PostAsync("score", Json("""{"dataframe_records": [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]}"""));
        using HttpResponseMessage refused = await server.Client.PostAsync("score", Json("""{"dataframe_records": [{"a": "1", "b": "x"}]}"""));
        using HttpResponseMessage unsupported = await server.Client.PostAsync("score", new StringContent("a,b", Encoding.UTF8, "text/plain"));

        Assert.Equal("""{"total":3}""", await accepted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("BAD_REQUEST", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error_code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.StatusCode);
    }

    [Fact]
    public async Task A_handler_gets_typed_params()
    {
        await using TestServer server = await TestServer.StartAsync(
            app => app.MapPost("/generate", (ScoringRequest<string[], GenerationParams> request) =>
                request.Error ?? Results.Text($"{request.Input.Length}:{request.Params.TopK}")),
            services => services.AddScoringRequest<string[], GenerationParams>(TextModel.ReadRequest));

        using HttpResponseMessage response = await server.Client.PostAsync("generate", Json("""{"inputs": ["a", "b"], "params": {"TopK": 9}}"""));

        Assert.Equal("2:9", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_parameter_without_a_registered_reader_fails_with_a_message_naming_the_fix()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () => await ScoringRequest<Features[]>.BindAsync(context));

        Assert.Contains("AddScoringRequest", failure.Message, StringComparison.Ordinal);
    }
}
