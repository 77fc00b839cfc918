using Signatures.Enforcement;

namespace Signatures.Requests;

/// <summary>
/// A serving request read by a signature's generated <c>ReadRequest</c>: the typed input (rows of the input contract,
/// values of an unnamed column, or the tensors contract) and warnings, or a <see cref="RequestRejection"/> with the stage
/// and a message. <see cref="ToNormalizedJson"/> prints the normalized-request document, identical to what
/// <see cref="RequestEnforcer"/> prints for the same signature and body.
/// </summary>
/// <typeparam name="TInput">The typed input.</typeparam>
public class ModelRequest<TInput>
{
    private readonly TInput input;
    private readonly RequestDocument<TInput>? document;
    private protected readonly IReadOnlyList<ResolvedParam>? resolvedParams;
    private protected readonly PropertyPresence? presence;

    private protected ModelRequest(TInput input, bool[]? present, IReadOnlyList<ResolvedParam>? resolvedParams, IReadOnlyList<string> warnings,
        RequestDocument<TInput> document, PropertyPresence? presence)
    {
        this.input = input;
        this.presence = presence;
        Present = present;
        this.resolvedParams = resolvedParams;
        Warnings = warnings;
        this.document = document;
    }

    private protected ModelRequest(RequestRejection rejection)
    {
        input = default!;
        Rejection = rejection;
        Warnings = [];
    }

    internal static ModelRequest<TInput> Accept(TInput input, bool[]? present, IReadOnlyList<ResolvedParam>? resolvedParams, IReadOnlyList<string> warnings,
        RequestDocument<TInput> document, PropertyPresence? presence) =>
        new(input, present, resolvedParams, warnings, document, presence);

    internal static ModelRequest<TInput> Reject(RequestRejection rejection) => new(rejection);

    /// <summary>Whether the request was accepted.</summary>
    public bool IsAccepted => Rejection is null;

    /// <summary>The typed input.</summary>
    /// <exception cref="InvalidOperationException">The request was rejected (see <see cref="Rejection"/>).</exception>
    public TInput Input => Rejection is null ? input : throw Rejected();

    /// <summary>Notes about what was ignored (extra columns, undeclared params); empty when rejected.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Why the request was refused, or <see langword="null"/> when it was accepted.</summary>
    public RequestRejection? Rejection { get; }

    /// <summary>Which schema columns the request had (by schema position); <see langword="null"/> when it had all of them.
    /// A missing optional column reads as <see langword="null"/> members and is left out of the document.</summary>
    internal bool[]? Present { get; }

    /// <summary>The normalized-request document on one line (what <c>signatures validate</c> prints).</summary>
    public string ToNormalizedJson()
    {
        if (Rejection is not null) return Rejection.ToJson();
        return new NormalizedRequest(document!.ToNormalized(input, Present, presence), ParamsForDocument(), Warnings).ToJson();
    }

    /// <inheritdoc/>
    public override string ToString() => ToNormalizedJson();

    private protected virtual IReadOnlyList<ResolvedParam>? ParamsForDocument() => resolvedParams;

    private protected InvalidOperationException Rejected() =>
        new($"The request was rejected at the {Rejection!.Stage.ToDocumentName()} stage, so it has no input or params: {Rejection.Message}");
}

/// <summary>A <see cref="ModelRequest{TInput}"/> of a signature with params: adds the typed params record, every declared
/// param resolved (defaults applied, an explicit <c>null</c> taking the default).</summary>
/// <typeparam name="TInput">The typed input.</typeparam>
/// <typeparam name="TParams">The params contract.</typeparam>
public sealed class ModelRequest<TInput, TParams> : ModelRequest<TInput>
{
    private readonly TParams parameters;
    private readonly ParamsDocument<TParams>? paramsDocument;

    private ModelRequest(TInput input, bool[]? present, TParams parameters, IReadOnlyList<ResolvedParam>? resolvedParams, IReadOnlyList<string> warnings,
        RequestDocument<TInput> document, ParamsDocument<TParams> paramsDocument, PropertyPresence? presence)
        : base(input, present, resolvedParams, warnings, document, presence)
    {
        this.parameters = parameters;
        this.paramsDocument = paramsDocument;
    }

    private ModelRequest(RequestRejection rejection) : base(rejection) => parameters = default!;

    internal static ModelRequest<TInput, TParams> Accept(TInput input, bool[]? present, TParams parameters, IReadOnlyList<ResolvedParam>? resolvedParams,
        IReadOnlyList<string> warnings, RequestDocument<TInput> document, ParamsDocument<TParams> paramsDocument, PropertyPresence? presence) =>
        new(input, present, parameters, resolvedParams, warnings, document, paramsDocument, presence);

    internal static new ModelRequest<TInput, TParams> Reject(RequestRejection rejection) => new(rejection);

    /// <summary>The typed params: every declared param, defaults applied.</summary>
    /// <exception cref="InvalidOperationException">The request was rejected (see <see cref="ModelRequest{TInput}.Rejection"/>).</exception>
    public TParams Params => Rejection is null ? parameters : throw Rejected();

    private protected override IReadOnlyList<ResolvedParam>? ParamsForDocument() =>
        resolvedParams is null ? null : paramsDocument!.ToResolved(parameters, resolvedParams, presence);
}
