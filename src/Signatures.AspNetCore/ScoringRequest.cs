using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Signatures.Enforcement;
using Signatures.Requests;

namespace Signatures.AspNetCore;

/// <summary>
/// A scoring request as a Minimal API handler parameter, for a route of your own: the body read with the signature's
/// generated reader (registered with <see cref="ScoringServiceCollectionExtensions.AddScoringRequest{TInput}"/>) and the
/// same checks as <c>/invocations</c> (content type, body limit, the signature's rules). When it was refused,
/// <see cref="Error"/> is MLflow's answer, ready to return:
/// <code>app.MapPost("/score", (ScoringRequest&lt;IrisFeatures[]&gt; request) =&gt;
///     request.Error ?? Results.Ok(model.Predict(request.Input)));</code>
/// </summary>
/// <typeparam name="TInput">The typed input.</typeparam>
public sealed class ScoringRequest<TInput>
{
    private ScoringRequest(ModelRequest<TInput>? request, ScoringError? error)
    {
        Request = request;
        Error = error;
    }

    /// <summary>What the signature's reader made of the body, or <see langword="null"/> when the request was refused
    /// before (content type, size).</summary>
    public ModelRequest<TInput>? Request { get; }

    /// <summary>MLflow's answer for a refused request, or <see langword="null"/> when it was accepted.</summary>
    public ScoringError? Error { get; }

    /// <summary>Whether the request was accepted.</summary>
    public bool IsAccepted => Error is null;

    /// <summary>The typed input.</summary>
    /// <exception cref="InvalidOperationException">The request was refused (see <see cref="Error"/>).</exception>
    public TInput Input => Error is null ? Request!.Input : throw Refused(Error);

    /// <summary>Reads the parameter from the request (called by Minimal APIs).</summary>
    /// <exception cref="InvalidOperationException">No reader for <typeparamref name="TInput"/> was registered.</exception>
    public static async ValueTask<ScoringRequest<TInput>?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ScoringRequestReader<TInput> reader = ScoringRequestReader.Find<ScoringRequestReader<TInput>>(context, typeof(ScoringRequest<TInput>));
        (RequestBody? body, ScoringError? error) = await ScoringBody.ReadAsync(context, reader.Options.MaxBodyBytes).ConfigureAwait(false);
        if (error is not null) return new ScoringRequest<TInput>(null, error);
        using (body)
        {
            ModelRequest<TInput> request = reader.Read(body!.Span, context.Request.ContentType, reader.Options);
            return new ScoringRequest<TInput>(request, request.Rejection is { } rejection ? ScoringError.Rejected(rejection) : null);
        }
    }

    internal static InvalidOperationException Refused(ScoringError error) => new($"The request was refused ({error.StatusCode}): {error.Message}");
}

/// <summary>A <see cref="ScoringRequest{TInput}"/> of a signature with params (registered with
/// <see cref="ScoringServiceCollectionExtensions.AddScoringRequest{TInput, TParams}"/>): adds the typed params.</summary>
/// <typeparam name="TInput">The typed input.</typeparam>
/// <typeparam name="TParams">The params contract.</typeparam>
public sealed class ScoringRequest<TInput, TParams>
{
    private ScoringRequest(ModelRequest<TInput, TParams>? request, ScoringError? error)
    {
        Request = request;
        Error = error;
    }

    /// <summary>What the signature's reader made of the body, or <see langword="null"/> when the request was refused before.</summary>
    public ModelRequest<TInput, TParams>? Request { get; }

    /// <summary>MLflow's answer for a refused request, or <see langword="null"/> when it was accepted.</summary>
    public ScoringError? Error { get; }

    /// <summary>Whether the request was accepted.</summary>
    public bool IsAccepted => Error is null;

    /// <summary>The typed input.</summary>
    /// <exception cref="InvalidOperationException">The request was refused.</exception>
    public TInput Input => Error is null ? Request!.Input : throw ScoringRequest<TInput>.Refused(Error);

    /// <summary>The typed params, every declared param resolved.</summary>
    /// <exception cref="InvalidOperationException">The request was refused.</exception>
    public TParams Params => Error is null ? Request!.Params : throw ScoringRequest<TInput>.Refused(Error);

    /// <summary>Reads the parameter from the request (called by Minimal APIs).</summary>
    /// <exception cref="InvalidOperationException">No reader for this input and params was registered.</exception>
    public static async ValueTask<ScoringRequest<TInput, TParams>?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ScoringRequestReader<TInput, TParams> reader = ScoringRequestReader.Find<ScoringRequestReader<TInput, TParams>>(context, typeof(ScoringRequest<TInput, TParams>));
        (RequestBody? body, ScoringError? error) = await ScoringBody.ReadAsync(context, reader.Options.MaxBodyBytes).ConfigureAwait(false);
        if (error is not null) return new ScoringRequest<TInput, TParams>(null, error);
        using (body)
        {
            ModelRequest<TInput, TParams> request = reader.Read(body!.Span, context.Request.ContentType, reader.Options);
            return new ScoringRequest<TInput, TParams>(request, request.Rejection is { } rejection ? ScoringError.Rejected(rejection) : null);
        }
    }
}

/// <summary>The registered reader of a <see cref="ScoringRequest{TInput}"/>.</summary>
internal sealed record ScoringRequestReader<TInput>(ModelRequestReader<TInput> Read, EnforcementOptions Options);

/// <summary>The registered reader of a <see cref="ScoringRequest{TInput, TParams}"/>.</summary>
internal sealed record ScoringRequestReader<TInput, TParams>(ModelRequestReader<TInput, TParams> Read, EnforcementOptions Options);

internal static class ScoringRequestReader
{
    public static T Find<T>(HttpContext context, Type parameter) where T : class =>
        context.RequestServices.GetService<T>() ?? throw new InvalidOperationException(
            $"No reader is registered for {parameter.Name} parameters: call services.AddScoringRequest(YourSignature.ReadRequest) at startup.");
}
