using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Signatures.Cli.IO;
using Signatures.Enforcement;

namespace Signatures.Cli.Commands;

/// <summary>
/// <c>signatures validate</c>: enforces a serving request against a signature with the runtime enforcer and prints
/// the normalized-request document (spec/normalized-request.md). Exit code 0 when the request is accepted, 1 when it
/// is rejected, 2 when the command is used wrongly. <c>--batch</c> reads JSON Lines requests from standard input and
/// writes one document per line.
/// </summary>
internal static class ValidateCommand
{
    private const string Details = """
        usage: signatures validate --signature FILE --payload FILE|- [--content-type TYPE] [--allow-nulls-in-required-columns]
               signatures validate --batch [--allow-nulls-in-required-columns]

        Enforces one serving request against a model signature and prints the normalized request as one
        line of JSON: {"ok": true, "input": ..., "params": ..., "warnings": [...]} when it is accepted,
        {"ok": false, "stage": "parse"|"inputs"|"params", "error": "..."} when it is rejected.

        --batch reads JSON Lines from standard input, one request per line:
          {"signature": {<to_dict>}, "payload": "<body>", "content_type": "application/json"}
        and writes one document per line, in order; a line that cannot be processed gives
        {"ok": false, "stage": "usage", "error": "..."}

        exit codes: 0 accepted, 1 rejected, 2 wrong usage (in --batch mode 0 unless the command line is wrong),
        3 input/output error.
        """;

    private const int SignatureCacheSize = 256;

    /// <summary>The command: its options and its action.</summary>
    public static SignaturesCommand Create(StandardStreams streams)
    {
        var signature = new Option<string>("--signature")
        {
            HelpName = "FILE",
            Description = "an MLmodel file, an MLflow model directory, or a JSON file holding MLflow's ModelSignature.to_dict() output",
        };
        var payload = new Option<string>("--payload") { HelpName = "FILE|-", Description = "the request body exactly as sent (- reads standard input)" };
        var contentType = new Option<string>("--content-type")
        {
            HelpName = "TYPE",
            Description = "application/json (the default, optionally with charset=utf-8) or text/csv",
        };
        var batch = new Option<bool>("--batch") { Description = "read JSON Lines requests from standard input and answer each with one line" };
        var allowNulls = new Option<bool>(RequiredNulls.CliFlag)
        {
            Description = "accept nulls in required boolean, float, double, string, datetime and any columns, as MLflow's server does " +
                "(signatures written before MLflow 2.10 make every column required); strict by default",
        };
        var command = new SignaturesCommand("validate", "enforce a serving request against a signature; print the normalized request",
            UsageStyle.NamedWithHelpLine, Details) { signature, payload, contentType, batch, allowNulls };
        command.SetAction(result => Run(result.GetValue(signature), result.GetValue(payload), result.GetValue(contentType), result.GetValue(batch),
            result.GetValue(allowNulls) ? new EnforcementOptions { AllowNullsInRequiredColumns = true } : EnforcementOptions.Default, streams));
        return command;
    }

    private static int Run(string? signaturePath, string? payloadPath, string? contentType, bool batch, EnforcementOptions options, StandardStreams streams)
    {
        TextWriter stderr = streams.Error;
        if (batch)
        {
            if (signaturePath is not null || payloadPath is not null || contentType is not null)
            {
                return Usage(stderr, "--batch takes no other options (each input line carries its signature, payload and content type).");
            }
            return RunBatch(streams.Input.OpenLines(InputLimits.MaxBatchLineChars), streams.Output, options);
        }
        if (signaturePath is null) return Usage(stderr, "--signature FILE is required.");
        if (payloadPath is null) return Usage(stderr, "--payload FILE|- is required.");
        return CommandFailure.Guard(stderr, "validate", () =>
        {
            if (signaturePath == "-" && payloadPath == "-") throw new UsageException("--signature and --payload cannot both read standard input.");
            RequestEnforcer enforcer = CreateEnforcer(ReadSignature(signaturePath, streams.Input), options);
            BoundedBytes body = InputFile.Read(payloadPath, "the payload", InputLimits.MaxPayloadBytes, streams.Input);
            EnforcementResult result = body.TooLarge
                ? new RequestRejection(RejectionStage.Parse, TooLarge(body.Length))
                : enforcer.Enforce(body.Bytes.Span, contentType ?? "application/json");
            streams.Output.WriteLine(result.ToJson());
            return result.IsAccepted ? 0 : 1;
        });
    }

    // The body is refused before it is read whole; the rejection is the enforcer's own (parse stage, exit code 1).
    private static string TooLarge(long? length) => length is long known
        ? string.Create(CultureInfo.InvariantCulture, $"The body has {known} bytes, more than the limit of {InputLimits.MaxPayloadBytes}.")
        : string.Create(CultureInfo.InvariantCulture, $"The body has more than {InputLimits.MaxPayloadBytes} bytes, the limit.");

    private static int RunBatch(BoundedLineReader stdin, TextWriter stdout, EnforcementOptions options)
    {
        var enforcers = new Dictionary<string, RequestEnforcer>(StringComparer.Ordinal);
        string? line;
        while ((line = stdin.ReadLine(out bool tooLong)) is not null)
        {
            stdout.WriteLine(tooLong
                ? UsageDocument($"the line is longer than {InputLimits.MaxBatchLineChars} characters, the limit.")
                : ProcessBatchLine(line, enforcers, options));
            // Flushed per line so a caller may feed lines and read answers one by one.
            stdout.Flush();
        }
        return 0;
    }

