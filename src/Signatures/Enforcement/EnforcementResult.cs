namespace Signatures.Enforcement;

/// <summary>
/// What the enforcer made of a request: a <see cref="NormalizedRequest"/> when it is accepted, a
/// <see cref="RequestRejection"/> when it is refused. <see cref="ToJson"/> prints the normalized-request document
/// (what <c>signatures validate</c> prints).
/// </summary>
public abstract class EnforcementResult
{
    private protected EnforcementResult() { }

    /// <summary>Whether the request was accepted.</summary>
    public abstract bool IsAccepted { get; }

    /// <summary>The accepted request, or <see langword="null"/>.</summary>
    public NormalizedRequest? Request => this as NormalizedRequest;

    /// <summary>The rejection, or <see langword="null"/>.</summary>
    public RequestRejection? Rejection => this as RequestRejection;

    /// <summary>The normalized-request document on one line: <c>{"ok": true, "input": ..., "params": ..., "warnings": [...]}</c>
    /// or <c>{"ok": false, "stage": "...", "error": "..."}</c>.</summary>
    public abstract string ToJson();

    /// <inheritdoc/>
    public override string ToString() => ToJson();
}

/// <summary>An accepted request: typed input, every declared param resolved, and warnings about what was dropped.</summary>
public sealed class NormalizedRequest : EnforcementResult
{
    internal NormalizedRequest(NormalizedInput input, IReadOnlyList<ResolvedParam>? parameters, IReadOnlyList<string> warnings)
    {
        Input = input;
        Params = parameters;
        Warnings = warnings;
    }

    /// <inheritdoc/>
    public override bool IsAccepted => true;

    /// <summary>The typed input.</summary>
    public NormalizedInput Input { get; }

    /// <summary>Every declared param in schema order, or <see langword="null"/> when the signature has no params schema.</summary>
    public IReadOnlyList<ResolvedParam>? Params { get; }

    /// <summary>The resolved param called <paramref name="name"/>, or <see langword="null"/>.</summary>
    public ResolvedParam? FindParam(string name) => Params?.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>Human-readable notes about what was ignored (extra columns, undeclared params).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <inheritdoc/>
    public override string ToJson() => NormalizedRequestWriter.Write(this);
}

/// <summary>A refused request: the stage that refused it and a message naming what was wrong.</summary>
public sealed class RequestRejection : EnforcementResult
{
    /// <summary>Creates a rejection.</summary>
    /// <param name="stage">Where the request was refused.</param>
    /// <param name="message">What was wrong.</param>
    /// <param name="isSchemaMismatch">See <see cref="IsSchemaMismatch"/>.</param>
    public RequestRejection(RejectionStage stage, string message, bool isSchemaMismatch = false)
    {
        Stage = stage;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        IsSchemaMismatch = isSchemaMismatch;
    }

    /// <summary>Whether the request was refused because its columns or tensors do not line up with the signature's (a
    /// missing column or tensor, a tensor of the wrong shape, columns of different lengths), as opposed to a body that
    /// cannot be read or a value that cannot be converted. MLflow's scoring server tells the two apart: the first fails
    /// its schema enforcement (<c>INVALID_PARAMETER_VALUE</c>), the second its parser (<c>BAD_REQUEST</c>).</summary>
    public bool IsSchemaMismatch { get; }

    /// <inheritdoc/>
    public override bool IsAccepted => false;

    /// <summary>Where the request was refused.</summary>
    public RejectionStage Stage { get; }

    /// <summary>What was wrong: names the column, param or tensor, what was expected and what arrived.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToJson() => NormalizedRequestWriter.Write(this);
}
