using Signatures.Cli.Commands;

namespace Signatures.Cli;

/// <summary>Dispatches <c>signatures &lt;command&gt;</c> to the command classes; every command returns its exit code.</summary>
public static class CommandLine
{
    /// <summary>Runs the command line; never throws. Exit codes: 0 done, 1 invalid input (one line on stderr), 2 usage error.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args is null || args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                bool missing = args is null || args.Length == 0;
                (missing ? stderr : stdout).WriteLine(Usage);
                return missing ? 2 : 0;
            }
            string[] rest = args[1..];
            return args[0] switch
            {
                "format" => FormatCommand.Run(rest, stdin, stdout, stderr),
                "show" => ShowCommand.Run(rest, stdin, stdout, stderr),
                "validate" => ValidateCommand.Run(rest, stdin, stdout, stderr),
                "example" => ExampleCommand.Run(rest, stdin, stdout, stderr),
                "contracts" => ContractsCommand.Run(rest, stdin, stdout, stderr),
                "onnx-signature" => OnnxSignatureCommand.Run(rest, stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}' (try 'signatures --help')"),
            };
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message, 2);
        }
        catch (SignatureException e)
        {
            return Fail(stderr, e.Message, 1);
        }
        catch (Exception e)
        {
            return Fail(stderr, $"internal error ({e.GetType().Name}): {e.Message}", 1);
        }
    }

    private static int Fail(TextWriter stderr, string message, int exitCode)
    {
        try
        {
            stderr.WriteLine("signatures: " + OneLine(message));
        }
        catch (IOException)
        {
            // stderr is gone; the exit code still tells.
        }
        return exitCode;
    }

    /// <summary>The message on one line: line breaks and other control characters escaped.</summary>
    public static string OneLine(string message)
    {
        var builder = new System.Text.StringBuilder(message.Length);
        foreach (char c in message)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append(' '); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085') builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: signatures <command> [options]

        commands:
          format --signature FILE [--yaml]   print a signature exactly as MLflow writes it: the to_dict() JSON
                                             line, or with --yaml the MLmodel 'signature:' block
          format --batch                     JSON lines {"signature": <to_dict object>, "yaml": false|true} on
                                             stdin -> one line {"ok": true, "text": ...} or {"ok": false, "error": ...} each
          show FILE                          a readable table of a signature's inputs, outputs and params
          validate --signature FILE --payload FILE|- [--content-type TYPE]
                                             enforce a serving request; print the normalized request
                                             (exit 0 accepted, 1 rejected); --batch for JSON lines
          example --example FILE|- [--output-dir DIR] [--signature FILE]
                                             write MLflow's input_example.json and serving_input_example.json
          onnx-signature MODEL [--output FILE]
                                             an ONNX model's graph inputs and outputs as MLflow to_dict() JSON

        FILE is an MLmodel file or a JSON file holding ModelSignature.to_dict() ('-' reads stdin).
        exit codes: 0 ok, 1 invalid signature, 2 usage error (bad arguments, missing file)
        """;
}
