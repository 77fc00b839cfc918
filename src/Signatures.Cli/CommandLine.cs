namespace Signatures.Cli;

/// <summary>Dispatches <c>signatures &lt;command&gt;</c> to the command classes; every command returns its exit code.</summary>
public static class CommandLine
{
    /// <summary>Runs the command line; never throws.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        if (args[0] == "validate") return Commands.ValidateCommand.Run(args[1..], stdin, stdout, stderr);
        if (args[0] == "example") return Commands.ExampleCommand.Run(args[1..], stdin, stdout, stderr);
        stderr.WriteLine($"signatures: unknown command '{args[0]}'.");
        stderr.WriteLine(Usage);
        return 2;
    }

    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: signatures <command> [options]

        commands:
          format   --signature FILE [--yaml] | --batch   print a signature exactly as MLflow writes it
          validate --signature FILE --payload FILE|- [--content-type TYPE] | --batch
                                                        enforce a serving request, print the normalized request
          example  --example FILE|- [--output-dir DIR] [--signature FILE]
                                                        write MLflow's input_example.json and serving_input_example.json
        """;
}
