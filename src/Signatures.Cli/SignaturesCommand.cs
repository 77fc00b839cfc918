using System.CommandLine;

namespace Signatures.Cli;

/// <summary>How a command words wrong usage on standard error.</summary>
public enum UsageStyle
{
    /// <summary>One line, <c>signatures: &lt;command&gt;: &lt;problem&gt; (run ...)</c> (<c>format</c>, <c>show</c>).</summary>
    OneLine,

    /// <summary><c>signatures &lt;command&gt;: &lt;problem&gt;</c> and a line pointing to the command's help.</summary>
    NamedWithHelpLine,
}

/// <summary>A <c>signatures</c> subcommand: a <see cref="Command"/> with the text its <c>--help</c> shows after the options
/// and the way it words wrong usage. Each command is one file under <c>Commands/</c> that declares its options and its
/// action and returns one of these.</summary>
public sealed class SignaturesCommand(string name, string description, UsageStyle usageStyle, string details = "") : Command(name, description)
{
    /// <summary>How the command words wrong usage.</summary>
    public UsageStyle UsageStyle { get; } = usageStyle;

    /// <summary>What <c>--help</c> shows after the generated options list (formats, exit codes); may be empty.</summary>
    public string Details { get; } = details;
}
