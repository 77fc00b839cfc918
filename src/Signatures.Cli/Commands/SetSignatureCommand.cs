using System.CommandLine;
using Signatures.Cli.Emission;
using Signatures.Cli.IO;
using Signatures.Models;

namespace Signatures.Cli.Commands;

/// <summary><c>signatures set-signature</c>: MLflow's <c>set_signature</c> on a local model directory, with a
/// signature file or a signature class of a built assembly (whose declared input example is saved too).</summary>
internal static class SetSignatureCommand
{
    private const string Details = """
        usage: signatures set-signature MODEL_DIR|MLmodel (--signature FILE | --assembly DLL --class NAME)

        Sets the signature in the model's MLmodel file exactly as mlflow.models.set_signature does (the whole
        file rewritten as MLflow's Model.save writes it). FILE is a to_dict() JSON file, an MLmodel file or a
        model directory. With --assembly/--class the signature of that [ModelSignature] class is used, and
        the input example it declares is saved as log_model(input_example=...) saves it (input_example.json,
        serving_input_example.json, saved_input_example_info). A model that already holds the same signature
        and example is left untouched.

        exit codes: 0 done, 1 failed (an MSBuild error line 'PATH : error SIGBxxx: ...'), 2 wrong usage,
        3 standard output closed or full.
        """;

    /// <summary>The command: its argument, its options and its action.</summary>
    public static SignaturesCommand Create(StandardStreams streams)
    {
        var model = new Argument<string?>("MODEL_DIR") { Arity = ArgumentArity.ZeroOrOne, Description = "the MLflow model directory or its MLmodel file" };
        var signature = new Option<string>("--signature") { HelpName = "FILE", Description = "the signature to set: a to_dict() JSON file, an MLmodel file or a model directory" };
        var assembly = new Option<string>("--assembly") { HelpName = "DLL", Description = "the built assembly holding the signature class" };
        var className = new Option<string>("--class") { HelpName = "NAME", Description = "the [ModelSignature] class (Namespace.Class) whose signature and example to set" };
        var command = new SignaturesCommand("set-signature", "mlflow.models.set_signature on a local model directory", UsageStyle.NamedWithHelpLine, Details)
        {
            model, signature, assembly, className,
        };
        UsageErrors.ReportOptionsTakenAsValue(model, command, dashIsStandardInput: false);
        command.SetAction(result => Run(result.GetValue(model), result.GetValue(signature), result.GetValue(assembly), result.GetValue(className), streams));
        return command;
    }

    private static int Run(string? model, string? signatureFile, string? assembly, string? className, StandardStreams streams) =>
        BuildCommandFailure.Guard(streams.Error, "set-signature", () =>
        {
            if (model is null) throw new UsageException("give one MODEL_DIR or MLmodel file.");
            if ((signatureFile is null) == (assembly is null)) throw new UsageException("give either --signature FILE or --assembly DLL --class NAME.");
            if (assembly is not null && className is null) throw new UsageException("--assembly needs --class NAME.");

            ModelDirectoryUpdate update;
            if (signatureFile is not null)
            {
                update = MLflowModelDirectory.SetSignature(model, ReadSignature(signatureFile), (Examples.InputExample?)null);
            }
            else
            {
                DeclaredSignature declared = AssemblySignatureReader.Find(assembly!, className!);
                update = MLflowModelDirectory.SetSignature(model, declared.ToSignature(), SignatureEmission.ExampleFiles(assembly!, declared));
            }
            foreach (string path in update.WrittenFiles) streams.Output.WriteLine("wrote " + path);
            if (!update.Changed) streams.Output.WriteLine($"{update.MLmodelPath} already holds this signature; left untouched");
            return ExitCodes.Ok;
        });

    /// <summary>A signature file: to_dict() JSON, an MLmodel file, or a model directory (its MLmodel file).</summary>
    private static ModelSignature ReadSignature(string path)
    {
        string file = Directory.Exists(path) ? MLflowModelDirectory.ResolveMLmodel(path) : Path.GetFullPath(path);
        string text = BuildInputFile.ReadText(file, InputLimits.MaxSignatureBytes, BuildErrorCodes.BadInput, "the signature file");
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
