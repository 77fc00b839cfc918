namespace Signatures;

/// <summary>One difference between a contract's signature and a model's (<see cref="SignatureComparison"/>).</summary>
/// <param name="Id">The SIG04xx diagnostic id the analyzers report for the same difference at build time
/// (<c>SIG0408</c>: a tensor's dtype differs); see docs/diagnostics.</param>
/// <param name="Part"><c>inputs</c>, <c>outputs</c> or <c>params</c>.</param>
/// <param name="Name">The column, tensor or param that differs, or <see langword="null"/> for a whole part.</param>
/// <param name="Message">What differs, in words.</param>
public sealed record SignatureDifference(string Id, string Part, string? Name, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Message}";
}