    private static string ProcessBatchLine(string line, Dictionary<string, RequestEnforcer> enforcers, EnforcementOptions options)
    {
        try
        {
            if (line.Trim().Length == 0) throw new UsageException("the line is empty; each line must be a JSON object with 'signature' and 'payload'.");
            using JsonDocument document = ParseLine(line);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new UsageException("the line must be a JSON object with 'signature' and 'payload'.");
            if (!root.TryGetProperty("signature", out JsonElement signatureElement) || signatureElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.String))
            {
                throw new UsageException("the line has no 'signature' object (MLflow's ModelSignature.to_dict()).");
            }
            if (!root.TryGetProperty("payload", out JsonElement payloadElement) || payloadElement.ValueKind != JsonValueKind.String)
            {
                throw new UsageException("the line has no 'payload' string (the request body).");
            }
            string contentType = "application/json";
            if (root.TryGetProperty("content_type", out JsonElement typeElement) && typeElement.ValueKind != JsonValueKind.Null)
            {
                if (typeElement.ValueKind != JsonValueKind.String) throw new UsageException("'content_type' must be a string.");
                contentType = typeElement.GetString()!;
            }
            string signatureJson = signatureElement.ValueKind == JsonValueKind.String ? signatureElement.GetString()! : signatureElement.GetRawText();
            if (!enforcers.TryGetValue(signatureJson, out RequestEnforcer? enforcer))
            {
                enforcer = CreateEnforcer(ParseSignature(signatureJson), options);
                if (enforcers.Count >= SignatureCacheSize) enforcers.Clear();
                enforcers[signatureJson] = enforcer;
            }
            return enforcer.Enforce(ExactUtf8(DecodeString(payloadElement)), contentType).ToJson();
        }
        catch (UsageException e)
        {
            return UsageDocument(e.Message);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or IOException or UnauthorizedAccessException))
        {
            // A safety net: one bad line must never end the batch or print a stack trace.
            return UsageDocument($"internal error while processing the line ({e.GetType().Name}: {e.Message}); please report it.");
        }
    }

    // The payload string exactly, lone surrogates included (JsonElement.GetString refuses them).
    private static string DecodeString(JsonElement element)
    {
        byte[] raw = Encoding.UTF8.GetBytes(element.GetRawText());
        return Conversion.JsonStringText.Decode(raw.AsSpan(1, raw.Length - 2), hasEscapes: true);
    }

    private static JsonDocument ParseLine(string line)
    {
        try
        {
            return JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new UsageException($"the line is not valid JSON: {e.Message}");
        }
    }

    // An invalid signature is a wrong use of the command (exit 2), as the batch mode's "usage" lines say.
    private static ModelSignature ReadSignature(string path, StandardInput stdin)
    {
        try
        {
            return SignatureFile.Read(path, stdin);
        }
        catch (SignatureException e)
        {
            throw new UsageException("the signature is not valid: " + e.Message);
        }
    }

    private static ModelSignature ParseSignature(string json)
    {
        try
        {
            return ModelSignature.FromDictJson(json);
        }
        catch (SignatureException e)
        {
            throw new UsageException("the line's 'signature' is not a valid signature: " + e.Message);
        }
    }

    private static RequestEnforcer CreateEnforcer(ModelSignature signature, EnforcementOptions options)
    {
        if (signature.Inputs is null)
        {
            throw new UsageException("the signature has no input schema, so there is nothing to validate a request against.");
        }
        return new RequestEnforcer(signature, options);
    }

    /// <summary>UTF-8 of a string; a lone surrogate (which a JSON string can carry but UTF-8 cannot) is kept as its
    /// 3-byte form, which is invalid UTF-8, so the enforcer refuses it instead of seeing a silently replaced character.</summary>
    internal static byte[] ExactUtf8(string text)
    {
        byte[] bytes = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        if (Utf8.FromUtf16(text, bytes, out _, out int written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
        {
            return bytes[..written];
        }
        var result = new List<byte>(text.Length * 3);
        Span<byte> encoded = stackalloc byte[4];
        for (int i = 0; i < text.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out System.Text.Rune rune, out int used) == System.Buffers.OperationStatus.Done)
            {
                int length = rune.EncodeToUtf8(encoded);
                for (int k = 0; k < length; k++) result.Add(encoded[k]);
                i += used;
                continue;
            }
            int code = text[i++];
            result.Add((byte)(0xE0 | (code >> 12)));
            result.Add((byte)(0x80 | ((code >> 6) & 0x3F)));
            result.Add((byte)(0x80 | (code & 0x3F)));
        }
        return [.. result];
    }

    /// <summary>The document of a batch line that could not be processed.</summary>
    internal static string UsageDocument(string message) =>
        "{\"ok\": false, \"stage\": \"usage\", \"error\": " + JsonSerializer.Serialize(message, MessageOptions) + "}";

    private static readonly JsonSerializerOptions MessageOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static int Usage(TextWriter stderr, string message) => CommandFailure.Usage(stderr, "validate", message);
}
