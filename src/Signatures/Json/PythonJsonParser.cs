using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>Strings and number tokens up to this length are shared within one parse: a signature repeats its few
    /// keys, type names and small numbers thousands of times, and one copy each keeps memory a small multiple of the text.</summary>
    private const int MaxSharedLength = 32;

    /// <summary>At most this many distinct strings (and as many string values and number tokens) are shared per parse.</summary>
    private const int MaxSharedEntries = 4096;

    private static readonly PythonJsonValue EmptyArray = PythonJsonValue.Array([]);
    private static readonly PythonJsonValue EmptyObject = PythonJsonValue.Object([]);

    private readonly string text;
    private readonly string what;
    private int position;

    // The items and properties of the arrays and objects still open, innermost last: each container copies its own
    // into an exact-size array when it ends, so no list per container grows and is thrown away.
    private readonly List<PythonJsonValue> openItems = [];
    private readonly List<KeyValuePair<string, PythonJsonValue>> openProperties = [];
    private readonly Dictionary<string, string> sharedStrings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PythonJsonValue> sharedNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PythonJsonValue> sharedStringValues = new(StringComparer.Ordinal);
    private readonly StringBuilder unescaped = new();

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
                return StringValue(ParseString());
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
        return Number(text.AsSpan(start, i - start));
    }

    private PythonJsonValue Number(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxSharedLength) return PythonJsonValue.Number(token.ToString());
        var lookup = sharedNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(token, out PythonJsonValue? shared)) return shared;
        PythonJsonValue value = PythonJsonValue.Number(token.ToString());
        if (sharedNumbers.Count < MaxSharedEntries) lookup[token] = value;
        return value;
    }

    private PythonJsonValue StringValue(string value)
    {
        if (value.Length > MaxSharedLength) return PythonJsonValue.String(value);
        if (sharedStringValues.TryGetValue(value, out PythonJsonValue? shared)) return shared;
        PythonJsonValue created = PythonJsonValue.String(value);
        if (sharedStringValues.Count < MaxSharedEntries) sharedStringValues[value] = created;
        return created;
    }

    private string Shared(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxSharedLength) return chars.ToString();
        var lookup = sharedStrings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out string? shared)) return shared;
        string value = chars.ToString();
        if (sharedStrings.Count < MaxSharedEntries) lookup[chars] = value;
        return value;
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
                    ? Shared(text.AsSpan(chunk, position - chunk))
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
            // Sized once for the rest of the string (escapes only shorten it), so a long string is not copied as it grows.
            if (builder is null)
            {
                builder = unescaped.Clear();
                builder.EnsureCapacity(EscapedStringLength(chunk));
            }
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

    // The characters from `from` (inside a string) to its closing quote (or to the end of the text): with what came
    // before, an upper bound of the decoded length.
    private int EscapedStringLength(int from)
    {
        int i = from;
        while (i < text.Length && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
        return Math.Min(i, text.Length) - from + 16;
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
        if (position < text.Length && text[position] == '}')
        {
            position++;
            return EmptyObject;
        }
        int start = openProperties.Count;
        Dictionary<string, int>? index = null;
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
            AddProperty(start, ref index, key, value);
            SkipWhitespace();
            if (position < text.Length && text[position] == '}')
            {
                position++;
                KeyValuePair<string, PythonJsonValue>[] properties = CollectionsMarshal.AsSpan(openProperties)[start..].ToArray();
                openProperties.RemoveRange(start, properties.Length);
                return PythonJsonValue.Object(properties);
            }
            if (position >= text.Length || text[position] != ',') throw Error("Expecting ',' delimiter", position);
            position++;
            SkipWhitespace();
        }
    }

    // A repeated key keeps its first position and takes the last value, as dict(pairs) does. The object's properties so
    // far are openProperties[start..].
    private void AddProperty(int start, ref Dictionary<string, int>? index, string key, PythonJsonValue value)
    {
        const int LinearSearchLimit = 8;
        int count = openProperties.Count - start;
        if (index is null && count >= LinearSearchLimit)
        {
            index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = start; i < openProperties.Count; i++) index[openProperties[i].Key] = i;
        }
        int existing = -1;
        if (index is not null)
        {
            if (index.TryGetValue(key, out int found)) existing = found;
        }
        else
        {
            for (int i = start; i < openProperties.Count; i++)
            {
                if (string.Equals(openProperties[i].Key, key, StringComparison.Ordinal))
                {
                    existing = i;
                    break;
                }
            }
        }
        if (existing >= 0)
        {
            openProperties[existing] = new KeyValuePair<string, PythonJsonValue>(key, value);
            return;
        }
        index?.Add(key, openProperties.Count);
        openProperties.Add(new KeyValuePair<string, PythonJsonValue>(key, value));
    }

    private PythonJsonValue ParseArray(int depth)
    {
        CheckDepth(depth);
        position++;
        SkipWhitespace();
        if (position < text.Length && text[position] == ']')
        {
            position++;
            return EmptyArray;
        }
        int start = openItems.Count;
        while (true)
        {
            openItems.Add(ParseValue(depth));
            SkipWhitespace();
            if (position < text.Length && text[position] == ']')
            {
                position++;
                PythonJsonValue[] items = CollectionsMarshal.AsSpan(openItems)[start..].ToArray();
                openItems.RemoveRange(start, items.Length);
                return PythonJsonValue.Array(items);
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
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new SignatureException($"{Capitalized()} is nested deeper than the reading thread's stack holds ({depth} levels, char {position}).");
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
