using System.Text;

namespace Signatures.Cli.IO;

/// <summary>The command's standard input as bytes, opened on first use; every failure to read it is an
/// <see cref="InputOutputException"/>.</summary>
public sealed class StandardInput
{
    private readonly Func<Stream> open;
    private readonly Func<bool> isClosed;
    private Stream? stream;

    private StandardInput(Func<Stream> open, Func<bool> isClosed)
    {
        this.open = open;
        this.isClosed = isClosed;
    }

    /// <summary>The process's standard input (its exact bytes).</summary>
    public static StandardInput FromConsole() => new(Console.OpenStandardInput, StandardInputProbe.IsClosed);

    /// <summary>Standard input given as bytes.</summary>
    public static StandardInput FromStream(Stream stream) => new(() => stream, static () => false);

    /// <summary>Standard input given as text (read lazily and encoded as UTF-8, lone surrogates kept as their 3-byte form).</summary>
    public static StandardInput FromReader(TextReader reader) => new(() => new TextReaderStream(reader), static () => false);

    /// <summary>The display name used in messages.</summary>
    public const string DisplayName = "<stdin>";

    /// <summary>Reads at most <paramref name="limit"/> bytes; <see cref="BoundedBytes.TooLarge"/> when there is more.</summary>
    public BoundedBytes ReadBounded(int limit) => Guard(() => BoundedBytes.Read(Open(), limit, knownLength: null));

    /// <summary>A reader of the input's lines (UTF-8), each bounded by <paramref name="maxLineChars"/>.</summary>
    public BoundedLineReader OpenLines(int maxLineChars) =>
        new(Guard(() => new StreamReader(Open(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true)), maxLineChars, this);

    /// <summary>Runs a read of standard input, turning a system failure into an <see cref="InputOutputException"/>.</summary>
    internal T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException && e is not InputOutputException)
        {
            throw new InputOutputException("cannot read standard input: " + InputOutputException.Reason(e), e);
        }
    }

    private Stream Open()
    {
        if (stream is not null) return stream;
        // Checked when standard input is first needed, so commands that never read it never look.
        if (isClosed()) throw new InputOutputException("cannot read standard input: it is closed.");
        return stream = open();
    }
}
