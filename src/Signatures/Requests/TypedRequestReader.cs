using System.ComponentModel;
using Signatures.Enforcement;

namespace Signatures.Requests;

/// <summary>
/// For generated code: what the typed readers of column-based and tensor-based inputs share: the dynamic enforcer they
/// fall back on (one per signature, another only for non-default limits), the params turned into a typed record, and
/// the accepted or rejected <see cref="ModelRequest{TInput}"/>. An instance is immutable and can be shared between threads.
/// </summary>
/// <typeparam name="TInput">The typed input: rows, or the tensors contract.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class TypedRequestReader<TInput>
{
    private readonly RequestDocument<TInput> document;

    private protected TypedRequestReader(ModelSignature signature, RequestDocument<TInput> document)
    {
        Signature = signature;
        Enforcer = new RequestEnforcer(signature);
        this.document = document;
    }

    /// <summary>The signature requests are read against.</summary>
    public ModelSignature Signature { get; }

    private protected RequestEnforcer Enforcer { get; }

    /// <summary>Reads a request for a signature without params.</summary>
    /// <param name="body">The body as sent (UTF-8).</param>
    /// <param name="contentType">The <c>Content-Type</c> header; <see langword="null"/> means <c>application/json</c>.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EnforcementOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> has a limit out of range (<see cref="EnforcementOptions.Validate"/>).</exception>
    public ModelRequest<TInput> Read(ReadOnlySpan<byte> body, string? contentType, EnforcementOptions? options)
    {
        InputOutcome<TInput> outcome = ReadInput(body, contentType, Effective(options));
        return outcome.Rejection is not null
            ? ModelRequest<TInput>.Reject(outcome.Rejection)
            : ModelRequest<TInput>.Accept(outcome.Input, outcome.Present, outcome.Params, outcome.Warnings!, document, outcome.Presence);
    }

    /// <summary>Reads a request for a signature with params into the typed input and a typed params record.</summary>
    /// <typeparam name="TParams">The params contract.</typeparam>
    /// <typeparam name="TParamsBinding">The generated binding of its members to the declared params.</typeparam>
    /// <param name="body">The body as sent (UTF-8).</param>
    /// <param name="contentType">The <c>Content-Type</c> header; <see langword="null"/> means <c>application/json</c>.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EnforcementOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> has a limit out of range (<see cref="EnforcementOptions.Validate"/>).</exception>
    public ModelRequest<TInput, TParams> Read<TParams, TParamsBinding>(ReadOnlySpan<byte> body, string? contentType, EnforcementOptions? options)
        where TParamsBinding : struct, IContractBinding<TParams>
    {
        EnforcementOptions effective = Effective(options);
        InputOutcome<TInput> outcome = ReadInput(body, contentType, effective);
        if (outcome.Rejection is not null) return ModelRequest<TInput, TParams>.Reject(outcome.Rejection);
        PropertyPresence? presence = outcome.Presence;
        if (!TypedParams.TryBuild<TParams, TParamsBinding>(outcome.Params, effective, ref presence, out TParams parameters, out RequestRejection? rejection))
        {
            return ModelRequest<TInput, TParams>.Reject(rejection!);
        }
        return ModelRequest<TInput, TParams>.Accept(outcome.Input, outcome.Present, parameters, outcome.Params, outcome.Warnings!, document,
            ParamsDocuments<TParams, TParamsBinding>.Instance, presence);
    }

    /// <summary>Reads a request for a signature without params from <paramref name="body"/> to its end (see
    /// <see cref="RequestBody"/>: the body is copied at most once); a body over the limit is rejected at the parse stage.</summary>
    /// <param name="body">The body's reader (an ASP.NET Core request's <c>BodyReader</c>, say); left open.</param>
    /// <param name="contentType">The <c>Content-Type</c> header; <see langword="null"/> means <c>application/json</c>.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EnforcementOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops waiting for the body.</param>
    public async ValueTask<ModelRequest<TInput>> ReadAsync(System.IO.Pipelines.PipeReader body, string? contentType, EnforcementOptions? options,
        CancellationToken cancellationToken = default)
    {
        EnforcementOptions effective = Effective(options);
        using RequestBody read = await RequestBody.ReadAsync(body, effective.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        return Read(read, contentType, effective);
    }

    /// <summary>Reads a request for a signature without params from <paramref name="body"/> to its end (left open); see
    /// <see cref="ReadAsync(System.IO.Pipelines.PipeReader, string?, EnforcementOptions?, CancellationToken)"/>.</summary>
    public async ValueTask<ModelRequest<TInput>> ReadAsync(Stream body, string? contentType, EnforcementOptions? options,
        CancellationToken cancellationToken = default)
    {
        EnforcementOptions effective = Effective(options);
        using RequestBody read = await RequestBody.ReadAsync(body, effective.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        return Read(read, contentType, effective);
    }

    /// <summary>Reads a request for a signature with params from <paramref name="body"/> to its end (see
    /// <see cref="ReadAsync(System.IO.Pipelines.PipeReader, string?, EnforcementOptions?, CancellationToken)"/>).</summary>
    /// <typeparam name="TParams">The params contract.</typeparam>
    /// <typeparam name="TParamsBinding">The generated binding of its members to the declared params.</typeparam>
    /// <param name="body">The body's reader; left open.</param>
    /// <param name="contentType">The <c>Content-Type</c> header; <see langword="null"/> means <c>application/json</c>.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EnforcementOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops waiting for the body.</param>
    public async ValueTask<ModelRequest<TInput, TParams>> ReadAsync<TParams, TParamsBinding>(System.IO.Pipelines.PipeReader body, string? contentType,
        EnforcementOptions? options, CancellationToken cancellationToken = default)
        where TParamsBinding : struct, IContractBinding<TParams>
    {
        EnforcementOptions effective = Effective(options);
        using RequestBody read = await RequestBody.ReadAsync(body, effective.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        return Read<TParams, TParamsBinding>(read, contentType, effective);
    }

    /// <summary>Reads a request for a signature with params from <paramref name="body"/> to its end (left open); see
    /// <see cref="ReadAsync{TParams, TParamsBinding}(System.IO.Pipelines.PipeReader, string?, EnforcementOptions?, CancellationToken)"/>.</summary>
    public async ValueTask<ModelRequest<TInput, TParams>> ReadAsync<TParams, TParamsBinding>(Stream body, string? contentType,
        EnforcementOptions? options, CancellationToken cancellationToken = default)
        where TParamsBinding : struct, IContractBinding<TParams>
    {
        EnforcementOptions effective = Effective(options);
        using RequestBody read = await RequestBody.ReadAsync(body, effective.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        return Read<TParams, TParamsBinding>(read, contentType, effective);
    }

    private ModelRequest<TInput> Read(RequestBody body, string? contentType, EnforcementOptions options) =>
        body.IsTooLarge ? ModelRequest<TInput>.Reject(RequestBody.TooLargeRejection(options.MaxBodyBytes)) : Read(body.Span, contentType, options);

    private ModelRequest<TInput, TParams> Read<TParams, TParamsBinding>(RequestBody body, string? contentType, EnforcementOptions options)
        where TParamsBinding : struct, IContractBinding<TParams> =>
        body.IsTooLarge
            ? ModelRequest<TInput, TParams>.Reject(RequestBody.TooLargeRejection(options.MaxBodyBytes))
            : Read<TParams, TParamsBinding>(body.Span, contentType, options);

    /// <summary>Reads the input (and resolves the params) of one request.</summary>
    private protected abstract InputOutcome<TInput> ReadInput(ReadOnlySpan<byte> body, string? contentType, EnforcementOptions options);

    /// <summary>The dynamic enforcer's result for the body (the shared one for the default limits).</summary>
    private protected EnforcementResult Enforce(ReadOnlySpan<byte> body, string? contentType, EnforcementOptions options) =>
        (ReferenceEquals(options, Enforcer.Options) ? Enforcer : new RequestEnforcer(Signature, options)).Enforce(body, contentType);

    // Options are checked here, at the call, like the enforcer's constructor does: a limit out of range would otherwise
    // fail later, inside reading (a negative element limit, no room for problems, a depth no stack holds).
    private EnforcementOptions Effective(EnforcementOptions? options)
    {
        if (options is null || ReferenceEquals(options, Enforcer.Options)) return Enforcer.Options;
        options.Validate();
        return options.Equals(Enforcer.Options) ? Enforcer.Options : options;
    }
}

/// <summary>What reading the input of one request gave: the typed input with the resolved params and warnings, or a rejection.</summary>
internal struct InputOutcome<TInput>
{
    public TInput Input;
    public bool[]? Present;
    public IReadOnlyList<ResolvedParam>? Params;
    public IReadOnlyList<string>? Warnings;
    public RequestRejection? Rejection;
    public PropertyPresence? Presence;

    public static InputOutcome<TInput> Rejected(RequestRejection rejection) => new() { Input = default!, Rejection = rejection };
}

/// <summary>One params document writer per params contract.</summary>
internal static class ParamsDocuments<TParams, TBinding>
    where TBinding : struct, IContractBinding<TParams>
{
    public static readonly TypedParamsDocument<TParams, TBinding> Instance = new();
}
