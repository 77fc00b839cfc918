namespace Signatures.Enforcement;

/// <summary>Unwinds the enforcer when a request is refused at a point where reading cannot go on
/// (bad syntax, a broken envelope, a limit). Never escapes <see cref="RequestEnforcer"/>.</summary>
internal sealed class RequestRejectedException(RejectionStage stage, string message, bool isMalformed = false, bool isSchemaMismatch = false) : Exception(message)
{
    public RejectionStage Stage { get; } = stage;

    /// <summary>See <see cref="RequestRejection.IsSchemaMismatch"/>.</summary>
    public bool IsSchemaMismatch { get; } = isSchemaMismatch;

    /// <summary>Whether the body is malformed whatever it means (bad syntax, a repeated key, too deep), as opposed to
    /// a structure that is wrong for the way the body was being interpreted.</summary>
    public bool IsMalformed { get; } = isMalformed;
}
