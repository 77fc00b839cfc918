using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using Signatures.Enforcement;

namespace Signatures.Requests;

/// <summary>
/// A whole request body read from a <see cref="PipeReader"/> (or a <see cref="Stream"/>) for the span-based readers.
/// A body that arrived in one buffer segment is used where it lies (no copy); one spread over several segments is copied
/// once into a pooled buffer. A body longer than the limit is not kept: <see cref="IsTooLarge"/> says so and the reader
/// stops reading. Dispose it after reading the request: that releases the buffer (or lets the pipe reuse it).
/// </summary>
public sealed class RequestBody : IDisposable
{
    private readonly PipeReader? reader;
    private readonly bool ownsReader;
    private readonly ReadOnlySequence<byte> sequence;
    private byte[]? rented;
    private readonly int length;
    private bool released;

    private RequestBody(PipeReader? reader, bool ownsReader, ReadOnlySequence<byte> sequence, byte[]? rented, int length, bool tooLarge)
    {
        this.reader = reader;
        this.ownsReader = ownsReader;
        this.sequence = sequence;
        this.rented = rented;
        this.length = length;
        IsTooLarge = tooLarge;
    }

    /// <summary>Whether the body was longer than the limit (then <see cref="Span"/> is empty).</summary>
    public bool IsTooLarge { get; }

    /// <summary>The body's bytes (valid until <see cref="Dispose"/>).</summary>
    public ReadOnlySpan<byte> Span => rented is not null ? rented.AsSpan(0, length) : sequence.FirstSpan;

    /// <summary>Reads <paramref name="reader"/> to its end, keeping at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="reader">The body's reader (an ASP.NET Core request's <c>BodyReader</c>, say); left open.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <param name="cancellationToken">Stops waiting for more bytes (an aborted request).</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled or the read was cancelled.</exception>
    public static ValueTask<RequestBody> ReadAsync(PipeReader reader, int maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 0);
        return ReadAsync(reader, ownsReader: false, maxBytes, cancellationToken);
    }

    /// <summary>Reads <paramref name="stream"/> to its end, keeping at most <paramref name="maxBytes"/> bytes; the stream is left open.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<RequestBody> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 0);
        return ReadAsync(PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true)), ownsReader: true, maxBytes, cancellationToken);
    }

    /// <summary>The rejection for a body over <paramref name="maxBytes"/>, at the parse stage as the enforcer words it.</summary>
    public static RequestRejection TooLargeRejection(int maxBytes) =>
        new(RejectionStage.Parse, $"The body is larger than the limit of {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes.");

    private static async ValueTask<RequestBody> ReadAsync(PipeReader reader, bool ownsReader, int maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                ReadResult result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = result.Buffer;
                if (buffer.Length > maxBytes)
                {
                    reader.AdvanceTo(buffer.End);
                    if (ownsReader) await reader.CompleteAsync().ConfigureAwait(false);
                    return new RequestBody(null, false, default, null, 0, tooLarge: true);
                }
                if (result.IsCanceled) throw new OperationCanceledException("Reading the request body was cancelled.", cancellationToken);
                if (result.IsCompleted)
                {
                    // One segment: parse it where it lies and advance the reader only when done (Dispose).
                    if (buffer.IsSingleSegment) return new RequestBody(reader, ownsReader, buffer, null, (int)buffer.Length, tooLarge: false);
                    int length = (int)buffer.Length;
                    byte[] copy = ArrayPool<byte>.Shared.Rent(length);
                    buffer.CopyTo(copy);
                    reader.AdvanceTo(buffer.End);
                    if (ownsReader) await reader.CompleteAsync().ConfigureAwait(false);
                    return new RequestBody(null, false, default, copy, length, tooLarge: false);
                }
                // Nothing consumed, everything examined: the pipe keeps buffering until the body ends.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch when (ownsReader)
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Releases the body's buffer.</summary>
    public void Dispose()
    {
        if (rented is { } array)
        {
            rented = null;
            ArrayPool<byte>.Shared.Return(array);
        }
        if (reader is not null && !released)
        {
            released = true;
            reader.AdvanceTo(sequence.End);
            if (ownsReader) reader.Complete();
        }
    }
}
