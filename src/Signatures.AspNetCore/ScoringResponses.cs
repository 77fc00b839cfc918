using System.Text;
using Microsoft.AspNetCore.Http;
using Signatures.Enforcement;
using Signatures.Formats;

namespace Signatures.AspNetCore;

/// <summary>The answers of the scoring routes other than predictions, in MLflow's forms: the error body
/// <c>{"error_code": ..., "message": ...}</c> (written as Python's <c>json.dumps</c> writes it), the plain-text 415,
/// and the <c>"\n"</c> of <c>/ping</c> and <c>/health</c>.</summary>
internal static class ScoringResponses
{
    public const string Json = "application/json";
    private const string PlainText = "text/plain; charset=utf-8";
    private static readonly byte[] Newline = "\n"u8.ToArray();

    /// <summary>Why <paramref name="contentType"/> cannot be served (MLflow's 415), or <see langword="null"/>.</summary>
    public static string? ContentTypeProblem(string contentType)
    {
        try
        {
            ContentTypeParser.Parse(contentType);
            return null;
        }
        catch (RequestRejectedException refused)
        {
            return refused.Message;
        }
    }

    public static Task WriteErrorAsync(HttpContext http, int status, string errorCode, string message)
    {
        string body = "{\"error_code\": " + PythonJsonText.QuoteString(errorCode) + ", \"message\": " + PythonJsonText.QuoteString(message) + "}";
        return WriteAsync(http, status, Json, Encoding.UTF8.GetBytes(body));
    }

    public static Task WritePlainTextAsync(HttpContext http, int status, string text) =>
        WriteAsync(http, status, PlainText, Encoding.UTF8.GetBytes(text));

    public static Task WriteNewlineAsync(HttpContext http) => WriteAsync(http, StatusCodes.Status200OK, Json, Newline);

    public static Task WriteVersionAsync(HttpContext http, byte[] version) => WriteAsync(http, StatusCodes.Status200OK, Json, version);

    private static Task WriteAsync(HttpContext http, int status, string contentType, byte[] body)
    {
        HttpResponse response = http.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, http.RequestAborted).AsTask();
    }
}
