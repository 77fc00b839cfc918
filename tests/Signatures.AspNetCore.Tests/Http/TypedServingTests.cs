using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Signatures.AspNetCore.Tests.Contracts;
using Signatures.AspNetCore.Tests.Infrastructure;

namespace Signatures.AspNetCore.Tests.Http;

/// <summary>Generated contracts served through their generated <c>ReadRequest</c>: typed rows and params reach the
/// model, outputs are written as MLflow writes predictions, and the endpoint's own behaviour (limits, model errors,
/// concurrency) over real HTTP.</summary>
public sealed class TypedServingTests
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Typed_rows_reach_the_model_and_values_come_back_as_predictions()
    {
        var seen = new ConcurrentQueue<Features[]>();
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, CountingModel.ReadRequest, (Features[] rows) =>
            {
                seen.Enqueue(rows);
                return rows.Select(r => r.A * 10).ToArray();
            }));

        using HttpResponseMessage response = await server.Client.PostAsync("invocations",
            Json("""{"dataframe_split": {"columns": ["a", "b"], "data": [[1, "x"], [2, "y"]]}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"predictions": [10, 20]}""", await response.Content.ReadAsStringAsync());
        Assert.Equal([new Features(1, "x"), new Features(2, "y")], Assert.Single(seen));
    }

    [Fact]
    public async Task Output_contract_rows_are_written_as_records()
    {
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(ScoringModel.Signature, ScoringModel.ReadRequest, (Features[] rows) => rows.Select(r => new Scored(r.A + 0.5, r.B)).ToList()));

        using HttpResponseMessage response = await server.Client.PostAsync("invocations", Json("""{"dataframe_records": [{"a": 1, "b": "x"}]}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"predictions": [{"score": 1.5, "label": "x"}]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Params_reach_the_model_with_defaults_applied()
    {
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(TextModel.Signature, TextModel.ReadRequest, async (string[] prompts, GenerationParams parameters, CancellationToken ct) =>
            {
                await Task.Yield();
                return prompts.Select(p => $"{p}:{parameters.TopK}:{parameters.Temperature}").ToArray();
            }));

        using HttpResponseMessage withParam = await server.Client.PostAsync("invocations", Json("""{"inputs": ["q"], "params": {"TopK": 7}}"""));
        using HttpResponseMessage defaults = await server.Client.PostAsync("invocations", Json("""{"inputs": ["q", "r"]}"""));

        Assert.Equal("""{"predictions": ["q:7:0.5"]}""", await withParam.Content.ReadAsStringAsync());
        Assert.Equal("""{"predictions": ["q:2:0.5", "r:2:0.5"]}""", await defaults.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"inputs": ["q"], "params": {"TopK": "many"}}""", "INVALID_PARAMETER_VALUE", "TopK")]
    [InlineData("""{"dataframe_split": {"columns": ["a"], "data": [[1]]}}""", "BAD_REQUEST", "")]
    public async Task A_refused_typed_request_gets_MLflows_error_body(string body, string errorCode, string mentions)
    {
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(TextModel.Signature, TextModel.ReadRequest, (string[] prompts, GenerationParams parameters) => prompts));

        using HttpResponseMessage response = await server.Client.PostAsync("invocations", Json(body));
        JsonNode error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(errorCode, error["error_code"]!.GetValue<string>());
        Assert.Contains(mentions, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_UTF8_is_a_bad_request()
    {
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, CountingModel.ReadRequest, (Features[] rows) => rows.Select(r => r.A).ToArray()));
        using var content = new ByteArrayContent([.. "{\"dataframe_records\": [{\"a\": 1, \"b\": \""u8, 0xFF, 0xFE, .. "\"}]}"u8]);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        using HttpResponseMessage response = await server.Client.PostAsync("invocations", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_throws_is_answered_as_MLflow_answers_it()
    {
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, CountingModel.ReadRequest, (Features[] rows) => rows.Length > 0 ? throw new InvalidOperationException("no GPU") : Array.Empty<long>()));

        using HttpResponseMessage response = await server.Client.PostAsync("invocations", Json("""{"dataframe_records": [{"a": 1, "b": "x"}]}"""));
        JsonNode error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", error["error_code"]!.GetValue<string>());
        Assert.Contains("no GPU", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_requests_each_get_their_own_answer()
    {
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, CountingModel.ReadRequest, async (Features[] rows, CancellationToken ct) =>
            {
                await Task.Yield();
                return rows.Select(r => r.A).ToArray();
            }));

        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using HttpResponseMessage response = await server.Client.PostAsync("invocations",
                Json($$$"""{"dataframe_split": {"columns": ["a", "b"], "data": [[{{{i}}}, "x"], [{{{i + 1}}}, "y"]]}}"""), ct);
            string body = await response.Content.ReadAsStringAsync(ct);
            if (body != $$"""{"predictions": [{{i}}, {{i + 1}}]}""") failures.Enqueue($"{i}: {(int)response.StatusCode} {body}");
        });

        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_answered_with_413_whether_its_length_is_declared_or_not()
    {
        var options = new ScoringOptions { Enforcement = Signatures.Enforcement.EnforcementOptions.Default with { MaxBodyBytes = 64 } };
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, CountingModel.ReadRequest, (Features[] rows) => rows.Select(r => r.A).ToArray(), options));
        string big = """{"dataframe_records": [""" + string.Join(", ", Enumerable.Repeat("""{"a": 1, "b": "x"}""", 10)) + "]}";

        using HttpResponseMessage declared = await server.Client.PostAsync("invocations", Json(big));
        using var chunkedContent = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunkedContent.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "invocations") { Content = chunkedContent };
        chunked.Headers.TransferEncodingChunked = true;
        using HttpResponseMessage streamed = await server.Client.SendAsync(chunked);
        using HttpResponseMessage small = await server.Client.PostAsync("invocations", Json("""{"inputs": {"a": [1], "b": ["x"]}}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal("BAD_REQUEST", JsonNode.Parse(await streamed.Content.ReadAsStringAsync())!["error_code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task A_body_spread_over_many_reads_is_read_whole()
    {
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, CountingModel.ReadRequest, (Features[] rows) => new[] { rows.Sum(r => r.A) }));
        string body = """{"dataframe_records": [""" + string.Join(", ", Enumerable.Range(1, 5000).Select(i => $$"""{"a": {{i}}, "b": "x"}""")) + "]}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)), bufferSize: 1000);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "invocations") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using HttpResponseMessage response = await server.Client.SendAsync(request);

        Assert.Equal("""{"predictions": [12502500]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_model()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, CountingModel.ReadRequest, async (Features[] rows, CancellationToken ct) =>
            {
                started.SetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                    cancelled.SetResult();
                    throw;
                }
                return new long[rows.Length];
            }));
        byte[] body = Encoding.UTF8.GetBytes("""{"dataframe_records": [{"a": 1, "b": "x"}]}""");
        byte[] head = Encoding.ASCII.GetBytes($"POST /invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n");

        using (var client = new System.Net.Sockets.TcpClient())
        {
            await client.ConnectAsync(server.Address.Host, server.Address.Port);
            await client.GetStream().WriteAsync(head.Concat(body).ToArray());
            await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_truncated_body_never_reaches_the_model_nor_gets_a_server_error()
    {
        int calls = 0;
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, CountingModel.ReadRequest, (Features[] rows) =>
            {
                Interlocked.Increment(ref calls);
                return rows.Select(r => r.A).ToArray();
            }));
        byte[] request = Encoding.ASCII.GetBytes("POST /invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"dataframe_records\": [");

        // Kestrel takes the client's half-close before the declared length as the client going away, so there may be no answer at all.
        string answer = await RawHttp.SendAsync(server.Address, request, closeSending: true);
        using HttpResponseMessage next = await server.Client.PostAsync("invocations", Json("""{"dataframe_records": [{"a": 1, "b": "x"}]}"""));

        if (answer.Length > 0) Assert.InRange(RawHttp.Status(answer), 400, 499);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(1, calls);
    }

    [Theory]
    [InlineData("GARBAGE\r\n\r\n")]
    [InlineData("POST /invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n")]
    [InlineData("POST /invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n")]
    public async Task Malformed_HTTP_is_refused_with_a_4xx(string raw)
    {
        await using TestServer server = await TestServer.StartAsync(app =>
            app.MapScoring(CountingModel.Signature, CountingModel.ReadRequest, (Features[] rows) => rows.Select(r => r.A).ToArray()));

        // The connection stays open: the server must answer the bad bytes themselves, not the client going away.
        string answer = await RawHttp.SendAsync(server.Address, Encoding.ASCII.GetBytes(raw), closeSending: false);

        Assert.InRange(RawHttp.Status(answer), 400, 499);
    }
}
