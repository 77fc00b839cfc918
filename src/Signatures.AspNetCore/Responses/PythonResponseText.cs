using System.Buffers;
using System.Globalization;
using System.Text;
using Signatures.Formats;

namespace Signatures.AspNetCore.Responses;

/// <summary>
/// Rewrites the compact JSON the generated writers give (System.Text.Json, relaxed escaping) as MLflow's scoring server
/// writes its response with Python's <c>json.dumps</c>: separators <c>", "</c> and <c>": "</c>, every character outside
/// printable ASCII as a lowercase <c>\uXXXX</c>, floats as Python's <c>repr</c> of the double (a float32 as the double
/// nearest to it), bytes as <c>base64.encodebytes</c>, date-times as <c>isoformat()</c>. The values themselves are not
/// changed; the <see cref="ResponseLayout"/> says which values are float32, bytes or date-times.
/// </summary>
internal static class PythonResponseText
{
    private readonly record struct Frame(bool IsObject, ResponseValueKind Kind);

    public static void Transcode(ReadOnlySpan<byte> json, ResponseLayout layout, IBufferWriter<byte> output)
    {
        var frames = new List<Frame>(8);
        var pending = ResponseValueKind.Json;
        bool expectKey = false;
        int i = 0;
        while (i < json.Length)
        {
            byte b = json[i];
            switch (b)
            {
                case (byte)'{':
                case (byte)'[':
                    frames.Add(new Frame(b == '{', pending));
                    expectKey = b == '{';
                    Write(output, b);
                    i++;
                    break;
                case (byte)'}':
                case (byte)']':
                    frames.RemoveAt(frames.Count - 1);
                    expectKey = false;
                    Write(output, b);
                    i++;
                    break;
                case (byte)',':
                    Write(output, ", "u8);
                    expectKey = frames.Count > 0 && frames[^1].IsObject;
                    if (!expectKey) pending = frames[^1].Kind;
                    i++;
                    break;
                case (byte)':':
                    Write(output, ": "u8);
                    i++;
                    break;
                case (byte)'"':
                    if (expectKey)
                    {
                        int end = StringEnd(json, i);
                        pending = KindAfterKey(json[(i + 1)..end], frames, layout);
                        WriteString(json[(i + 1)..end], ResponseValueKind.Json, output);
                        expectKey = false;
                        i = end + 1;
                    }
                    else
                    {
                        int end = StringEnd(json, i);
                        WriteString(json[(i + 1)..end], pending, output);
                        i = end + 1;
                    }
                    break;
                default:
                    i = WriteLiteral(json, i, pending, output);
                    break;
            }
            if (b == (byte)'[') pending = frames[^1].Kind;
        }
    }

    // The kind of the value under a key: set by the layout at the keyed level, inherited elsewhere.
    private static ResponseValueKind KindAfterKey(ReadOnlySpan<byte> key, List<Frame> frames, ResponseLayout layout)
    {
        int depth = frames.Count;
        bool keyed = layout.Keys switch
        {
            ResponseLayout.Keying.Records => depth == 3,
            ResponseLayout.Keying.NamedTensors => depth == 2,
            _ => false,
        };
        if (keyed) return layout.ByKey.TryGetValue(Encoding.UTF8.GetString(key), out ResponseValueKind kind) ? kind : ResponseValueKind.Json;
        return depth == 1 && layout.Keys == ResponseLayout.Keying.None ? layout.Whole : frames[^1].Kind;
    }

    private static int StringEnd(ReadOnlySpan<byte> json, int start)
    {
        int i = start + 1;
        while (json[i] != '"') i += json[i] == '\\' ? 2 : 1;
        return i;
    }

