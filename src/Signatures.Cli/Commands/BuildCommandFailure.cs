using Signatures.Models;

namespace Signatures.Cli.Commands;

/// <summary>
/// How the build-time commands (<c>emit</c>, <c>set-signature</c>, <c>infer</c>, <c>example --model-dir</c>) report a
/// failed operation: MSBuild's canonical error line <c>PATH : error SIGBxxx: problem</c> on stderr (so the build shows
/// it as an error with its code and file), exit code 1. Wrong usage stays exit code 2; nothing escapes as a crash.
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
            return 1;
        }
        catch (Exception e) when (e is not (UsageException or OutOfMemoryException))
        {
            stderr.WriteLine(CommandLine.OneLine($"signatures : error {BuildErrorCodes.Internal}: signatures {command} failed unexpectedly ({e.GetType().Name}: {e.Message}); please report it"));
            return 1;
        }
    });

    /// <summary>Reads <c>--name value</c> options; flags in <paramref name="flags"/> take no value.</summary>
    /// <exception cref="UsageException">An unknown option, or one without its value.</exception>
    public static (Dictionary<string, string> Options, List<string> Positionals, HashSet<string> Flags) Parse(string[] args, string[] options, string[]? flags = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (flags is not null && flags.Contains(arg)) set.Add(arg);
            else if (options.Contains(arg))
            {
                if (i + 1 >= args.Length) throw new UsageException($"{arg} needs a value.");
                values[arg] = args[++i];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"unknown option '{arg}'.");
            else positionals.Add(arg);
        }
        return (values, positionals, set);
    }
}
