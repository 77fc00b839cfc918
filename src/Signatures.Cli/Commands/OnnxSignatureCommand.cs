using System.CommandLine;
using Signatures.Models;

namespace Signatures.Cli.Commands;

/// <summary>
/// <c>signatures onnx-signature MODEL [--output FILE]</c>: writes the MLflow signature of an ONNX model's graph
/// (<see cref="OnnxModelFile"/>) as <c>ModelSignature.to_dict()</c> JSON, the text the SIG04xx analyzers compare with a
/// contract. The build step of <c>build/Signatures.Onnx.targets</c> runs it before compilation. A failure is one
/// MSBuild-format error line (<c>MODEL : error SIGB010: ...</c>), which MSBuild's Exec reports as a build error.
/// </summary>
public static class OnnxSignatureCommand
{
    /// <summary>The build error code for an ONNX model whose signature cannot be read.</summary>
    public const string ErrorCode = BuildErrorCodes.BadOnnxModel;

    private const string Details = """
        usage: signatures onnx-signature MODEL [--output FILE]

        MODEL is an .onnx file. Writes the MLflow signature of its graph as ModelSignature.to_dict() JSON: one
        tensor spec per graph input (initializers left out) and output, with the numpy dtype of its element type
        and its dimensions (symbolic ones as -1). It goes to standard output unless --output names a file, which is
        left untouched when it already holds these bytes. build/Signatures.Onnx.targets runs this before compilation
        for each SignaturesOnnxModel item.

        exit codes: 0 done, 1 failed (an MSBuild error line 'PATH : error SIGB010: ...'), 2 wrong usage,
        3 standard output closed or full.
        """;

    /// <summary>The command: its argument, its option and its action.</summary>
    public static SignaturesCommand Create(StandardStreams streams)
    {
        var model = new Argument<string?>("MODEL") { Arity = ArgumentArity.ZeroOrOne, Description = "the .onnx model file" };
        var output = new Option<string>("--output") { HelpName = "FILE", Description = "write the signature to FILE (unchanged bytes are not rewritten) instead of standard output" };
        var command = new SignaturesCommand("onnx-signature", "an ONNX model's graph inputs and outputs as MLflow to_dict() JSON", UsageStyle.NamedWithHelpLine, Details)
        {
            model, output,
        };
        UsageErrors.ReportOptionsTakenAsValue(model, command, dashIsStandardInput: false);
        command.SetAction(result => Run(result.GetValue(model), result.GetValue(output), streams));
        return command;
    }

    private static int Run(string? model, string? output, StandardStreams streams) =>
        BuildCommandFailure.Guard(streams.Error, "onnx-signature", () =>
        {
            if (model is null) throw new UsageException("name the .onnx MODEL file.");
            return Write(model, output, streams.Output, streams.Error);
        });

    /// <summary>Writes <paramref name="model"/>'s signature to <paramref name="output"/> (or <paramref name="stdout"/>
    /// when <see langword="null"/>); returns 0, or 1 after an error line naming the model (or the output file).</summary>
    public static int Write(string model, string? output, TextWriter stdout, TextWriter stderr)
    {
        string text;
        try
        {
            text = OnnxModelFile.ReadSignature(model).ToDictJson() + "\n";
        }
        catch (SignatureException e)
        {
            stderr.WriteLine(CommandLine.OneLine($"{Path.GetFullPath(model)} : error {ErrorCode}: {e.Message}"));
            return ExitCodes.Invalid;
        }
        if (output is null)
        {
            stdout.Write(text);
            return ExitCodes.Ok;
        }
        try
        {
            AtomicFile.WriteIfChanged(output, text);
        }
        catch (ModelDirectoryException e)
        {
            stderr.WriteLine(CommandLine.OneLine(e.ToMSBuildError()));
            return ExitCodes.Invalid;
        }
        return ExitCodes.Ok;
    }
}
