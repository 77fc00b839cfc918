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
    public const string ErrorCode = "SIGB010";

    private const string Usage =
        "usage: signatures onnx-signature MODEL [--output FILE]   (MODEL: an .onnx file; writes its graph's MLflow signature " +
        "as to_dict() JSON to FILE, which is left untouched when it already holds these bytes, or to stdout)";

    /// <summary>Runs the command; returns the exit code (1: the model cannot be read, with an error line on stderr).</summary>
    /// <exception cref="UsageException">Bad arguments.</exception>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? model = null, output = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help")
            {
                stdout.WriteLine(Usage);
                return 0;
            }
            if (arg == "--output")
            {
                if (output is not null || i + 1 >= args.Length) throw new UsageException($"onnx-signature: --output needs one FILE. {Usage}");
                output = args[++i];
            }
            else if (arg.StartsWith('-') || model is not null)
            {
                throw new UsageException($"onnx-signature: unexpected argument '{arg}'. {Usage}");
            }
            else
            {
                model = arg;
            }
        }
        if (model is null) throw new UsageException($"onnx-signature: name the .onnx file. {Usage}");
        return Write(model, output, stdout, stderr);
    }

    /// <summary>Writes <paramref name="model"/>'s signature to <paramref name="output"/> (or <paramref name="stdout"/>
    /// when <see langword="null"/>); returns 0, or 1 after an error line naming the model.</summary>
    public static int Write(string model, string? output, TextWriter stdout, TextWriter stderr)
    {
        string text;
        try
        {
            text = OnnxModelFile.ReadSignature(model).ToDictJson() + "\n";
        }
        catch (SignatureException e)
        {
            stderr.WriteLine($"{Path.GetFullPath(model)} : error {ErrorCode}: {CommandLine.OneLine(e.Message)}");
            return 1;
        }
        if (output is null)
        {
            stdout.Write(text);
            return 0;
        }
        try
        {
            string full = Path.GetFullPath(output);
            if (File.Exists(full) && File.ReadAllText(full) == text) return 0;
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{Path.GetFullPath(output)} : error {ErrorCode}: the signature of '{model}' cannot be written: {CommandLine.OneLine(e.Message)}");
            return 1;
        }
    }
}
