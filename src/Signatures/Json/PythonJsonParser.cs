using System.Globalization;
using System.Text;

namespace Signatures.Json;

/// <summary>
/// Python's <c>json.loads</c> (the C scanner with its defaults), which is how MLflow reads every signature
/// string: it accepts <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>, integers of any size (up to Python's
/// 4300-digit conversion limit), lone <c>\uD800</c> escapes and repeated keys (last value wins), and refuses
/// what Python refuses, with Python's message and position. Never throws anything but
/// <see cref="SignatureException"/>.
/// </summary>
internal sealed class PythonJsonParser
{
    /// <summary>Deeper nesting is refused. Python's own recursion limit stops near 1000, and MLflow's readers
    /// recurse several frames per level, so no signature MLflow can read comes close.</summary>
    public const int MaxDepth = 512;

    /// <summary>Python's <c>sys.int_info.default_max_str_digits</c>: longer integer literals make <c>int()</c> fail.</summary>
    public const int MaxIntegerDigits = 4300;

    private readonly string text;
    private readonly string what;
    private int position;

    private PythonJsonParser(string text, string what)
    {
        this.text = text;
        this.what = what;
    }

    /// <summary>Parses <paramref name="text"/> as one JSON document.</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="what">What the text is, for the error message (e.g. <c>the 'inputs' schema</c>).</param>
    /// <exception cref="SignatureException">The text is not a JSON document Python would read.</exception>
    public static PythonJsonValue Parse(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new PythonJsonParser(text, what);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            throw parser.Error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        }
        parser.SkipWhitespace();
        PythonJsonValue value = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser.position != text.Length)
        {
            throw parser.Error("Extra data", parser.position);
        }
        return value;
    }

    private PythonJsonValue ParseValue(int depth)
    {
        if (position >= text.Length) throw Error("Expecting value", position);
        char c = text[position];
        switch (c)
        {
            case '"':
                return PythonJsonValue.String(ParseString());
            case '{':
                return ParseObject(depth + 1);
            case '[':
                return ParseArray(depth + 1);
            case 'n' when Matches("null"):
                position += 4;
                return PythonJsonValue.Null;
            case 't' when Matches("true"):
                position += 4;
                return PythonJsonValue.True;
            case 'f' when Matches("false"):
                position += 5;
                return PythonJsonValue.False;
            case 'N' when Matches("NaN"):
                position += 3;
                return PythonJsonValue.Number("NaN");
            case 'I' when Matches("Infinity"):
                position += 8;
                return PythonJsonValue.Number("Infinity");
            case '-' when Matches("-Infinity"):
                position += 9;
                return PythonJsonValue.Number("-Infinity");
            default:
                return ParseNumber();
        }
    }

    private bool Matches(string literal) => string.CompareOrdinal(text, position, literal, 0, literal.Length) == 0;

    private PythonJsonValue ParseNumber()
    {
        int start = position;
        int i = position;
        if (i < text.Length && text[i] == '-') i++;
        if (i < text.Length && text[i] == '0')
        {
            i++;
        }
        else if (i < text.Length && text[i] is >= '1' and <= '9')
        {
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        else
        {
            throw Error("Expecting value", start);
        }
        int integerEnd = i;
        bool isFloat = false;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i += 2;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            isFloat = true;
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            // An exponent without digits is not part of the number (Python then reports what follows).
            int e = i + 1;
            if (e < text.Length && text[e] is '+' or '-') e++;
            if (e < text.Length && char.IsAsciiDigit(text[e]))
            {
                while (e < text.Length && char.IsAsciiDigit(text[e])) e++;
                i = e;
                isFloat = true;
            }
        }
        position = i;
        if (!isFloat && integerEnd - start - (text[start] == '-' ? 1 : 0) > MaxIntegerDigits)
        {
            throw new SignatureException(
                $"{Capitalized()} is not valid JSON: Exceeds the limit ({MaxIntegerDigits} digits) for integer string conversion at char {start}");
        }
        return PythonJsonValue.Number(text.Substring(start, i - start));
    }

    private string ParseString()
    {
        int begin = position;
        position++;
        StringBuilder? builder = null;
        int chunk = position;
        while (true)
        {
            if (position >= text.Length) throw Error("Unterminated string starting at", begin);
            char c = text[position];
            if (c == '"')
            {
                string value = builder is null
                    ? text.Substring(chunk, position - chunk)
                    : builder.Append(text, chunk, position - chunk).ToString();
                position++;
                return value;
            }
            if (c < ' ') throw Error("Invalid control character at", position);
            if (c != '\\')
            {
                position++;
                continue;
            }
            builder ??= new StringBuilder();
            builder.Append(text, chunk, position - chunk);
            if (position + 1 >= text.Length) throw Error("Unterminated string starting at", begin);
            char escape = text[position + 1];
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
                    if (position + 6 > text.Length || !IsHex(text.AsSpan(position + 2, 4)))
                    {
                        throw Error("Invalid \\uXXXX escape", position + 1);
                    }
                    int code = int.Parse(text.AsSpan(position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    // Surrogate pairs need no joining: .NET strings are UTF-16, as the escapes are.
                    builder.Append((char)code);
                    position += 4;
                    break;
                default:
                    throw Error("Invalid \\escape", position);
            }
            position += 2;
            chunk = position;
        }
    }

    private static bool IsHex(ReadOnlySpan<char> digits)
    {
        foreach (char c in digits)
        {
            if (!char.IsAsciiHexDigit(c)) return false;
        }
        return true;
    }

    private PythonJsonValue ParseObject(int depth)
    {
        CheckDepth(depth);
        position++;
        SkipWhitespace();
        var properties = new List<KeyValuePair<string, PythonJsonValue>>();
        Dictionary<string, int>? index = null;
        if (position < text.Length && text[position] == '}')
        {
            position++;
            return PythonJsonValue.Object([]);
        }
        while (true)
        {
            if (position >= text.Length || text[position] != '"')
            {
                throw Error("Expecting property name enclosed in double quotes", position);
            }
            string key = ParseString();
            SkipWhitespace();
            if (position >= text.Length || text[position] != ':') throw Error("Expecting ':' delimiter", position);
            position++;
            SkipWhitespace();
            PythonJsonValue value = ParseValue(depth);
            AddProperty(properties, ref index, key, value);
            SkipWhitespace();
            if (position < text.Length && text[position] == '}')
            {
                position++;
                return PythonJsonValue.Object(properties.ToArray());
            }
            if (position >= text.Length || text[position] != ',') throw Error("Expecting ',' delimiter", position);
            position++;
            SkipWhitespace();
        }
    }

    // A repeated key keeps its first position and takes the last value, as dict(pairs) does.
    private static void AddProperty(List<KeyValuePair<string, PythonJsonValue>> properties, ref Dictionary<string, int>? index, string key, PythonJsonValue value)
    {
        const int LinearSearchLimit = 8;
        if (index is null && properties.Count >= LinearSearchLimit)
        {
            index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < properties.Count; i++) index[properties[i].Key] = i;
        }
        int existing = -1;
        if (index is not null)
        {
            if (index.TryGetValue(key, out int found)) existing = found;
        }
        else
        {
            existing = properties.FindIndex(p => string.Equals(p.Key, key, StringComparison.Ordinal));
        }
        if (existing >= 0)
        {
            properties[existing] = new KeyValuePair<string, PythonJsonValue>(key, value);
            return;
        }
        index?.Add(key, properties.Count);
        properties.Add(new KeyValuePair<string, PythonJsonValue>(key, value));
    }

    private PythonJsonValue ParseArray(int depth)
    {
        CheckDepth(depth);
        position++;
        SkipWhitespace();
        var items = new List<PythonJsonValue>();
        if (position < text.Length && text[position] == ']')
        {
            position++;
            return PythonJsonValue.Array([]);
        }
        while (true)
        {
            items.Add(ParseValue(depth));
            SkipWhitespace();
            if (position < text.Length && text[position] == ']')
            {
                position++;
                return PythonJsonValue.Array(items.ToArray());
            }
            if (position >= text.Length || text[position] != ',') throw Error("Expecting ',' delimiter", position);
            position++;
            SkipWhitespace();
        }
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new SignatureException($"{Capitalized()} is nested more than {MaxDepth} levels deep (char {position}).");
        }
    }

    private void SkipWhitespace()
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\r') position++;
    }

    private string Capitalized() => what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what.Substring(1);

    // Python's JSONDecodeError text: "msg: line L column C (char N)".
    private SignatureException Error(string message, int at)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        int column = at - lineStart + 1;
        return new SignatureException($"{Capitalized()} is not valid JSON: {message}: line {line} column {column} (char {at})");
    }
}
