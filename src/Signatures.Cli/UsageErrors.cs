using System.CommandLine;
using System.CommandLine.Parsing;

namespace Signatures.Cli;

/// <summary>Words what System.CommandLine found wrong with the command line, one problem per message, with a
/// "did you mean" hint for a mistyped command or option.</summary>
public static class UsageErrors
{
    /// <summary>The message for the first problem of <paramref name="result"/> (which has errors).</summary>
    public static string Describe(ParseResult result)
    {
        Command command = result.CommandResult.Command;
        if (result.UnmatchedTokens.Count > 0) return Unmatched(result.UnmatchedTokens[0], command);
        foreach (ParseError error in result.Errors)
        {
            if (error.SymbolResult is OptionResult option)
            {
                if (option.IdentifierTokenCount > 1) return $"{option.Option.Name} given twice.";
                if (option.Tokens.Count == 0 && option.Option.Arity.MinimumNumberOfValues > 0) return $"{option.Option.Name} needs a value.";
            }
        }
        if (command is RootCommand) return "a command is required.";
        return result.Errors[0].Message;
    }

    /// <summary>The message for a token no command, option or argument took.</summary>
    public static string Unmatched(string token, Command command)
    {
        if (token.StartsWith('-') && token != "-") return UnknownOption(token, command);
        if (command is RootCommand) return $"unknown command '{token}'" + Hint(token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)) + ".";
        return $"unexpected argument '{token}'.";
    }

    /// <summary>The message for an option <paramref name="command"/> does not have.</summary>
    public static string UnknownOption(string token, Command command)
    {
        string name = token.Split('=', 2)[0];
        return $"unknown option '{token}'" + Hint(name, OptionNames(command)) + ".";
    }

    private static IEnumerable<string> OptionNames(Command command)
    {
        IEnumerable<Option> options = command.Options;
        for (Command? parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options = options.Concat(parent.Options.Where(o => o.Recursive));
        }
        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
    }

    private static string Hint(string typed, IEnumerable<string> candidates) =>
        Suggestions.Closest(typed, candidates) is string suggestion ? $" (did you mean '{suggestion}'?)" : "";
}
