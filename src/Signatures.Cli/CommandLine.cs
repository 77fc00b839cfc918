using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using Signatures.Cli.Commands;
using Signatures.Cli.IO;

namespace Signatures.Cli;

/// <summary>The <c>signatures</c> command line: System.CommandLine parses it into one of the commands under
/// <c>Commands/</c>; every command returns its exit code (<see cref="ExitCodes"/>).</summary>
public static class CommandLine
{
    /// <summary>Runs the command line with standard input given as text; never throws.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, StandardInput.FromReader(stdin), stdout, stderr);

    /// <summary>Runs the command line; never throws. Exit codes: 0 done, 1 invalid input (one line on stderr), 2 usage
    /// error, 3 reading or writing failed.</summary>
    public static int Run(string[] args, StandardInput stdin, TextWriter stdout, TextWriter stderr)
    {
        var output = new StandardOutput(stdout);
        var streams = new StandardStreams(stdin, output, stderr);
        int exitCode;
        try
        {
            exitCode = Dispatch(args ?? [], streams);
        }
        catch (UsageException e)
        {
            exitCode = Fail(stderr, e.Message, ExitCodes.Usage);
        }
        catch (SignatureException e)
        {
            exitCode = Fail(stderr, e.Message, ExitCodes.Invalid);
        }
        catch (InputOutputException e)
        {
            return Fail(stderr, e.Message, ExitCodes.InputOutput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, "input/output error: " + InputOutputException.Reason(e), ExitCodes.InputOutput);
        }
        catch (Exception e)
        {
            exitCode = Fail(stderr, $"internal error ({e.GetType().Name}): {e.Message}", ExitCodes.Invalid);
        }
        try
        {
            output.Flush();
        }
        catch (InputOutputException e)
        {
            return Fail(stderr, e.Message, ExitCodes.InputOutput);
        }
        return exitCode;
    }

    private static int Dispatch(string[] args, StandardStreams streams)
    {
        RootCommand root = Build(streams);
        if (args.Length == 0)
        {
            // No command: the help, on standard error, as wrong usage.
            root.Parse(["--help"], Parsing).Invoke(Invocation(streams.Error, streams.Error));
            return ExitCodes.Usage;
        }
        if (args[0] == "help") args = args.Length == 1 ? ["--help"] : [args[1], "--help"];
        ParseResult result = root.Parse(args, Parsing);
        if (result.Errors.Count > 0 && result.Action is not (HelpWithDetailsAction or PrintVersionAction))
        {
            string message = UsageErrors.Describe(result);
            return result.CommandResult.Command is SignaturesCommand { UsageStyle: UsageStyle.NamedWithHelpLine } command
                ? CommandFailure.Usage(streams.Error, command.Name, message)
                : Fail(streams.Error, OneLineUsage(result.CommandResult.Command, message), ExitCodes.Usage);
        }
        return result.Invoke(Invocation(streams.Output, streams.Error));
    }

    /// <summary>The command tree: every command under <c>Commands/</c>, <c>--help</c> on each (with the command's
    /// details after the options) and <c>--version</c>.</summary>
    public static RootCommand Build(StandardStreams streams)
    {
        var root = new RootCommand("MLflow model signatures: format, show and check them, check serving requests against them, emit them from built assemblies, set them in model directories, write C# contracts for them and read them from ONNX models.")
        {
            FormatCommand.Create(streams),
            ShowCommand.Create(streams),
            ValidateCommand.Create(streams),
            ExampleCommand.Create(streams),
            EmitCommand.Create(streams),
            SetSignatureCommand.Create(streams),
            InferCommand.Create(streams),
            ContractsCommand.Create(streams),
            OnnxSignatureCommand.Create(streams),
        };
        root.Directives.Clear(); // no [diagram]/[suggest] directives: a first argument in brackets is an ordinary token
        foreach (Option option in root.Options)
        {
            if (option is VersionOption version) version.Action = new PrintVersionAction();
            if (option is HelpOption { Action: HelpAction help } helpOption) helpOption.Action = new HelpWithDetailsAction(help);
        }
        return root;
    }

