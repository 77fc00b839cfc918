using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Signatures.Json;

namespace Signatures.Cli.Commands;

/// <summary>
/// <c>signatures format --signature FILE [--yaml]</c>: prints the signature the way MLflow writes it, the
/// <c>to_dict()</c> JSON line or the MLmodel <c>signature:</c> block. <c>signatures format --batch</c> does the
/// same for JSON lines on standard input, one result line per input line.
/// </summary>
public static class FormatCommand
{
    private const string Usage = "usage: signatures format --signature FILE [--yaml] | signatures format --batch";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs the command; returns the exit code (1: invalid signature, thrown as <see cref="SignatureException"/>).</summary>
    /// <exception cref="UsageException">Bad arguments or an unreadable file.</exception>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        bool yaml = false;
        bool batch = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help")
            {
                stdout.WriteLine(Usage);
                return 0;
            }
            if (arg == "--yaml") yaml = true;
            else if (arg == "--batch") batch = true;
            else if (arg == "--signature")
            {
                if (i + 1 >= args.Length) throw new UsageException("--signature needs a FILE. " + Usage);
                file = SetOnce(file, args[++i]);
            }
            else if (arg.StartsWith("--signature=", StringComparison.Ordinal)) file = SetOnce(file, arg.Substring("--signature=".Length));
            else throw new UsageException($"format: unknown argument '{arg}'. {Usage}");
        }
        if (batch)
        {
            if (file is not null || yaml) throw new UsageException("format --batch reads everything from standard input; it takes no --signature or --yaml. " + Usage);
            RunBatch(stdin, stdout);
            return 0;
        }
        if (file is null) throw new UsageException("format needs --signature FILE (or --batch). " + Usage);
        ModelSignature signature = SignatureFile.Read(file, stdin);
        stdout.Write(Format(signature, yaml));
        return 0;
    }

    /// <summary>Exactly what the single command prints: the JSON line with its newline, or the YAML block.</summary>
    public static string Format(ModelSignature signature, bool yaml) => yaml ? signature.ToMLmodelYaml() : signature.ToDictJson() + "\n";

    private static string SetOnce(string? current, string value) =>
        current is null ? value : throw new UsageException("--signature given twice. " + Usage);

    /// <summary>Formats every JSON line of <paramref name="input"/>, writing one result line each, in order.</summary>
    public static void RunBatch(TextReader input, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            try
            {
                string text = FormatBatchLine(line);
                writer.WriteBoolean("ok", true);
                writer.WriteString("text", text);
            }
            catch (Exception e) when (e is SignatureException or UsageException)
            {
                writer.WriteBoolean("ok", false);
                writer.WriteString("error", e.Message);
            }
            writer.WriteEndObject();
            writer.Flush();
            output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
            // Flushed per line so a caller may feed lines and read answers one by one.
            output.Flush();
        }
    }

    private static string FormatBatchLine(string line)
    {
        if (line.Trim().Length == 0) throw new UsageException("empty line: expected {\"signature\": {...}, \"yaml\": false|true}");
        PythonJsonValue request = PythonJsonParser.Parse(line, "the batch line");
        if (request.Kind != PythonJsonKind.Object || !request.TryGetProperty("signature", out PythonJsonValue? signatureValue))
        {
            throw new UsageException("a batch line must be a JSON object {\"signature\": <to_dict object>, \"yaml\": false|true}");
        }
        bool yaml = false;
        if (request.TryGetProperty("yaml", out PythonJsonValue? yamlValue) && yamlValue.Kind != PythonJsonKind.Null)
        {
            yaml = yamlValue.Kind == PythonJsonKind.Bool
                ? yamlValue.Boolean
                : throw new UsageException($"\"yaml\" must be true or false, got {PythonJsonValueWriter.Write(yamlValue)}");
        }
        ModelSignature signature = signatureValue.Kind == PythonJsonKind.String
            ? ModelSignature.Parse(signatureValue.Text) // the text of a signature file (JSON or MLmodel YAML)
            : SignatureJsonReader.ReadDict(signatureValue);
        return Format(signature, yaml);
    }
}
