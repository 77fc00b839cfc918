using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>
/// A forward-only reader of UTF-8 JSON for recursive-descent parsing: strict RFC 8259 plus the bare tokens
/// <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> that Python's <c>json</c> reads and writes (which
/// <see cref="System.Text.Json.Utf8JsonReader"/> refuses). It never allocates on valid input except for duplicate-key
/// checks inside skipped objects, enforces a nesting limit (and the reading thread's stack), and reports every syntax error as a parse-stage
/// <see cref="RequestRejectedException"/> naming the line and column. The input must already be valid UTF-8.
/// </summary>
internal ref struct JsonScanner
{
    private static readonly SearchValues<byte> StringSpecials = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    private readonly ReadOnlySpan<byte> json;
    private readonly int end;
    private readonly EnforcementOptions limits;
    private readonly int maxDepth;
    private readonly int maxKeys;
    private readonly int maxStringBytes;
    private int position;
    private int depth;

    /// <summary>Reads <paramref name="json"/> from <paramref name="start"/> to <paramref name="end"/> within the depth, key
    /// and string limits of <paramref name="limits"/>; positions in messages are relative to the whole of <paramref name="json"/>.</summary>
    public JsonScanner(ReadOnlySpan<byte> json, int start, int end, int initialDepth, EnforcementOptions limits)
    {
        this.json = json;
        this.end = end;
        this.limits = limits;
        maxDepth = limits.MaxDepth;
        maxKeys = limits.MaxKeys;
        maxStringBytes = limits.MaxStringBytes;
        position = start;
        depth = initialDepth;
    }

    public JsonScanner(ReadOnlySpan<byte> json, EnforcementOptions limits) : this(json, 0, json.Length, 0, limits) { }

    /// <summary>The byte offset of the next unread byte.</summary>
    public readonly int Position => position;

    /// <summary>How many arrays/objects enclose the next value.</summary>
    public readonly int Depth => depth;

    /// <summary>The whole text being read.</summary>
    public readonly ReadOnlySpan<byte> Json => json;

    /// <summary>Goes back to an earlier position (a value start recorded with <see cref="Position"/> and <see cref="Depth"/>).</summary>
    public void Rewind(int toPosition, int toDepth)
    {
        position = toPosition;
        depth = toDepth;
    }

    /// <summary>A scanner over the same text that reads the value starting at <paramref name="start"/>.</summary>
    public readonly JsonScanner At(int start, int atDepth) => new(json, start, end, atDepth, limits);

    /// <summary>The kind of the next value; fails at the end of input or on a byte that cannot start a value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsonToken Peek()
    {
        SkipWhitespace();
        if (position >= end) throw Error("unexpected end of the body (it is cut short)");
        switch (json[position])
        {
            case (byte)'{': return JsonToken.Object;
            case (byte)'[': return JsonToken.Array;
            case (byte)'"': return JsonToken.String;
            case (byte)'t': return JsonToken.True;
            case (byte)'f': return JsonToken.False;
            case (byte)'n': return JsonToken.Null;
            case (byte)'N' or (byte)'I' or (byte)'-' or (>= (byte)'0' and <= (byte)'9'): return JsonToken.Number;
            default: throw Error($"unexpected {DescribeByte(json[position])}, expected a value");
        }
    }

    /// <summary>Reads the next value as one token: a scalar's text, or an array's/object's whole JSON text (skipped,
    /// syntax-checked). Strings give the bytes between the quotes.</summary>
    public JsonValueClass ReadToken(out ReadOnlySpan<byte> raw, out bool hasEscapes)
    {
        JsonToken token = Peek();
        hasEscapes = false;
        switch (token)
        {
            case JsonToken.Object or JsonToken.Array:
                int start = position;
                SkipValue();
                raw = json[start..position];
                return token == JsonToken.Object ? JsonValueClass.Object : JsonValueClass.Array;
            case JsonToken.String:
                raw = ReadStringContent(out hasEscapes);
                return JsonValueClass.String;
            case JsonToken.Number:
                return ReadNumber(out raw);
            case JsonToken.True:
                raw = ReadLiteral("true"u8);
                return JsonValueClass.True;
            case JsonToken.False:
                raw = ReadLiteral("false"u8);
                return JsonValueClass.False;
            default:
                raw = ReadLiteral("null"u8);
                return JsonValueClass.Null;
        }
    }

    /// <summary>Reads a string value (the next value must be a string).</summary>
    public ReadOnlySpan<byte> ReadString(out bool hasEscapes)
    {
        if (Peek() != JsonToken.String) throw Error("expected a string");
        return ReadStringContent(out hasEscapes);
    }

    /// <summary>Reads <c>null</c>, which must be next.</summary>
    public void ReadNull() => ReadLiteral("null"u8);

    /// <summary>Consumes <c>{</c>.</summary>
    public void BeginObject()
    {
        if (Peek() != JsonToken.Object) throw Error("expected an object");
        position++;
        Enter();
    }

    /// <summary>Moves to the next property of the current object: consumes the separator, the name and the colon.
    /// <paramref name="count"/> is the caller's count of the object's properties so far (0 before the first): every
    /// object of the body is held to the key limit here.</summary>
    /// <returns><see langword="false"/> (having consumed <c>}</c>) when the object has no more properties.</returns>
    public bool NextProperty(ref int count, out ReadOnlySpan<byte> name, out bool nameHasEscapes)
    {
        SkipWhitespace();
        if (position >= end) throw Error("unexpected end of the body inside an object");
        byte b = json[position];
        if (b == '}')
        {
            position++;
            depth--;
            name = default;
            nameHasEscapes = false;
            return false;
        }
        if (count > 0)
        {
            if (b != ',') throw Error($"expected ',' or '}}' after a property value, found {DescribeByte(b)}");
            position++;
            SkipWhitespace();
            if (position >= end) throw Error("unexpected end of the body inside an object");
            b = json[position];
        }
        if (b != '"') throw Error($"expected a property name in double quotes, found {DescribeByte(b)}");
        if (++count > maxKeys)
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The body has an object with more than {maxKeys.ToString(CultureInfo.InvariantCulture)} keys (the limit); send fewer columns or keys.",
                isMalformed: true);
        }
        name = ReadStringContent(out nameHasEscapes);
        SkipWhitespace();
        if (position >= end) throw Error("unexpected end of the body after a property name");
        if (json[position] != ':') throw Error($"expected ':' after a property name, found {DescribeByte(json[position])}");
        position++;
        return true;
    }

    /// <summary>Consumes <c>[</c>.</summary>
    public void BeginArray()
    {
        if (Peek() != JsonToken.Array) throw Error("expected an array");
        position++;
        Enter();
    }

    /// <summary>Moves to the next item of the current array, consuming the separator.</summary>
    /// <returns><see langword="false"/> (having consumed <c>]</c>) when the array has no more items.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NextItem(ref bool first)
    {
        SkipWhitespace();
        if (position >= end) throw Error("unexpected end of the body inside an array");
        byte b = json[position];
        if (first)
        {
            first = false;
            if (b == ']')
            {
                position++;
                depth--;
                return false;
            }
            return true;
        }
        if (b == ']')
        {
            position++;
            depth--;
            return false;
        }
        if (b != ',') throw Error($"expected ',' or ']' after an array item, found {DescribeByte(b)}");
        position++;
        return true;
    }

    /// <summary>Skips the next value, checking its syntax, its depth and (in objects) that no key repeats. Iterative (the
    /// open arrays and objects are kept in a pooled array): what is skipped is as deep as the request made it.</summary>
    public void SkipValue()
    {
        JsonToken token = Peek();
        if (token is not (JsonToken.Object or JsonToken.Array))
        {
            ReadToken(out _, out _);
            return;
        }
        SkippedContainer[] open = ArrayPool<SkippedContainer>.Shared.Rent(16);
        int count = 0;
        try
        {
            Open(ref open, ref count, token);
            while (count > 0)
            {
                ref SkippedContainer current = ref open[count - 1];
                bool more;
                if (current.IsObject)
                {
                    more = NextProperty(ref current.KeyCount, out ReadOnlySpan<byte> name, out bool escaped);
                    if (more) current.CheckKey(ref this, name, escaped);
                }
                else
                {
                    more = NextItem(ref current.First);
                }
                if (!more)
                {
                    open[--count] = default;
                    continue;
                }
                token = Peek();
                if (token is JsonToken.Object or JsonToken.Array) Open(ref open, ref count, token);
                else ReadToken(out _, out _);
            }
        }
        finally
        {
            ArrayPool<SkippedContainer>.Shared.Return(open, clearArray: true);
        }
    }

    private void Open(ref SkippedContainer[] open, ref int count, JsonToken token)
    {
        if (token == JsonToken.Object) BeginObject();
        else BeginArray();
        if (count == open.Length)
        {
            SkippedContainer[] larger = ArrayPool<SkippedContainer>.Shared.Rent(open.Length * 2);
            open.AsSpan().CopyTo(larger);
            ArrayPool<SkippedContainer>.Shared.Return(open, clearArray: true);
            open = larger;
        }
        open[count++] = new SkippedContainer { IsObject = token == JsonToken.Object, First = true, FirstKeyStart = -1 };
    }

    /// <summary>An array or object being skipped; for an object, the keys seen so far (the first one as a position, a
    /// set only once a second key arrives, so skipping allocates nothing for the usual object).</summary>
    private struct SkippedContainer
    {
        public bool IsObject;
        public bool First;
        public int KeyCount;
        public int FirstKeyStart;
        public int FirstKeyLength;
        public bool FirstKeyEscaped;
        public HashSet<string>? Keys;

        public void CheckKey(ref JsonScanner scanner, ReadOnlySpan<byte> name, bool escaped)
        {
            if (FirstKeyStart < 0)
            {
                FirstKeyStart = scanner.Offset(name);
                FirstKeyLength = name.Length;
                FirstKeyEscaped = escaped;
                return;
            }
            Keys ??= new HashSet<string>(StringComparer.Ordinal)
            {
                JsonStringText.Decode(scanner.json.Slice(FirstKeyStart, FirstKeyLength), FirstKeyEscaped),
            };
            if (!Keys.Add(JsonStringText.Decode(name, escaped))) throw scanner.DuplicateKey(name, escaped);
        }
    }

    /// <summary>Checks that nothing but whitespace follows.</summary>
    public void ExpectEnd()
    {
        SkipWhitespace();
        if (position < end) throw Error($"unexpected {DescribeByte(json[position])} after the end of the JSON value");
    }

    /// <summary>A parse-stage rejection for a key that repeats in one object (the span must come from this scanner).</summary>
    public readonly RequestRejectedException DuplicateKey(ReadOnlySpan<byte> name, bool hasEscapes) =>
        Error($"duplicate key {PythonRepr.Str(JsonStringText.Decode(name, hasEscapes))} in an object (every key may appear once)", Offset(name));

    /// <summary>A parse-stage rejection for a syntax error at the current position.</summary>
    public readonly RequestRejectedException Error(string problem) => Error(problem, position);

    /// <summary>A parse-stage rejection for a syntax error at <paramref name="at"/>.</summary>
    public readonly RequestRejectedException Error(string problem, int at)
    {
        int line = 1, column = 1;
        ReadOnlySpan<byte> before = json[..Math.Min(at, json.Length)];
        int lastNewline = before.LastIndexOf((byte)'\n');
        if (lastNewline >= 0)
        {
            line = before.Count((byte)'\n') + 1;
            before = before[(lastNewline + 1)..];
        }
        // Count characters, not bytes, so the column matches what an editor shows.
        column += System.Text.Encoding.UTF8.GetCharCount(before);
        return new RequestRejectedException(
            RejectionStage.Parse,
            $"The body is not valid JSON: {problem} (line {line.ToString(CultureInfo.InvariantCulture)}, column {column.ToString(CultureInfo.InvariantCulture)}).",
            isMalformed: true);
    }

    /// <summary>The offset in the whole text of a span obtained from this scanner.</summary>
    public readonly int Offset(ReadOnlySpan<byte> slice) =>
        (int)System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(json),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(slice));

    // Every reader that recurses does so once per array/object it enters, so this is the one place that keeps reading
    // within the thread's stack: a body deeper than the stack holds is refused, never a stack overflow (which no catch stops).
    // The check guarantees far more stack than 16 levels of any reader take, so it runs at levels 1, 17, 33, ... and costs
    // a usual body (records, rows) one call.
    private void Enter()
    {
        if (++depth > maxDepth)
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The body nests arrays and objects more than {maxDepth.ToString(CultureInfo.InvariantCulture)} levels deep (the limit); flatten the request.",
                isMalformed: true);
        }
        if ((depth & 15) == 1 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                "The body nests arrays and objects deeper than the reading thread's stack holds; flatten the request.",
                isMalformed: true);
        }
    }

    private JsonValueClass ReadNumber(out ReadOnlySpan<byte> raw)
    {
        ReadOnlySpan<byte> rest = json[position..end];
        if (rest[0] == 'N') { raw = ReadLiteral("NaN"u8); return JsonValueClass.NaN; }
        if (rest[0] == 'I') { raw = ReadLiteral("Infinity"u8); return JsonValueClass.PositiveInfinity; }
        if (rest.Length > 1 && rest[0] == '-' && rest[1] == 'I') { raw = ReadLiteral("-Infinity"u8); return JsonValueClass.NegativeInfinity; }
        int length = JsonNumberText.ScanNumber(rest, out JsonValueClass valueClass);
        if (length == 0) throw Error("invalid number");
        raw = rest[..length];
        position += length;
        return valueClass;
    }

    private ReadOnlySpan<byte> ReadLiteral(ReadOnlySpan<byte> literal)
    {
        ReadOnlySpan<byte> rest = json[position..end];
        if (!rest.StartsWith(literal))
        {
            throw Error(rest.Length < literal.Length && literal.StartsWith(rest)
                ? "unexpected end of the body (it is cut short)"
                : $"invalid literal, expected '{System.Text.Encoding.ASCII.GetString(literal)}'");
        }
        position += literal.Length;
        return rest[..literal.Length];
    }

    private ReadOnlySpan<byte> ReadStringContent(out bool hasEscapes)
    {
        int start = ++position;
        hasEscapes = false;
        while (true)
        {
            int index = json[position..end].IndexOfAny(StringSpecials);
            if (index < 0)
            {
                position = end;
                throw Error("unterminated string (the body is cut short)", start - 1);
            }
            position += index;
            byte b = json[position];
            if (b == '"')
            {
                ReadOnlySpan<byte> content = json[start..position];
                position++;
                if (content.Length > maxStringBytes)
                {
                    throw new RequestRejectedException(
                        RejectionStage.Parse,
                        $"The body has a string of {content.Length.ToString(CultureInfo.InvariantCulture)} bytes, more than the limit of {maxStringBytes.ToString(CultureInfo.InvariantCulture)}; send shorter strings.",
                        isMalformed: true);
                }
                return content;
            }
            if (b != '\\') throw Error("unescaped control character in a string");
            hasEscapes = true;
            if (position + 1 >= end) throw Error("unterminated string (the body is cut short)", start - 1);
            byte kind = json[position + 1];
            if (kind == 'u')
            {
                if (position + 6 > end) throw Error("unterminated string (the body is cut short)", start - 1);
                for (int i = position + 2; i < position + 6; i++)
                {
                    if (!char.IsAsciiHexDigit((char)json[i])) throw Error("invalid \\u escape in a string (expected 4 hex digits)");
                }
                position += 6;
            }
            else if (kind is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
            {
                position += 2;
            }
            else
            {
                throw Error($"invalid escape '\\{(char)kind}' in a string");
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        // Fast exit: values usually follow a separator directly or after one space.
        if (position < end && json[position] > (byte)' ') return;
        while (position < end)
        {
            byte b = json[position];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return;
            position++;
        }
    }

    private static string DescribeByte(byte b) => b switch
    {
        (byte)'"' => "'\"'",
        >= 0x21 and <= 0x7E => "'" + (char)b + "'",
        (byte)' ' => "a space",
        < 0x20 => $"control character 0x{b:X2}",
        _ => "a non-ASCII character",
    };
}
