using System.Text;
using Signatures.Examples;
using Signatures.Inference;
using Signatures.Json;
using Signatures.Models;

namespace Signatures.Cli.Commands;

/// <summary><c>signatures infer</c>: MLflow's <c>infer_signature</c> from a saved <c>input_example.json</c>.</summary>
internal static class InferCommand
{
    public const string Help = """
        usage: signatures infer EXAMPLE|MODEL_DIR [--params FILE] [--output FILE] [--yaml]

        Infers a signature from an input_example.json in any format MLflow saves (DataFrame split/values,
        ndarray, dict of ndarrays, sparse matrices, JSON objects, with params), as mlflow.models.infer_signature
        does. A model directory (or its MLmodel file) means its saved input example. --params FILE adds params
        from a JSON object. Prints the to_dict() JSON (or with --yaml the MLmodel 'signature:' block); --output
        writes it to FILE instead. Data whose schema MLflow cannot infer gives an 'any' schema and a warning.

        exit codes: 0 done, 1 failed (an error line 'PATH : error SIGBxxx: ...'), 2 wrong usage.
        """;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Any(a => a is "-h" or "--help"))
        {
            stdout.WriteLine(Help);
            return 0;
        }
        return BuildCommandFailure.Guard(stderr, "infer", () =>
        {
            var (options, positionals, flags) = BuildCommandFailure.Parse(args, ["--params", "--output"], ["--yaml"]);
            if (positionals.Count != 1) throw new UsageException("give one EXAMPLE file or MODEL_DIR.");
            string examplePath = ExamplePath(positionals[0], out IReadOnlyList<KeyValuePair<string, string>>? info);
            var warnings = new List<string>();
            ModelSignature signature = SignatureInference.InferFromExampleFile(examplePath, info, warnings);
            if (options.TryGetValue("--params", out string? paramsFile))
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
            foreach (string warning in warnings) stderr.WriteLine("warning: " + CommandLine.OneLine(warning));
            string text = flags.Contains("--yaml") ? signature.ToMLmodelYaml() : signature.ToDictJson() + "\n";
            if (options.TryGetValue("--output", out string? output))
            {
                AtomicFile.WriteIfChanged(output, text);
                stdout.WriteLine("wrote " + Path.GetFullPath(output));
            }
            else
            {
                stdout.Write(text);
            }
            return 0;
        });
    }

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
        string text = AtomicFile.ReadText(full, BuildErrorCodes.BadInput, "the params file");
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
        var description = new StringBuilder("{\"kind\": \"python\", \"value\": ").Append(text).Append('}').ToString();
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
