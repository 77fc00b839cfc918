using System;
using System.Collections.Generic;
using System.Text;

namespace Signatures.Shared.Artifacts;

/// <summary>The three JSON texts of a model signature as an artifact holds them (each <see langword="null"/> when absent).</summary>
/// <param name="Inputs">The input schema's JSON, or <see langword="null"/>.</param>
/// <param name="Outputs">The output schema's JSON, or <see langword="null"/>.</param>
/// <param name="Params">The param schema's JSON, or <see langword="null"/>.</param>
internal sealed record SignatureTexts(string? Inputs, string? Outputs, string? Params);

/// <summary>
/// Finds the signature in an artifact's text: the <c>signature:</c> block of an MLmodel file, or a
/// <c>ModelSignature.to_dict()</c> JSON object.
/// </summary>
/// <remarks>
/// Why not a YAML library: compiler extensions cannot carry YamlDotNet, and the block needs only a small subset.
/// MLflow writes the MLmodel with PyYAML's <c>safe_dump(default_flow_style=False)</c>, so <c>signature</c> is a
/// top-level block mapping whose <c>inputs</c>, <c>outputs</c> and <c>params</c> values are JSON texts held in YAML
/// scalars: single-quoted (what PyYAML writes for text starting with <c>[</c>, folded over several lines with
/// <c>''</c> for a quote), double-quoted, plain, or <c>null</c>. This reader handles exactly those scalars and the
/// block structure around them; anything else (a flow-style <c>signature: {...}</c>, anchors, block scalars)
/// gives a clear error instead of a guess. The rest of the file is skipped line by line without being parsed.
/// </remarks>
internal static class SignatureBlockReader
{
    private static readonly string[] Parts = { "inputs", "outputs", "params" };

    /// <summary>Reads the signature from an MLmodel file or a <c>to_dict()</c> JSON text.</summary>
    public static bool TryRead(string text, out SignatureTexts signature, out string error)
    {
        signature = new SignatureTexts(null, null, null);
        string trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith("{", StringComparison.Ordinal)
            ? TryReadDict(trimmed, ref signature, out error)
            : TryReadYaml(text, ref signature, out error);
    }

    private static bool TryReadDict(string text, ref SignatureTexts signature, out string error)
    {
        if (!JsonTextParser.TryParse(text, out JsonNode root, out string jsonError))
        {
            error = "the file is not valid JSON: " + jsonError;
            return false;
        }
        var values = new string?[Parts.Length];
        for (int i = 0; i < Parts.Length; i++)
        {
            JsonNode? part = root.Get(Parts[i]);
            values[i] = part?.Kind switch
            {
                null or JsonNodeKind.Null => null,
                JsonNodeKind.String => part.Text.Length == 0 ? null : part.Text,
                // A schema written out directly instead of as a JSON string: the same content.
                JsonNodeKind.Array => part.ToPythonJson(),
                _ => string.Empty,
            };
            if (values[i] == string.Empty)
            {
                error = $"'{Parts[i]}' must be the schema as a JSON string (as ModelSignature.to_dict() writes it) or null";
                return false;
            }
        }
        if (values[0] is null && values[1] is null && values[2] is null && root.Get("inputs") is null && root.Get("outputs") is null)
        {
            error = "the JSON object has no 'inputs', 'outputs' or 'params' (expected ModelSignature.to_dict())";
            return false;
        }
        signature = new SignatureTexts(values[0], values[1], values[2]);
        error = string.Empty;
        return true;
    }

    private static bool TryReadYaml(string text, ref SignatureTexts signature, out string error)
    {
        string[] lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        int start = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = StripComment(lines[i]);
            if (!line.StartsWith("signature:", StringComparison.Ordinal)) continue;
            string rest = line.Substring("signature:".Length).Trim();
            if (rest.Length > 0 && rest != "null" && rest != "~")
            {
                error = $"line {i + 1}: the 'signature' value is not a block mapping (flow style and other forms are not read; MLflow writes a block)";
                return false;
            }
            if (rest.Length > 0)
            {
                error = $"line {i + 1}: the MLmodel's 'signature' is null: the model was logged without a signature";
                return false;
            }
            start = i + 1;
        }
        if (start < 0)
        {
            error = "the MLmodel file has no top-level 'signature' block: the model was logged without a signature";
            return false;
        }

