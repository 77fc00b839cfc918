using System.Text;

namespace Signatures.Cli.IO;

/// <summary>Reads lines of at most a given length; a longer line is skipped to its end and reported, so a batch keeps
/// one answer per line without holding the long line.</summary>
public sealed class BoundedLineReader(TextReader reader, int maxLineChars, StandardInput input)
{
    private readonly StringBuilder line = new();

    /// <summary>The next line without its line break, or <see langword="null"/> at the end of the input;
    /// <paramref name="tooLong"/> says the line was longer than the limit (then the text is empty).</summary>
    public string? ReadLine(out bool tooLong)
    {
        bool longer = false;
        string? text = input.Guard(() => Next(out longer));
        tooLong = longer;
        return text;
    }

    private string? Next(out bool tooLong)
    {
        line.Clear();
        tooLong = false;
        int c;
        bool any = false;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n') break;
            if (c == '\r')
            {
                if (reader.Peek() == '\n') reader.Read();
                break;
            }
            if (tooLong) continue;
            if (line.Length == maxLineChars)
            {
                tooLong = true;
                line.Clear();
                continue;
            }
            line.Append((char)c);
        }
        return any ? line.ToString() : null;
    }
}
