using System.Buffers;
using System.Text.Json;
using System.Text.Encodings.Web;

namespace Signatures.AspNetCore.Responses;

/// <summary>Where the generated writers write a response before it is rewritten as Python's text: one buffer and JSON
/// writer per thread, reused (the write and the rewrite run without an await in between).</summary>
internal sealed class ResponseBuffer
{
    // A buffer that grew past this for one large response is not kept.
    private const int KeptCapacity = 1 << 20;

    [ThreadStatic]
    private static ResponseBuffer? cached;

    private readonly ArrayBufferWriter<byte> bytes = new(4096);

    private ResponseBuffer()
    {
        // Relaxed escaping leaves non-ASCII as UTF-8, so the rewrite escapes every character the way Python does.
        Writer = new Utf8JsonWriter(bytes, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public Utf8JsonWriter Writer { get; }

    public ReadOnlySpan<byte> Written => bytes.WrittenSpan;

    public static ResponseBuffer Rent()
    {
        ResponseBuffer buffer = cached ?? new ResponseBuffer();
        cached = null;
        return buffer;
    }

    public void Return()
    {
        Writer.Reset();
        bytes.ResetWrittenCount();
        if (bytes.Capacity <= KeptCapacity) cached = this;
    }
}
