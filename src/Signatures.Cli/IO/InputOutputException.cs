namespace Signatures.Cli.IO;

/// <summary>Reading standard input or writing an output failed (exit code <see cref="ExitCodes.InputOutput"/>); the
/// message is the one line shown to the user.</summary>
public sealed class InputOutputException(string message, Exception? inner = null) : IOException(message, inner)
{
    /// <summary>The system's reason for <paramref name="e"/>, worded for a person (a closed descriptor surfaces in .NET
    /// as "access denied").</summary>
    internal static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "it is closed or not open for this direction",
        _ => e.Message,
    };
}
