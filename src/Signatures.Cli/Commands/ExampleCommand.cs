using System.CommandLine;
using System.Text;
using Signatures.Cli.IO;
using Signatures.Enforcement;
using Signatures.Examples;
using Signatures.Models;

namespace Signatures.Cli.Commands;

/// <summary>
/// <c>signatures example</c>: writes MLflow's <c>input_example.json</c> and <c>serving_input_example.json</c> for an
/// example given as a JSON description, byte-identical to what MLflow saves, and optionally checks that the serving
/// example is accepted for a signature.
/// </summary>
internal static class ExampleCommand
{
    private const string Details = """
        usage: signatures example --example FILE|- [--output-dir DIR | --model-dir DIR] [--signature FILE]

        Writes input_example.json and serving_input_example.json into DIR (default: the current directory;
        created when only its last directory is missing) exactly as MLflow saves them for the example, and
        prints the files written and MLflow's saved_input_example_info. With --signature it also enforces the
        serving example against that signature (an MLmodel file, a model directory or a JSON file holding
        ModelSignature.to_dict()) and prints the normalized request. With --model-dir DIR the files go into that
        MLflow model directory (or the directory of an MLmodel file) and its MLmodel records them as
        log_model(input_example=...) does; the signature it holds is kept.

        The example is a JSON description; "kind" says what Python value it stands for:
          {"kind": "dataframe", "data": {"a": [1, 2], "b": ["x", null]}}         named columns, in order
          {"kind": "dataframe", "columns": ["a"], "rows": [[1], [2]]}             rows (no "columns": labels 0, 1, ...)
          {"kind": "ndarray", "data": [[1.0, 2.0]], "dtype": "float32"}           a numpy array (dtype optional)
          {"kind": "dict_of_ndarray", "items": {"a": {"data": [1, 2], "dtype": "int64"}}}
          {"kind": "python", "value": {"messages": [{"role": "user", "content": "hi"}]}}   dict, list or scalar
          {"kind": "csr_matrix", "dense": [[0, 1.5], [2, 0]]}                     or csc_matrix
          {"kind": "tuple", "data": {...an example...}, "params": {"temperature": 0.5}}
        A JSON integer is a Python int, a number with a fraction or exponent a float. Values JSON cannot
        hold are tagged: {"$float": "NaN"}, {"$bytes": "AQID"} (base64), {"$datetime": "2021-01-01T10:00:00"},
        {"$date": "2021-01-01"}, {"$tuple": [1, 2]}, {"$np": "float32", "value": 0.5},
        {"$ndarray": {"data": [1], "dtype": "int64"}}.

        exit codes: 0 written (and accepted), 1 the example is refused (or its serving example is rejected),
        2 wrong usage, 3 input/output error (the files or standard output cannot be written); with --model-dir a
        model directory that cannot be updated is one MSBuild error line 'PATH : error SIGBxxx: ...', exit code 1.
        """;

    /// <summary>The command: its options and its action.</summary>
    public static SignaturesCommand Create(StandardStreams streams)
    {
        var example = new Option<string>("--example") { HelpName = "FILE|-", Description = "the example's JSON description (- reads standard input)" };
        var outputDir = new Option<string>("--output-dir") { HelpName = "DIR", Description = "where to write the files (default: the current directory)" };
        var signature = new Option<string>("--signature")
        {
            HelpName = "FILE",
            Description = "also enforce the serving example against this signature (an MLmodel file, a model directory or a to_dict() JSON file)",
        };
        var modelDir = new Option<string>("--model-dir")
        {
            HelpName = "DIR",
            Description = "write the files into this MLflow model directory and record them in its MLmodel (saved_input_example_info)",
        };
        var command = new SignaturesCommand("example", "write MLflow's input_example.json and serving_input_example.json for an example",
            UsageStyle.NamedWithHelpLine, Details) { example, outputDir, modelDir, signature };
        command.SetAction(result => Run(result.GetValue(example), result.GetValue(outputDir), result.GetValue(modelDir), result.GetValue(signature), streams));
        return command;
    }

    private static int Run(string? examplePath, string? outputDir, string? modelDir, string? signaturePath, StandardStreams streams)
    {
        TextWriter stdout = streams.Output, stderr = streams.Error;
        StandardInput stdin = streams.Input;
        if (examplePath is null) return Usage(stderr, "--example FILE|- is required.");
        if (modelDir is not null && outputDir is not null) return Usage(stderr, "give --output-dir or --model-dir, not both.");
        return CommandFailure.Guard(stderr, "example", () =>
        {
            RequestEnforcer? enforcer = null;
            if (signaturePath is not null)
            {
                if (signaturePath == "-" && examplePath == "-") throw new UsageException("--signature and --example cannot both read standard input.");
                ModelSignature signature;
                try
                {
                    signature = SignatureFile.Read(signaturePath, stdin);
                }
                catch (SignatureException e)
                {
                    throw new UsageException("the signature is not valid: " + e.Message);
                }
                if (signature.Inputs is null) throw new UsageException("the signature has no input schema, so there is nothing to check the serving example against.");
                enforcer = new RequestEnforcer(signature);
            }
            string description = ReadText(examplePath, stdin);
            InputExampleFiles files;
            try
            {
                files = InputExample.FromDescriptor(description).Write();
            }
            catch (InputExampleException e)
            {
                stderr.WriteLine("signatures example: the example is refused: " + CommandLine.OneLine(e.Message));
                return 1;
            }
            IReadOnlyList<string> written;
            if (modelDir is not null)
            {
                try
                {
                    written = MLflowModelDirectory.SaveInputExample(modelDir, files).WrittenFiles;
                }
                catch (ModelDirectoryException e)
                {
                    stderr.WriteLine(CommandLine.OneLine(e.ToMSBuildError()));
                    return 1;
                }
            }
            else
            {
                written = WriteInto(outputDir, files);
            }
            foreach (string path in written) stdout.WriteLine("wrote " + path);
            stdout.WriteLine("saved_input_example_info:");
            foreach ((string key, string value) in files.Info.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                stdout.WriteLine($"  {key}: {(value == "true" ? "'true'" : value)}");
            }
            if (enforcer is null) return 0;
            if (files.ServingInputExampleJson is null)
            {
                stderr.WriteLine("signatures example: MLflow writes no serving example for this example, so there is nothing to check.");
                return 1;
            }
            EnforcementResult result = enforcer.Enforce(Encoding.UTF8.GetBytes(files.ServingInputExampleJson));
            stdout.WriteLine(result.ToJson());
            return result.IsAccepted ? 0 : 1;
        });
    }

    private static IReadOnlyList<string> WriteInto(string? outputDir, InputExampleFiles files)
    {
        string directory = outputDir is null ? Directory.GetCurrentDirectory() : OutputDirectory.Prepare(outputDir, "--output-dir");
        try
        {
            return files.WriteTo(directory);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write into '{directory}': permission denied");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            throw new InputOutputException($"cannot write into '{directory}': {e.Message}", e);
        }
    }

    private static string ReadText(string path, StandardInput stdin)
    {
        BoundedBytes read = InputFile.Read(path, "the example", InputLimits.MaxExampleBytes, stdin);
        if (read.TooLarge) throw new UsageException($"the example '{path}' is larger than the limit of {InputLimits.MaxExampleBytes} bytes.");
        return InputFile.Decode(read.Bytes);
    }

    private static int Usage(TextWriter stderr, string message) => CommandFailure.Usage(stderr, "example", message);
}
