using Signatures.Enforcement;
using Signatures.Requests;

namespace Signatures.AspNetCore;

/// <summary>Serves a signature without params through its generated <c>ReadRequest</c>.</summary>
internal sealed class TypedScoringEndpoint<TInput, TOutput>(
    ModelRequestReader<TInput> read, Func<TInput, CancellationToken, ValueTask<TOutput>> predict, ScoringOptions options)
    : ScoringEndpoint<ModelRequest<TInput>, TOutput>(options)
{
    protected override ModelRequest<TInput> Read(ReadOnlySpan<byte> body, string contentType) => read(body, contentType, Enforcement);

    protected override RequestRejection? RejectionOf(ModelRequest<TInput> request) => request.Rejection;

    protected override ValueTask<TOutput> PredictAsync(ModelRequest<TInput> request, CancellationToken cancellationToken) =>
        predict(request.Input, cancellationToken);
}

/// <summary>Serves a signature with params through its generated <c>ReadRequest</c>.</summary>
internal sealed class TypedScoringEndpoint<TInput, TParams, TOutput>(
    ModelRequestReader<TInput, TParams> read, Func<TInput, TParams, CancellationToken, ValueTask<TOutput>> predict, ScoringOptions options)
    : ScoringEndpoint<ModelRequest<TInput, TParams>, TOutput>(options)
{
    protected override ModelRequest<TInput, TParams> Read(ReadOnlySpan<byte> body, string contentType) => read(body, contentType, Enforcement);

    protected override RequestRejection? RejectionOf(ModelRequest<TInput, TParams> request) => request.Rejection;

    protected override ValueTask<TOutput> PredictAsync(ModelRequest<TInput, TParams> request, CancellationToken cancellationToken) =>
        predict(request.Input, request.Params, cancellationToken);
}
