using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Signatures.Enforcement;
using Signatures.Requests;

namespace Signatures.AspNetCore;

/// <summary>
/// <c>POST /invocations</c> for one model: checks the content type (415 as MLflow answers it), reads the body from the
/// request's <c>BodyReader</c> (copied at most once, see <see cref="RequestBody"/>) (413 over the limit), reads the request with the
/// signature's rules (400 with MLflow's error body when refused), calls the model and writes
/// <c>{"predictions": ...}</c>. An aborted request cancels the token the model gets and nothing is answered.
/// </summary>
/// <typeparam name="TRequest">What reading a body gives (a <see cref="ModelRequest{TInput}"/> or an <see cref="EnforcementResult"/>).</typeparam>
/// <typeparam name="TOutput">What the model returns.</typeparam>
internal abstract class ScoringEndpoint<TRequest, TOutput>(ScoringOptions options)
    where TRequest : class
{
    private const string ModelFailed =
        "Encountered an unexpected error while evaluating the model. Verify that the input is compatible with the model for inference. Error: ";

    private readonly Action<Utf8JsonWriter, TOutput> writePredictions = PredictionWriter.For<TOutput>();

    private const string MissingContentType =
        "The request has no Content-Type header; send application/json or text/csv (optionally with charset=utf-8).";

    protected EnforcementOptions Enforcement { get; } = options.Enforcement;

    /// <summary>Reads the request from the whole body.</summary>
    protected abstract TRequest Read(ReadOnlySpan<byte> body, string contentType);

    /// <summary>Why the request was refused, or <see langword="null"/>.</summary>
    protected abstract RequestRejection? RejectionOf(TRequest request);

    /// <summary>Runs the model on an accepted request.</summary>
    protected abstract ValueTask<TOutput> PredictAsync(TRequest request, CancellationToken cancellationToken);

    public async Task InvokeAsync(HttpContext http)
    {
        HttpRequest httpRequest = http.Request;
        CancellationToken aborted = http.RequestAborted;
        string? contentType = httpRequest.ContentType;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            await ScoringResponses.WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, ScoringErrorCodes.BadRequest, MissingContentType).ConfigureAwait(false);
            return;
        }
        if (ScoringResponses.ContentTypeProblem(contentType) is { } problem)
        {
            await ScoringResponses.WritePlainTextAsync(http, StatusCodes.Status415UnsupportedMediaType, problem).ConfigureAwait(false);
            return;
        }
        int limit = Enforcement.MaxBodyBytes;
        if (httpRequest.ContentLength > limit)
        {
            await WriteTooLargeAsync(http, limit).ConfigureAwait(false);
            return;
        }
        // This endpoint's limit replaces the server's (Kestrel's default is 30 MB), so the answer is always ours.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature) sizeFeature.MaxRequestBodySize = limit + 1L;

        TRequest request;
        try
        {
            using RequestBody body = await RequestBody.ReadAsync(httpRequest.BodyReader, limit, aborted).ConfigureAwait(false);
            if (body.IsTooLarge)
            {
                await WriteTooLargeAsync(http, limit).ConfigureAwait(false);
                return;
            }
            request = Read(body.Span, contentType);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            return;
        }
        catch (BadHttpRequestException bad)
        {
            // A body that ends before its Content-Length, or a broken chunked encoding.
            await ScoringResponses.WriteErrorAsync(http, bad.StatusCode, ScoringErrorCodes.BadRequest, "The request body could not be read: " + bad.Message).ConfigureAwait(false);
            return;
        }

        if (RejectionOf(request) is { } rejection)
        {
            await ScoringResponses.WriteErrorAsync(http, StatusCodes.Status400BadRequest, ScoringResponses.ErrorCode(rejection), rejection.Message).ConfigureAwait(false);
            return;
        }

        TOutput output;
        try
        {
            output = await PredictAsync(request, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // MLflow answers a model's exception as a bad request, naming the error.
            await ScoringResponses.WriteErrorAsync(http, StatusCodes.Status400BadRequest, ScoringErrorCodes.BadRequest, ModelFailed + failure.Message).ConfigureAwait(false);
            return;
        }

        HttpResponse response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ScoringResponses.Json;
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            writePredictions(writer, output);
            writer.Flush();
        }
        await response.BodyWriter.FlushAsync(aborted).ConfigureAwait(false);
    }

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private static Task WriteTooLargeAsync(HttpContext http, int limit) =>
        ScoringResponses.WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, ScoringErrorCodes.BadRequest, RequestBody.TooLargeRejection(limit).Message);
}
