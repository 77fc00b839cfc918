using Signatures.Cli.IO;
using Signatures.Models;

namespace Signatures.Cli.Commands;

/// <summary>
/// How the build-time commands (<c>emit</c>, <c>set-signature</c>, <c>infer</c>) report a failed operation: MSBuild's
/// canonical error line <c>PATH : error SIGBxxx: problem</c> on stderr (so the build shows it as an error with its code
/// and file), exit code 1. Wrong usage stays exit code 2, a closed or full standard output exit code 3; nothing
/// escapes as a crash.
/// </summary>
internal static class BuildCommandFailure
{
    /// <summary>Runs the work; a <see cref="ModelDirectoryException"/> becomes its canonical error line, anything
    /// unexpected a SIGB009 line.</summary>
    public static int Guard(TextWriter stderr, string command, Func<int> work) => CommandFailure.Guard(stderr, command, () =>
    {
        try
        {
            return work();
        }
        catch (ModelDirectoryException e)
        {
            stderr.WriteLine(CommandLine.OneLine(e.ToMSBuildError()));
            return ExitCodes.Invalid;
        }
        catch (Exception e) when (e is not (UsageException or InputOutputException or OutOfMemoryException))
        {
            stderr.WriteLine(CommandLine.OneLine($"signatures : error {BuildErrorCodes.Internal}: signatures {command} failed unexpectedly ({e.GetType().Name}: {e.Message}); please report it"));
            return ExitCodes.Invalid;
        }
    });
}
