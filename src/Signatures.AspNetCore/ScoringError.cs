using Microsoft.AspNetCore.Http;
using Signatures.Enforcement;

namespace Signatures.AspNetCore;

/// <summary>
/// An answer to a request the scoring protocol refuses, as MLflow's scoring server writes it: a status with
/// <c>{"error_code": ..., "message": ...}</c>, or (for MLflow's 415 answers) the message as plain text. It is an
/// <see cref="IResult"/>, so a Minimal API handler can return it.
/// </summary>
public sealed class ScoringError : IResult
{
    private ScoringError(int statusCode, string message, string? errorCode)
    {
        StatusCode = statusCode;
        Message = message;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>What was wrong.</summary>
    public string Message { get; }

    /// <summary>MLflow's <c>error_code</c> (see <see cref="ScoringErrorCodes"/>), or <see langword="null"/> for a plain-text answer.</summary>
    public string? ErrorCode { get; }

    /// <summary>The answer to a request the signature's rules refused: 400, with <c>INVALID_PARAMETER_VALUE</c> for invalid
    /// params and inputs that do not line up with the signature, <c>BAD_REQUEST</c> otherwise (as MLflow tells its schema
    /// enforcement from its parser).</summary>
    public static ScoringError Rejected(RequestRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        string code = rejection.Stage == RejectionStage.Params || rejection.IsSchemaMismatch ? ScoringErrorCodes.InvalidParameterValue : ScoringErrorCodes.BadRequest;
        return new ScoringError(StatusCodes.Status400BadRequest, rejection.Message, code);
    }

    /// <summary>An error with MLflow's JSON error body.</summary>
    public static ScoringError Json(int statusCode, string errorCode, string message) => new(statusCode, message, errorCode);

    /// <summary>An error answered as plain text (MLflow's 415 answers).</summary>
    public static ScoringError PlainText(int statusCode, string message) => new(statusCode, message, null);

    /// <summary>Writes the answer.</summary>
    public Task ExecuteAsync(HttpContext httpContext) =>
        ErrorCode is null
            ? ScoringResponses.WritePlainTextAsync(httpContext, StatusCode, Message)
            : ScoringResponses.WriteErrorAsync(httpContext, StatusCode, ErrorCode, Message);
}
