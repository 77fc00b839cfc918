using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Signatures.Shared.Artifacts;

/// <summary>
/// A strict JSON parser (RFC 8259 plus Python's <c>NaN</c>/<c>Infinity</c>, which <c>json.dumps</c> writes for
/// float defaults) that never throws: malformed text gives an error naming the line and column. Nesting is capped
/// so a hostile file cannot exhaust the compiler's stack.
/// </summary>
internal sealed class JsonTextParser
{
    private const int MaxDepth = 64;

    private readonly string text;
    private int position;
    private string? error;

    private JsonTextParser(string text) => this.text = text;

    /// <summary>Parses <paramref name="text"/> as one JSON value; on failure <paramref name="error"/> says what and where.</summary>
    public static bool TryParse(string text, out JsonNode value, out string error)
    {
        var parser = new JsonTextParser(text);
        JsonNode? parsed = parser.ParseValue(0);
        if (parsed is not null)
        {
            parser.SkipWhitespace();
            if (parser.position < text.Length) parser.Fail("unexpected text after the JSON value");
        }
        value = parser.error is null ? parsed! : JsonNode.Null;
        error = parser.error ?? string.Empty;
        return parser.error is null;
    }

    private JsonNode? ParseValue(int depth)
    {
        if (depth > MaxDepth) return Fail($"the JSON nests deeper than {MaxDepth} levels");
        SkipWhitespace();
        if (position >= text.Length) return Fail("the JSON text ends where a value was expected");
        char c = text[position];
        switch (c)
        {
            case '{': return ParseObject(depth);
            case '[': return ParseArray(depth);
            case '"': return ParseString() is { } s ? JsonNode.String(s) : null;
            case 't': return Literal("true", JsonNode.Boolean(true));
            case 'f': return Literal("false", JsonNode.Boolean(false));
            case 'n': return Literal("null", JsonNode.Null);
            case 'N': return Literal("NaN", JsonNode.Number("NaN"));
            case 'I': return Literal("Infinity", JsonNode.Number("Infinity"));
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
                return Fail($"unexpected character '{Printable(c)}'");
        }
    }

    private JsonNode? ParseObject(int depth)
    {
        position++;
        var members = new List<KeyValuePair<string, JsonNode>>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            position++;
            return JsonNode.Object(members);
        }
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"') return Fail("expected a quoted property name");
            string? key = ParseString();
            if (key is null) return null;
            SkipWhitespace();
            if (Peek() != ':') return Fail("expected ':' after a property name");
            position++;
            JsonNode? value = ParseValue(depth + 1);
            if (value is null) return null;
            members.Add(new KeyValuePair<string, JsonNode>(key, value));
            SkipWhitespace();
            char next = Peek();
            position++;
            if (next == '}') return JsonNode.Object(members);
            if (next != ',') return FailAt(position - 1, "expected ',' or '}' in an object");
        }
    }

    private JsonNode? ParseArray(int depth)
    {
        position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            position++;
            return JsonNode.Array(items);
        }
        while (true)
        {
            JsonNode? item = ParseValue(depth + 1);
            if (item is null) return null;
            items.Add(item);
            SkipWhitespace();
            char next = Peek();
            position++;
            if (next == ']') return JsonNode.Array(items);
            if (next != ',') return FailAt(position - 1, "expected ',' or ']' in an array");
        }
    }

    private string? ParseString()
    {
        int start = position;
        position++;
        var builder = new StringBuilder();
        while (position < text.Length)
        {
            char c = text[position++];
            if (c == '"') return builder.ToString();
            if (c < ' ')
            {
                FailAt(position - 1, "a control character inside a string");
                return null;
            }
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            if (position >= text.Length) break;
            char escape = text[position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (position + 4 > text.Length
                        || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        FailAt(position - 2, "an invalid \\u escape");
                        return null;
                    }
                    builder.Append((char)code);
                    position += 4;
                    break;
                default:
                    FailAt(position - 2, $"an invalid escape '\\{Printable(escape)}'");
                    return null;
            }
        }
        FailAt(start, "a string that is never closed");
        return null;
    }

    private JsonNode? ParseNumber()
    {
        int start = position;
        if (Peek() == '-')
        {
            position++;
            if (Peek() == 'I') return Literal("Infinity", JsonNode.Number("-Infinity"));
        }
        int digits = SkipDigits();
        if (digits == 0) return FailAt(start, "a number without digits");
        if (Peek() == '.')
        {
            position++;
            if (SkipDigits() == 0) return FailAt(start, "a number with no digits after '.'");
        }
        if (Peek() is 'e' or 'E')
        {
            position++;
            if (Peek() is '+' or '-') position++;
            if (SkipDigits() == 0) return FailAt(start, "a number with an empty exponent");
        }
        return JsonNode.Number(text.Substring(start, position - start));
    }

    private int SkipDigits()
    {
        int count = 0;
        while (position < text.Length && text[position] >= '0' && text[position] <= '9')
        {
            position++;
            count++;
        }
        return count;
    }

    private JsonNode? Literal(string word, JsonNode value)
    {
        if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0) return Fail($"unexpected text (expected '{word}')");
        position += word.Length;
        return value;
    }

    private char Peek() => position < text.Length ? text[position] : '\0';

    private void SkipWhitespace()
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\r') position++;
    }

    private JsonNode? Fail(string message) => FailAt(position, message);

    private JsonNode? FailAt(int at, string message)
    {
        if (error is not null) return null;
        int line = 1, column = 1;
        for (int i = 0; i < at && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        error = $"{message} at line {line}, column {column}";
        return null;
    }

    private static string Printable(char c) => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();
}