    /// <summary>System.CommandLine's help (usage, arguments, options, subcommands), then the command's details.</summary>
    private sealed class HelpWithDetailsAction(HelpAction generated) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            generated.Invoke(parseResult);
            string details = parseResult.CommandResult.Command switch
            {
                SignaturesCommand command => command.Details,
                RootCommand => RootDetails,
                _ => "",
            };
            if (details.Length > 0) parseResult.InvocationConfiguration.Output.WriteLine(details.TrimEnd());
            return ExitCodes.Ok;
        }
    }

    // Response files (@file) off: a signature path may start with '@'.
    private static ParserConfiguration Parsing => new() { ResponseFileTokenReplacer = null };

    private static InvocationConfiguration Invocation(TextWriter output, TextWriter error) => new()
    {
        Output = output,
        Error = error,
        EnableDefaultExceptionHandler = false, // Run words every failure itself
        ProcessTerminationTimeout = null,
    };

    /// <summary>The version of the tool: the assembly's informational version without the <c>+commit</c> suffix.</summary>
    public static string Version
    {
        get
        {
            Assembly assembly = typeof(CommandLine).Assembly;
            string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
            int plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Ok;
        }
    }

    private static string OneLineUsage(Command command, string message) => command is RootCommand
        ? $"{message.TrimEnd('.')}; run 'signatures --help' for usage"
        : $"{command.Name}: {message.TrimEnd('.')}; run 'signatures {command.Name} --help' for usage";

    private static int Fail(TextWriter stderr, string message, int exitCode)
    {
        try
        {
            stderr.WriteLine("signatures: " + OneLine(message));
            stderr.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
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

    /// <summary>What the root <c>--help</c> shows after the commands: every form of every command, and the exit codes.</summary>
    public const string RootDetails = """
        Forms:
          signatures format --signature FILE [--yaml]   print a signature exactly as MLflow writes it: the to_dict() JSON
                                                        line, or with --yaml the MLmodel 'signature:' block
          signatures format --batch                     JSON lines {"signature": <to_dict object>, "yaml": false|true} on
                                                        stdin -> one line {"ok": true, "text": ...} or {"ok": false, "error": ...} each
          signatures show FILE                          a readable table of a signature's inputs, outputs and params
          signatures validate --signature FILE --payload FILE|- [--content-type TYPE]
                                                        enforce a serving request; print the normalized request
                                                        (exit 0 accepted, 1 rejected); --batch for JSON lines
          signatures example --example FILE|- [--output-dir DIR] [--signature FILE]
                                                        write MLflow's input_example.json and serving_input_example.json
                                                        (--model-dir DIR: into a model directory, updating its MLmodel)
          signatures emit --assembly DLL [--out DIR]    write signatures/<class>/ files of a built assembly
          signatures set-signature MODEL_DIR (--signature FILE | --assembly DLL --class NAME)
                                                        mlflow.models.set_signature on a local model directory
          signatures infer EXAMPLE|MODEL_DIR [--params FILE] [--output FILE] [--yaml]
                                                        mlflow.models.infer_signature from a saved input_example.json
          signatures contracts FILE --namespace NS [--class NAME] [--output FILE]
                                                        write C# contracts the generator turns back into the signature
          signatures onnx-signature MODEL [--output FILE]
                                                        an ONNX model's graph inputs and outputs as MLflow to_dict() JSON

        FILE is an MLmodel file, an MLflow model directory (its MLmodel file is read) or a JSON file holding
        ModelSignature.to_dict() ('-' reads stdin). Options take their value as '--opt value' or '--opt=value'.
        exit codes: 0 ok, 1 invalid signature, 2 usage error (bad arguments, missing file),
        3 input/output error (standard input closed, standard output closed or full);
        emit, set-signature, infer, onnx-signature and example --model-dir report a failed operation as one MSBuild error line
        'PATH : error SIGBxxx: ...' with exit code 1
        """;
}
