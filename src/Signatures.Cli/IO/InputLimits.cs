using Signatures.Enforcement;

namespace Signatures.Cli.IO;

/// <summary>
/// How much the CLI reads from one file or from standard input before it refuses: every read is bounded before it is
/// buffered, so a huge or endless input (<c>/dev/zero</c>) ends quickly with a clear message.
/// </summary>
public static class InputLimits
{
    /// <summary>Largest signature file (JSON or MLmodel) the CLI reads: the runtime's own limit
    /// (<see cref="SignatureReadOptions.DefaultMaxLength"/>). That limit counts characters; a UTF-8 file has at least as
    /// many bytes as characters, and real signatures are ASCII, so the two agree where it matters.</summary>
    public const int MaxSignatureBytes = SignatureReadOptions.DefaultMaxLength;

    /// <summary>Largest request body: the enforcer's own default (<see cref="EnforcementOptions.MaxBodyBytes"/>), so a
    /// body the enforcer would refuse is never read whole.</summary>
    public static int MaxPayloadBytes { get; } = new EnforcementOptions().MaxBodyBytes;

    /// <summary>Largest example description (<c>signatures example</c>): it becomes a serving request, so the payload
    /// limit.</summary>
    public static int MaxExampleBytes => MaxPayloadBytes;

    /// <summary>Longest <c>--batch</c> line in characters: a signature and a payload.</summary>
    public static int MaxBatchLineChars => MaxPayloadBytes + MaxSignatureBytes;
}
