using Signatures.Cli.Emission;
using Signatures.Models;

namespace Signatures.Cli.Commands;

/// <summary><c>signatures set-signature</c>: MLflow's <c>set_signature</c> on a local model directory, with a
/// signature file or a signature class of a built assembly (whose declared input example is saved too).</summary>
internal static class SetSignatureCommand
{
    public const string Help = """
        usage: signatures set-signature MODEL_DIR|MLmodel (--signature FILE | --assembly DLL --class NAME)

        Sets the signature in the model's MLmodel file exactly as mlflow.models.set_signature does (the whole
        file rewritten as MLflow's Model.save writes it). FILE is a to_dict() JSON file, an MLmodel file or a
        model directory. With --assembly/--class the signature of that [ModelSignature] class is used, and
        the input example it declares is saved as log_model(input_example=...) saves it (input_example.json,
        serving_input_example.json, saved_input_example_info). A model that already holds the same signature
        and example is left untouched.

        exit codes: 0 done, 1 failed (an MSBuild error line 'PATH : error SIGBxxx: ...'), 2 wrong usage.
        """;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Any(a => a is "-h" or "--help"))
        {
            stdout.WriteLine(Help);
            return 0;
        }
        return BuildCommandFailure.Guard(stderr, "set-signature", () =>
        {
            var (options, positionals, _) = BuildCommandFailure.Parse(args, ["--signature", "--assembly", "--class"]);
            if (positionals.Count != 1) throw new UsageException("give one MODEL_DIR or MLmodel file.");
            bool fromFile = options.TryGetValue("--signature", out string? signatureFile);
            bool fromAssembly = options.TryGetValue("--assembly", out string? assembly);
            options.TryGetValue("--class", out string? className);
            if (fromFile == fromAssembly) throw new UsageException("give either --signature FILE or --assembly DLL --class NAME.");
            if (fromAssembly && className is null) throw new UsageException("--assembly needs --class NAME.");

            ModelDirectoryUpdate update;
            if (fromFile)
            {
                update = MLflowModelDirectory.SetSignature(positionals[0], ReadSignature(signatureFile!), (Examples.InputExample?)null);
            }
            else
            {
                DeclaredSignature declared = AssemblySignatureReader.Find(assembly!, className!);
                update = MLflowModelDirectory.SetSignature(positionals[0], declared.ToSignature(), SignatureEmission.ExampleFiles(assembly!, declared));
            }
            foreach (string path in update.WrittenFiles) stdout.WriteLine("wrote " + path);
            if (!update.Changed) stdout.WriteLine($"{update.MLmodelPath} already holds this signature; left untouched");
            return 0;
        });
    }

    /// <summary>A signature file: to_dict() JSON, an MLmodel file, or a model directory.</summary>
    internal static ModelSignature ReadSignature(string path)
    {
        string file = Directory.Exists(path) ? MLflowModelDirectory.ResolveMLmodel(path) : Path.GetFullPath(path);
        string text = AtomicFile.ReadText(file, BuildErrorCodes.BadInput, "the signature file");
        try
        {
            return ModelSignature.Parse(text);
        }
        catch (SignatureException e)
        {
            throw new ModelDirectoryException(BuildErrorCodes.BadInput, file, "no valid signature: " + e.Message, e);
        }
    }
}
