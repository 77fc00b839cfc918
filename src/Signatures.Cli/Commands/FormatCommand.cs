using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Signatures.Cli.IO;
using Signatures.Json;

namespace Signatures.Cli.Commands;

/// <summary>
/// <c>signatures format --signature FILE [--yaml]</c>: prints the signature the way MLflow writes it, the
/// <c>to_dict()</c> JSON line or the MLmodel <c>signature:</c> block. <c>signatures format --batch</c> does the
/// same for JSON lines on standard input, one result line per input line.
/// </summary>
public static class FormatCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The command: its options and its action.</summary>
    public static SignaturesCommand Create(StandardStreams streams)
    {
        var signature = new Option<string>("--signature")
        {
            HelpName = "FILE",
            Description = "an MLmodel file, an MLflow model directory or a JSON file holding ModelSignature.to_dict() ('-' reads stdin)",
        };
        var yaml = new Option<bool>("--yaml") { Description = "print the MLmodel 'signature:' block instead of the to_dict() JSON line" };
        var batch = new Option<bool>("--batch")
        {
            Description = "read JSON lines {\"signature\": <to_dict object>, \"yaml\": false|true} on stdin; answer each with one line " +
                "{\"ok\": true, \"text\": ...} or {\"ok\": false, \"error\": ...}",
        };
        var command = new SignaturesCommand("format", "print a signature exactly as MLflow writes it", UsageStyle.OneLine,
            "usage: signatures format --signature FILE [--yaml] | signatures format --batch") { signature, yaml, batch };
        command.SetAction(result => Run(result.GetValue(signature), result.GetValue(yaml), result.GetValue(batch), streams));
        return command;
    }

    private static int Run(string? file, bool yaml, bool batch, StandardStreams streams)
    {
        if (batch)
        {
            if (file is not null || yaml) throw new UsageException("format --batch reads everything from standard input; it takes no --signature or --yaml.");
            RunBatch(streams.Input.OpenLines(InputLimits.MaxBatchLineChars), streams.Output);
            return ExitCodes.Ok;
        }
        if (file is null) throw new UsageException("format needs --signature FILE (or --batch).");
        ModelSignature signature = SignatureFile.Read(file, streams.Input);
        streams.Output.Write(Format(signature, yaml));
        return ExitCodes.Ok;
    }

    /// <summary>Exactly what the single command prints: the JSON line with its newline, or the YAML block.</summary>
    public static string Format(ModelSignature signature, bool yaml) => yaml ? signature.ToMLmodelYaml() : signature.ToDictJson() + "\n";

    /// <summary>Formats every JSON line of <paramref name="input"/>, writing one result line each, in order.</summary>
    public static void RunBatch(BoundedLineReader input, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        string? line;
        while ((line = input.ReadLine(out bool tooLong)) is not null)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            try
            {
                if (tooLong) throw new UsageException($"the line is longer than {InputLimits.MaxBatchLineChars} characters, the limit");
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
