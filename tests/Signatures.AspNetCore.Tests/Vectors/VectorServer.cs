using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Signatures.AspNetCore.Tests.Infrastructure;
using Signatures.Tests.Vectors;

namespace Signatures.AspNetCore.Tests.Vectors;

/// <summary>One server for all request vectors: every distinct signature of enforcement.jsonl and params.jsonl served
/// through the dynamic enforcer under its own prefix (<c>/s0/invocations</c>, ...), by a model that echoes the
/// normalized-request document it received as its prediction; the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
public sealed class VectorServer : IAsyncLifetime
{
    private readonly Dictionary<string, string> prefixes = new(StringComparer.Ordinal);

    public TestServer Server { get; private set; } = null!;

    /// <summary>The vectors as xunit rows (id, line).</summary>
    public static IEnumerable<object[]> Rows() => VectorFiles.Read("enforcement.jsonl").Concat(VectorFiles.Read("params.jsonl"));

    /// <summary>The path of <c>/invocations</c> for <paramref name="signatureDict"/>'s server.</summary>
    public string InvocationsPath(string signatureDict) => prefixes[signatureDict] + "/invocations";

    public async Task InitializeAsync()
    {
        foreach (object[] row in Rows())
        {
            string signature = JsonNode.Parse((string)row[1])!["signature_dict"]!.ToJsonString();
            if (!prefixes.ContainsKey(signature)) prefixes.Add(signature, "s" + prefixes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Server = await TestServer.StartAsync(app =>
        {
            app.MapOpenApi();
            foreach ((string signature, string prefix) in prefixes)
            {
                app.MapGroup("/" + prefix).MapScoring(ModelSignature.FromDictJson(signature), request => JsonNode.Parse(request.ToJson()));
            }
        }, services => services.AddOpenApi());
    }

    /// <summary>The server's OpenAPI document (fetched once).</summary>
    public async Task<JsonNode> OpenApiDocumentAsync()
    {
        await documentLock.WaitAsync();
        try
        {
            return document ??= JsonNode.Parse(await Server.Client.GetStringAsync("openapi/v1.json"))!;
        }
        finally
        {
            documentLock.Release();
        }
    }

    private readonly SemaphoreSlim documentLock = new(1, 1);
    private JsonNode? document;

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
