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
        // A mistyped command first: the options after it belong to the command the user meant.
        if (command is RootCommand && result.UnmatchedTokens.Count > 0 && !result.UnmatchedTokens[0].StartsWith('-')) return Unmatched(result.UnmatchedTokens[0], command);
        // Then an unknown option: it explains the stray value after it (and lands in a command's argument otherwise).
        if (result.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-') && t != "-") is string option) return UnknownOption(option, command);
        if (result.Errors.FirstOrDefault(e => e.SymbolResult is ArgumentResult) is ParseError argument) return argument.Message;
        if (result.UnmatchedTokens.Count > 0) return Unmatched(result.UnmatchedTokens[0], command);
        foreach (ParseError error in result.Errors)
        {
            if (error.SymbolResult is OptionResult given)
            {
                if (given.IdentifierTokenCount > 1) return $"{given.Option.Name} given twice.";
                if (given.Tokens.Count == 0 && given.Option.Arity.MinimumNumberOfValues > 0) return $"{given.Option.Name} needs a value.";
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

    /// <summary>Makes an option <paramref name="command"/> does not have, which System.CommandLine takes as the value of
    /// <paramref name="argument"/>, a usage error that says so (<see cref="UnknownOption"/>). <paramref name="dashIsStandardInput"/>:
    /// a lone <c>-</c> is the argument's value (standard input), not an option.</summary>
    public static void ReportOptionsTakenAsValue(Argument<string?> argument, Command command, bool dashIsStandardInput) =>
        argument.Validators.Add(result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && value.StartsWith('-') && !(dashIsStandardInput && value == "-"))
            {
                result.AddError(UnknownOption(value, command));
            }
        });

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
