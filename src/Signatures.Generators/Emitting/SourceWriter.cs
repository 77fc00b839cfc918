using System;
using System.Text;

namespace Signatures.Generators.Emitting;

/// <summary>
/// A small indented writer for generated C# (after System.Text.Json's SourceWriter): <see cref="WriteLine(string)"/>
/// indents every line of a multi-line string, so raw string blocks can be written as they read. Lines end with
/// <c>\n</c> whatever the platform, so the output is byte-identical everywhere.
/// </summary>
internal sealed class SourceWriter
{
    private const int SpacesPerIndent = 4;
    private readonly StringBuilder builder = new(4096);
    private int indentation;

    /// <summary>The current indentation level.</summary>
    public int Indentation
    {
        get => indentation;
        set
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value));
            indentation = value;
        }
    }

    /// <summary>Writes <paramref name="text"/> and a line end; each line of a multi-line text is indented.</summary>
    public void WriteLine(string text)
    {
        int start = 0;
        while (true)
        {
            int end = text.IndexOf('\n', start);
            string line = end < 0 ? text.Substring(start) : text.Substring(start, end - start).TrimEnd('\r');
            if (line.Length > 0) builder.Append(' ', indentation * SpacesPerIndent).Append(line);
            builder.Append('\n');
            if (end < 0) break;
            start = end + 1;
        }
    }

    /// <summary>Writes an empty line.</summary>
    public void WriteLine() => builder.Append('\n');

    /// <summary>Opens a block: <c>{</c> and one more indentation level.</summary>
    public void OpenBlock()
    {
        WriteLine("{");
        indentation++;
    }

    /// <summary>Closes a block opened with <see cref="OpenBlock"/>.</summary>
    public void CloseBlock(string suffix = "")
    {
        indentation--;
        WriteLine("}" + suffix);
    }

    /// <inheritdoc/>
    public override string ToString() => builder.ToString();
}
