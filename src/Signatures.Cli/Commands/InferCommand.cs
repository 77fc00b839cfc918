using System.CommandLine;
using System.Text;
using Signatures.Cli.IO;
using Signatures.Examples;
using Signatures.Inference;
using Signatures.Json;
using Signatures.Models;

namespace Signatures.Cli.Commands;

/// <summary><c>signatures infer</c>: MLflow's <c>infer_signature</c> from a saved <c>input_example.json</c>.</summary>
internal static class InferCommand
{
    private const string Details = """
        usage: signatures infer EXAMPLE|MODEL_DIR [--params FILE] [--output FILE] [--yaml]

        Infers a signature from an input_example.json in any format MLflow saves (DataFrame split/values,
        ndarray, dict of ndarrays, sparse matrices, JSON objects, with params), as mlflow.models.infer_signature
        does. A model directory (or its MLmodel file) means its saved input example. --params FILE adds params
        from a JSON object. Prints the to_dict() JSON (or with --yaml the MLmodel 'signature:' block); --output
        writes it to FILE instead. Data whose schema MLflow cannot infer gives an 'any' schema and a warning.

        exit codes: 0 done, 1 failed (an error line 'PATH : error SIGBxxx: ...'), 2 wrong usage,
        3 standard output closed or full.
        """;

    /// <summary>The command: its argument, its options and its action.</summary>
    public static SignaturesCommand Create(StandardStreams streams)
    {
        var example = new Argument<string?>("EXAMPLE") { Arity = ArgumentArity.ZeroOrOne, Description = "an input_example.json file, or a model directory (or MLmodel file) whose saved example to read" };
        var parameters = new Option<string>("--params") { HelpName = "FILE", Description = "a JSON object of params to infer the params schema from" };
        var output = new Option<string>("--output") { HelpName = "FILE", Description = "write the signature to FILE instead of standard output" };
        var yaml = new Option<bool>("--yaml") { Description = "the MLmodel 'signature:' block instead of the to_dict() JSON" };
        var command = new SignaturesCommand("infer", "mlflow.models.infer_signature from a saved input_example.json", UsageStyle.NamedWithHelpLine, Details)
        {
            example, parameters, output, yaml,
        };
        UsageErrors.ReportOptionsTakenAsValue(example, command, dashIsStandardInput: false);
        command.SetAction(result => Run(result.GetValue(example), result.GetValue(parameters), result.GetValue(output), result.GetValue(yaml), streams));
        return command;
    }

    private static int Run(string? path, string? paramsFile, string? output, bool yaml, StandardStreams streams) =>
        BuildCommandFailure.Guard(streams.Error, "infer", () =>
        {
            if (path is null) throw new UsageException("give one EXAMPLE file or MODEL_DIR.");
            string examplePath = ExamplePath(path, out IReadOnlyList<KeyValuePair<string, string>>? info);
            var warnings = new List<string>();
            string text = BuildInputFile.ReadText(examplePath, InputLimits.MaxExampleBytes, BuildErrorCodes.BadInput, "the input example file");
            ModelSignature signature = SignatureInference.InferFromExampleText(text, examplePath, info, warnings);
            if (paramsFile is not null)
            {
                var parameters = ReadParams(paramsFile);
                try
                {
                    signature = new ModelSignature(signature.Inputs, signature.Outputs, SignatureInference.InferParams(parameters));
                }
                catch (InputExampleException e)
                {
                    throw new ModelDirectoryException(BuildErrorCodes.InferenceFailed, Path.GetFullPath(paramsFile), e.Message, e);
                }
            }
            foreach (string warning in warnings) streams.Error.WriteLine("warning: " + CommandLine.OneLine(warning));
            string result = yaml ? signature.ToMLmodelYaml() : signature.ToDictJson() + "\n";
            if (output is not null)
            {
                AtomicFile.WriteIfChanged(output, result);
                streams.Output.WriteLine("wrote " + Path.GetFullPath(output));
            }
            else
            {
                streams.Output.Write(result);
            }
            return ExitCodes.Ok;
        });

    // A model directory or MLmodel file stands for its saved example.
    private static string ExamplePath(string path, out IReadOnlyList<KeyValuePair<string, string>>? info)
    {
        info = null;
        bool isModel = Directory.Exists(path) || Path.GetFileName(path) == MLmodelFile.FileName;
        if (!isModel) return path;
        string mlmodel = MLflowModelDirectory.ResolveMLmodel(path);
        info = MLflowModelDirectory.Load(mlmodel).SavedInputExampleInfo
            ?? throw new ModelDirectoryException(BuildErrorCodes.NotFound, mlmodel, "the model has no saved_input_example_info: it was saved without an input example");
        string artifact = info.FirstOrDefault(e => e.Key == "artifact_path").Value ?? InputExampleFiles.InputExampleFileName;
        return Path.Combine(Path.GetDirectoryName(mlmodel)!, artifact);
    }

    private static List<KeyValuePair<string, object?>> ReadParams(string path)
    {
        string full = Path.GetFullPath(path);
        string text = BuildInputFile.ReadText(full, InputLimits.MaxExampleBytes, BuildErrorCodes.BadInput, "the params file");
        PythonJsonValue root;
        try
        {
            root = PythonJsonParser.Parse(text, "the params file");
        }
        catch (SignatureException e)
        {
            throw new ModelDirectoryException(BuildErrorCodes.BadInput, full, e.Message, e);
        }
        if (root.Kind != PythonJsonKind.Object) throw new ModelDirectoryException(BuildErrorCodes.BadInput, full, "params must be a JSON object mapping names to values");
        string description = new StringBuilder("{\"kind\": \"python\", \"value\": ").Append(text).Append('}').ToString();
        try
        {
            return InputExample.Entries(((JsonObjectExample)InputExample.FromDescriptor(description)).Value!);
        }
        catch (InputExampleException e)
        {
            throw new ModelDirectoryException(BuildErrorCodes.BadInput, full, e.Message, e);
        }
    }
}
