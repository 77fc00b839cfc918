using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Signatures.AspNetCore.OpenApi;
using Signatures.Enforcement;

namespace Signatures.AspNetCore;

/// <summary>
/// Maps MLflow's scoring server routes for one model (what <c>mlflow models serve</c> answers): <c>POST /invocations</c>
/// (the four JSON envelopes, the unified LLM bodies the signature allows, <c>text/csv</c>, <c>params</c>), <c>GET /ping</c>
/// and <c>GET /health</c> (<c>"\n"</c>), <c>GET /version</c>. Requests are read with the signature's rules; a refused one
/// is answered as MLflow answers it (<c>{"error_code": ..., "message": ...}</c>, 400; 415 for a content type it cannot
/// read; 413 over the body limit). The routes are returned as a group, so conventions (authorization, rate limits,
/// a prefix given to <c>MapGroup</c> first) apply to all of them.
/// </summary>
public static class ScoringEndpointRouteBuilderExtensions
{
    /// <summary>Serves a signature without params through its generated reader: <c>app.MapScoring(IrisModel.Signature,
    /// IrisModel.ReadRequest, (rows, ct) =&gt; model.PredictAsync(rows, ct))</c>.</summary>
    /// <param name="endpoints">Where to map the routes.</param>
    /// <param name="signature">The signature (described in the OpenAPI document).</param>
    /// <param name="readRequest">The signature class's generated <c>ReadRequest</c>.</param>
    /// <param name="predict">The model: the typed input and the request's cancellation token (cancelled when the client
    /// goes away) to the output (rows of an output contract, one contract instance, or a list of values).</param>
    /// <param name="options">Limits and the <c>/version</c> text; <see langword="null"/> for the defaults.</param>
    public static RouteGroupBuilder MapScoring<TInput, TOutput>(this IEndpointRouteBuilder endpoints, ModelSignature signature,
        ModelRequestReader<TInput> readRequest, Func<TInput, CancellationToken, ValueTask<TOutput>> predict, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(readRequest);
        ArgumentNullException.ThrowIfNull(predict);
        options ??= new ScoringOptions();
        return Map(endpoints, signature, new TypedScoringEndpoint<TInput, TOutput>(readRequest, predict, options).InvokeAsync, options);
    }

    /// <summary>Serves a signature without params with a synchronous model (see the asynchronous overload).</summary>
    public static RouteGroupBuilder MapScoring<TInput, TOutput>(this IEndpointRouteBuilder endpoints, ModelSignature signature,
        ModelRequestReader<TInput> readRequest, Func<TInput, TOutput> predict, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(predict);
        return endpoints.MapScoring(signature, readRequest, (input, _) => new ValueTask<TOutput>(predict(input)), options);
    }

    /// <summary>Serves a signature with params through its generated reader: <c>app.MapScoring(Text2Text.Signature,
    /// Text2Text.ReadRequest, (prompts, parameters, ct) =&gt; ...)</c>; every declared param arrives resolved (defaults applied).</summary>
    /// <param name="endpoints">Where to map the routes.</param>
    /// <param name="signature">The signature (described in the OpenAPI document).</param>
    /// <param name="readRequest">The signature class's generated <c>ReadRequest</c>.</param>
    /// <param name="predict">The model: the typed input, the typed params and the request's cancellation token to the output.</param>
    /// <param name="options">Limits and the <c>/version</c> text; <see langword="null"/> for the defaults.</param>
    public static RouteGroupBuilder MapScoring<TInput, TParams, TOutput>(this IEndpointRouteBuilder endpoints, ModelSignature signature,
        ModelRequestReader<TInput, TParams> readRequest, Func<TInput, TParams, CancellationToken, ValueTask<TOutput>> predict, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(readRequest);
        ArgumentNullException.ThrowIfNull(predict);
        options ??= new ScoringOptions();
        return Map(endpoints, signature, new TypedScoringEndpoint<TInput, TParams, TOutput>(readRequest, predict, options).InvokeAsync, options);
    }

    /// <summary>Serves a signature with params with a synchronous model (see the asynchronous overload).</summary>
    public static RouteGroupBuilder MapScoring<TInput, TParams, TOutput>(this IEndpointRouteBuilder endpoints, ModelSignature signature,
        ModelRequestReader<TInput, TParams> readRequest, Func<TInput, TParams, TOutput> predict, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(predict);
        return endpoints.MapScoring(signature, readRequest, (input, parameters, _) => new ValueTask<TOutput>(predict(input, parameters)), options);
    }

    /// <summary>Serves a signature loaded at run time (from an MLmodel file, say) through the dynamic
    /// <see cref="RequestEnforcer"/>: the model gets the <see cref="NormalizedRequest"/> (columns or tensors, resolved params).</summary>
    /// <param name="endpoints">Where to map the routes.</param>
    /// <param name="signature">The signature requests are enforced against.</param>
    /// <param name="predict">The model: the accepted request and the request's cancellation token to the output (a list of
    /// values, JSON nodes, dictionaries, or contract rows).</param>
    /// <param name="options">Limits and the <c>/version</c> text; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The signature has no input schema.</exception>
    public static RouteGroupBuilder MapScoring<TOutput>(this IEndpointRouteBuilder endpoints, ModelSignature signature,
        Func<NormalizedRequest, CancellationToken, ValueTask<TOutput>> predict, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(predict);
        options ??= new ScoringOptions();
        var enforcer = new RequestEnforcer(signature, options.Enforcement);
        return Map(endpoints, signature, new DynamicScoringEndpoint<TOutput>(enforcer, predict, options).InvokeAsync, options);
    }

    /// <summary>Serves a signature loaded at run time with a synchronous model (see the asynchronous overload).</summary>
    public static RouteGroupBuilder MapScoring<TOutput>(this IEndpointRouteBuilder endpoints, ModelSignature signature,
        Func<NormalizedRequest, TOutput> predict, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(predict);
        return endpoints.MapScoring(signature, (request, _) => new ValueTask<TOutput>(predict(request)), options);
    }

    private static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, ModelSignature signature, RequestDelegate invocations, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(signature);
        RouteGroupBuilder group = endpoints.MapGroup(string.Empty);
        string[] reads = [HttpMethods.Get, HttpMethods.Head];
        group.MapMethods("/ping", reads, ScoringResponses.WriteNewlineAsync).ExcludeFromDescription();
        group.MapMethods("/health", reads, ScoringResponses.WriteNewlineAsync).ExcludeFromDescription();
        byte[] version = Encoding.UTF8.GetBytes(options.Version);
        group.MapMethods("/version", reads, http => ScoringResponses.WriteVersionAsync(http, version)).ExcludeFromDescription();
        // A delegate (not a RequestDelegate) so the endpoint reaches the API explorer and the OpenAPI document.
        group.MapPost("/invocations", (Func<HttpContext, Task>)(http => invocations(http))).WithScoringDescription(signature);
        return group;
    }
}