    private static void WriteString(ReadOnlySpan<byte> content, ResponseValueKind kind, IBufferWriter<byte> output)
    {
        Write(output, (byte)'"');
        switch (kind)
        {
            case ResponseValueKind.Binary:
                // base64.encodebytes: a line break after every 76 characters and after the last line.
                for (int start = 0; start < content.Length; start += 76)
                {
                    Write(output, content[start..Math.Min(start + 76, content.Length)]);
                    Write(output, "\\n"u8);
                }
                break;
            case ResponseValueKind.Datetime:
                WriteEscaped(IsoFraction(content), output);
                break;
            default:
                WriteEscaped(content, output);
                break;
        }
        Write(output, (byte)'"');
    }

    // isoformat(): no fraction when it is zero (the writers leave it out), else 6 digits, or 9 when finer than microseconds.
    private static ReadOnlySpan<byte> IsoFraction(ReadOnlySpan<byte> text)
    {
        int dot = text.IndexOf((byte)'.');
        if (dot < 0 || text.Length - dot - 1 == 6) return text;
        ReadOnlySpan<byte> digits = text[(dot + 1)..];
        int width = digits.Length <= 6 || digits[6..].IndexOfAnyExcept((byte)'0') < 0 ? 6 : 9;
        byte[] padded = new byte[dot + 1 + width];
        text[..(dot + 1)].CopyTo(padded);
        padded.AsSpan(dot + 1).Fill((byte)'0');
        digits[..Math.Min(width, digits.Length)].CopyTo(padded.AsSpan(dot + 1));
        return padded;
    }

    private static void WriteEscaped(ReadOnlySpan<byte> content, IBufferWriter<byte> output)
    {
        Span<byte> escape = stackalloc byte[12];
        Span<char> pair = stackalloc char[2];
        int run = 0;
        int i = 0;
        while (i < content.Length)
        {
            byte b = content[i];
            if (b == '\\')
            {
                Write(output, content.Slice(run, i - run));
                if (content[i + 1] == 'u')
                {
                    int code = int.Parse(content.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    // Python writes DEL as it is; everything else escaped keeps its escape, in lowercase hex.
                    if (code == 0x7F) Write(output, (byte)0x7F);
                    else Write(output, escape[..Escape(code, escape)]);
                    i += 6;
                }
                else
                {
                    Write(output, content.Slice(i, 2));
                    i += 2;
                }
                run = i;
            }
            else if (b >= 0x80)
            {
                Write(output, content.Slice(run, i - run));
                System.Text.Rune.DecodeFromUtf8(content[i..], out System.Text.Rune rune, out int consumed);
                if (rune.IsBmp)
                {
                    Write(output, escape[..Escape(rune.Value, escape)]);
                }
                else
                {
                    rune.EncodeToUtf16(pair);
                    Write(output, escape[..Escape(pair[0], escape)]);
                    Write(output, escape[..Escape(pair[1], escape)]);
                }
                i += consumed;
                run = i;
            }
            else
            {
                i++;
            }
        }
        Write(output, content[run..]);
    }

    private static int Escape(int code, Span<byte> destination)
    {
        "\\u"u8.CopyTo(destination);
        code.TryFormat(destination[2..], out int written, "x4", CultureInfo.InvariantCulture);
        return 2 + written;
    }

    // Numbers and the literals true, false, null, NaN, Infinity, -Infinity.
    private static int WriteLiteral(ReadOnlySpan<byte> json, int start, ResponseValueKind kind, IBufferWriter<byte> output)
    {
        int end = start;
        while (end < json.Length && json[end] is not ((byte)',' or (byte)']' or (byte)'}' or (byte)':')) end++;
        ReadOnlySpan<byte> token = json[start..end];
        if (token.IndexOfAny("eE."u8) >= 0 && token[0] is (byte)'-' or (>= (byte)'0' and <= (byte)'9') && !token.SequenceEqual("-Infinity"u8))
        {
            double value = kind == ResponseValueKind.Float32
                ? float.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture)
                : double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
            Write(output, Encoding.ASCII.GetBytes(PythonJsonText.FormatDouble(value)));
        }
        else
        {
            Write(output, token);
        }
        return end;
    }

    private static void Write(IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }
}
