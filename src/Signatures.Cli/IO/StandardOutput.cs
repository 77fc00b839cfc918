using System.Text;

namespace Signatures.Cli.IO;

/// <summary>Standard output: a failure to write or flush it (closed, a full disk) becomes an
/// <see cref="InputOutputException"/> instead of being lost.</summary>
internal sealed class StandardOutput(TextWriter inner) : TextWriter
{
    /// <summary>The process's standard output, buffered; the command flushes it before it exits.</summary>
    public static TextWriter FromConsole() =>
        new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 64 * 1024) { AutoFlush = false };

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException && e is not InputOutputException)
        {
            throw Failure(e);
        }
    }

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException && e is not InputOutputException)
        {
            throw Failure(e);
        }
    }

    private static InputOutputException Failure(Exception e) => new("cannot write standard output: " + InputOutputException.Reason(e), e);
}
