using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Signatures.Requests;

namespace Signatures.AspNetCore;

/// <summary>
/// What every scoring request goes through before it is read: the content type (MLflow's 415 answers; a missing one is
/// a 415 here, where MLflow fails with a 500), the body limit (413, from the declared length when there is one), and the
/// whole body read from the request's <c>BodyReader</c>, copied at most once (<see cref="RequestBody"/>).
/// </summary>
internal static class ScoringBody
{
    private const string MissingContentType =
        "The request has no Content-Type header; send application/json or text/csv (optionally with charset=utf-8).";

    /// <summary>The body, or the error to answer instead.</summary>
    /// <exception cref="OperationCanceledException">The client went away.</exception>
    public static async ValueTask<(RequestBody? Body, ScoringError? Error)> ReadAsync(HttpContext http, int limit)
    {
        HttpRequest request = http.Request;
        string? contentType = request.ContentType;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return (null, ScoringError.Json(StatusCodes.Status415UnsupportedMediaType, ScoringErrorCodes.BadRequest, MissingContentType));
        }
        if (ScoringResponses.ContentTypeProblem(contentType) is { } problem)
        {
            return (null, ScoringError.PlainText(StatusCodes.Status415UnsupportedMediaType, problem));
        }
        if (request.ContentLength > limit) return (null, TooLarge(limit));
        // This limit replaces the server's (Kestrel's default is 30 MB), so the answer is always this one.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature) sizeFeature.MaxRequestBodySize = limit + 1L;
        try
        {
            RequestBody body = await RequestBody.ReadAsync(request.BodyReader, limit, http.RequestAborted).ConfigureAwait(false);
            if (!body.IsTooLarge) return (body, null);
            body.Dispose();
            return (null, TooLarge(limit));
        }
        catch (BadHttpRequestException bad)
        {
            // A body that ends before its Content-Length, or a broken chunked encoding.
            return (null, ScoringError.Json(bad.StatusCode, ScoringErrorCodes.BadRequest, "The request body could not be read: " + bad.Message));
        }
    }

    private static ScoringError TooLarge(int limit) =>
        ScoringError.Json(StatusCodes.Status413PayloadTooLarge, ScoringErrorCodes.BadRequest, RequestBody.TooLargeRejection(limit).Message);
}