        var values = new string?[Parts.Length];
        int keyIndent = -1;
        for (int i = start; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal)) continue;
            int indent = Indent(line);
            if (indent == 0) break;
            if (keyIndent < 0) keyIndent = indent;
            if (indent != keyIndent)
            {
                error = $"line {i + 1}: unexpected indentation inside the 'signature' block";
                return false;
            }
            string body = line.Substring(indent);
            int colon = body.IndexOf(':');
            if (colon <= 0 || (colon + 1 < body.Length && body[colon + 1] != ' '))
            {
                error = $"line {i + 1}: expected 'key: value' inside the 'signature' block";
                return false;
            }
            string key = body.Substring(0, colon);
            // The scalar may continue on more-indented lines.
            var scalar = new List<string> { body.Substring(colon + 1) };
            int end = i + 1;
            while (end < lines.Length && (lines[end].Trim().Length == 0 || Indent(lines[end]) > keyIndent))
            {
                scalar.Add(lines[end]);
                end++;
            }
            while (scalar.Count > 1 && scalar[scalar.Count - 1].Trim().Length == 0) scalar.RemoveAt(scalar.Count - 1);
            int part = Array.IndexOf(Parts, key);
            if (part >= 0)
            {
                if (!TryReadScalar(scalar, out string? value, out string scalarError))
                {
                    error = $"line {i + 1}: signature '{key}': {scalarError}";
                    return false;
                }
                values[part] = value is { Length: 0 } ? null : value;
            }
            i = end - 1;
        }
        signature = new SignatureTexts(values[0], values[1], values[2]);
        error = string.Empty;
        return true;
    }

    // The lines of one scalar: the text after "key:" and its continuation lines.
    private static bool TryReadScalar(List<string> lines, out string? value, out string error)
    {
        value = null;
        error = string.Empty;
        string first = lines[0].TrimStart();
        if (first.Length == 0 && lines.Count == 1) return true;
        string joined = first + (lines.Count > 1 ? "\n" + string.Join("\n", lines.GetRange(1, lines.Count - 1)) : string.Empty);
        if (first.StartsWith("'", StringComparison.Ordinal)) return TryReadQuoted(joined, '\'', out value, out error);
        if (first.StartsWith("\"", StringComparison.Ordinal)) return TryReadQuoted(joined, '"', out value, out error);
        if (first.Length > 0 && first[0] is '|' or '>' or '&' or '*' or '!' or '{')
        {
            error = $"a YAML '{first[0]}' value is not read here; MLflow writes the schema as a quoted JSON string";
            return false;
        }
        string plain = Fold(joined.Split('\n'), trimEnds: true);
        int comment = plain.IndexOf(" #", StringComparison.Ordinal);
        if (comment >= 0) plain = plain.Substring(0, comment).TrimEnd();
        value = plain is "null" or "~" or "" ? null : plain;
        return true;
    }

    private static bool TryReadQuoted(string text, char quote, out string? value, out string error)
    {
        value = null;
        var raw = new StringBuilder();
        int i = 1;
        bool closed = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (quote == '\'' && c == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    raw.Append('\'');
                    i += 2;
                    continue;
                }
                closed = true;
                i++;
                break;
            }
            if (quote == '"' && c == '\\' && i + 1 < text.Length)
            {
                if (text[i + 1] == '\n')
                {
                    // An escaped line break joins the lines without a space; the next line's indentation is dropped.
                    i += 2;
                    while (i < text.Length && text[i] is ' ' or '\t') i++;
                    continue;
                }
                if (!TryUnescape(text, ref i, raw, out error)) return false;
                continue;
            }
            if (quote == '"' && c == '"')
            {
                closed = true;
                i++;
                break;
            }
            raw.Append(c == '\n' ? '\u0001' : c); // a raw line break, folded below
            i++;
        }
        if (!closed)
        {
            error = "the quoted value is never closed";
            return false;
        }
        string after = text.Substring(i).Trim();
        if (after.Length > 0 && !after.StartsWith("#", StringComparison.Ordinal))
        {
            error = "unexpected text after the quoted value";
            return false;
        }
        value = Fold(raw.ToString().Split('\u0001'), trimEnds: false);
        error = string.Empty;
        return true;
    }

    // YAML line folding inside a flow scalar: trailing spaces before a break and leading spaces after it are dropped;
    // one break between text becomes a space, and each further (empty) line becomes a line feed.
    private static string Fold(string[] lines, bool trimEnds)
    {
        var builder = new StringBuilder();
        int emptyRun = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (i > 0) line = line.TrimStart(' ', '\t');
            if (i < lines.Length - 1) line = line.TrimEnd(' ', '\t');
            if (trimEnds) line = line.Trim();
            if (i > 0 && line.Length == 0 && i < lines.Length - 1)
            {
                emptyRun++;
                continue;
            }
            if (i > 0)
            {
                if (emptyRun > 0) builder.Append('\n', emptyRun);
                else builder.Append(' ');
            }
            emptyRun = 0;
            builder.Append(line);
        }
        return builder.ToString();
    }

    private static bool TryUnescape(string text, ref int i, StringBuilder builder, out string error)
    {
        error = string.Empty;
        char escape = text[i + 1];
        int width = escape switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (width > 0)
        {
            if (i + 2 + width > text.Length
                || !int.TryParse(text.Substring(i + 2, width), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int code)
                || code > 0x10FFFF)
            {
                error = "an invalid escape in a double-quoted value";
                return false;
            }
            builder.Append(char.ConvertFromUtf32(code));
            i += 2 + width;
            return true;
        }
        string? simple = escape switch
        {
            '"' => "\"", '\\' => "\\", '/' => "/", 'n' => "\n", 't' => "\t", 'r' => "\r", '0' => "\0",
            'b' => "\b", 'f' => "\f", ' ' => " ", 'e' => "\u001b", 'a' => "\a", 'v' => "\v",
            'N' => "\u0085", '_' => "\u00a0", 'L' => "\u2028", 'P' => "\u2029",
            _ => null,
        };
        if (simple is null)
        {
            error = $"an invalid escape '\\{escape}' in a double-quoted value";
            return false;
        }
        builder.Append(simple);
        i += 2;
        return true;
    }

    private static int Indent(string line)
    {
        int n = 0;
        while (n < line.Length && line[n] == ' ') n++;
        return n;
    }

    // A top-level line's comment ("signature:  # ..."); quoted keys never start a line at column 0 here.
    private static string StripComment(string line)
    {
        int hash = line.IndexOf(" #", StringComparison.Ordinal);
        return (hash >= 0 ? line.Substring(0, hash) : line).TrimEnd();
    }
}
