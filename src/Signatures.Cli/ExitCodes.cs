namespace Signatures.Cli;

/// <summary>The exit codes of the <c>signatures</c> command (README, "The signatures command").</summary>
public static class ExitCodes
{
    /// <summary>Done (a request accepted, files written).</summary>
    public const int Ok = 0;

    /// <summary>An invalid signature, a rejected request or a refused example.</summary>
    public const int Invalid = 1;

    /// <summary>Wrong usage: bad arguments, a missing or unreadable file, a directory where a file is expected.</summary>
    public const int Usage = 2;

    /// <summary>Reading or writing failed after it started: standard input closed or unreadable, standard output closed
    /// or full, an output file that cannot be written.</summary>
    public const int InputOutput = 3;
}
