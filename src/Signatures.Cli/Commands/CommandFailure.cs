namespace Signatures.Cli.Commands;

/// <summary>
/// How the commands that word their own failures (<c>validate</c>, <c>example</c>) report wrong usage and unexpected
/// errors: one line on stderr naming the command, a pointer to its help, exit code 2.
/// </summary>
internal static class CommandFailure
{
    /// <summary>Reports wrong usage of <c>signatures <paramref name="command"/></c>; returns exit code 2.</summary>
    public static int Usage(TextWriter stderr, string command, string message)
    {
        stderr.WriteLine($"signatures {command}: " + CommandLine.OneLine(message));
        stderr.WriteLine($"run 'signatures {command} --help' for usage.");
        return 2;
    }

    /// <summary>Runs a command's work and returns its exit code; a <see cref="UsageException"/> it throws is reported as
    /// wrong usage, an input/output failure is left to <see cref="CommandLine.Run(string[], IO.StandardInput, TextWriter, TextWriter)"/>
    /// (exit code 3), any other exception (bar running out of memory) is an internal error, so no stack trace escapes.</summary>
    public static int Guard(TextWriter stderr, string command, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (UsageException e)
        {
            return Usage(stderr, command, e.Message);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or IOException or UnauthorizedAccessException))
        {
            return Usage(stderr, command, $"internal error ({e.GetType().Name}: {e.Message}); please report it.");
        }
    }
}
