using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Signatures.AspNetCore.Responses;
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

    private readonly (Action<Utf8JsonWriter, TOutput> Write, ResponseLayout Layout) predictions = PredictionWriter.Format<TOutput>();

    protected EnforcementOptions Enforcement { get; } = options.Enforcement;

    /// <summary>Reads the request from the whole body.</summary>
    protected abstract TRequest Read(ReadOnlySpan<byte> body, string contentType);

    /// <summary>Why the request was refused, or <see langword="null"/>.</summary>
    protected abstract RequestRejection? RejectionOf(TRequest request);

    /// <summary>Runs the model on an accepted request.</summary>
    protected abstract ValueTask<TOutput> PredictAsync(TRequest request, CancellationToken cancellationToken);

    public async Task InvokeAsync(HttpContext http)
    {
        CancellationToken aborted = http.RequestAborted;
        TRequest request;
        try
        {
            (RequestBody? body, ScoringError? error) = await ScoringBody.ReadAsync(http, Enforcement.MaxBodyBytes).ConfigureAwait(false);
            if (error is not null)
            {
                await error.ExecuteAsync(http).ConfigureAwait(false);
                return;
            }
            using (body)
            {
                request = Read(body!.Span, http.Request.ContentType!);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            return;
        }

        if (RejectionOf(request) is { } rejection)
        {
            await ScoringError.Rejected(rejection).ExecuteAsync(http).ConfigureAwait(false);
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
            await ScoringError.Json(StatusCodes.Status400BadRequest, ScoringErrorCodes.BadRequest, ModelFailed + failure.Message).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        HttpResponse response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ScoringResponses.Json;
        // The generated writers write JSON; MLflow's body is Python's text of it (same values, Python's spelling).
        ResponseBuffer buffer = ResponseBuffer.Rent();
        try
        {
            predictions.Write(buffer.Writer, output);
            buffer.Writer.Flush();
            PythonResponseText.Transcode(buffer.Written, predictions.Layout, response.BodyWriter);
        }
        finally
        {
            buffer.Return();
        }
        await response.BodyWriter.FlushAsync(aborted).ConfigureAwait(false);
    }
}
