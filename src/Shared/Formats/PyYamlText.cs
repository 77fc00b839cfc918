using System.Text;

namespace Signatures.Formats;

/// <summary>
/// The parts of PyYAML's emitter (<c>yaml.safe_dump(..., default_flow_style=False)</c>) that MLflow's
/// MLmodel <c>signature:</c> block needs: single-quoted scalars folded at the best width (80), continuation
/// lines indented, <c>'</c> doubled. Ported from PyYAML's <c>Emitter.write_single_quoted</c> so the folding
/// decisions are the same character for character.
/// </summary>
internal static class PyYamlText
{
    /// <summary>PyYAML's default <c>best_width</c>.</summary>
    public const int BestWidth = 80;

    /// <summary>
    /// Appends <c>key: value</c> as one line of a block mapping, the value a single-quoted scalar (or
    /// <c>null</c>), folding long values onto continuation lines.
    /// </summary>
    /// <param name="builder">Output.</param>
    /// <param name="keyIndent">Spaces before the key.</param>
    /// <param name="key">The mapping key (a plain scalar).</param>
    /// <param name="value">The string value, or <see langword="null"/> for YAML <c>null</c>.</param>
    /// <param name="continuationIndent">Indentation of folded continuation lines (PyYAML: key indent + 2).</param>
    public static void AppendKeyValue(StringBuilder builder, int keyIndent, string key, string? value, int continuationIndent)
    {
        builder.Append(' ', keyIndent).Append(key).Append(':');
        if (value is null)
        {
            builder.Append(" null\n");
            return;
        }
        builder.Append(' ');
        AppendSingleQuoted(builder, value, keyIndent + key.Length + 2, continuationIndent);
        builder.Append('\n');
    }

    /// <summary>Appends <paramref name="text"/> as a single-quoted scalar that starts at <paramref name="column"/>;
    /// <paramref name="split"/> <see langword="false"/> (a simple mapping key) never folds.</summary>
    public static void AppendSingleQuoted(StringBuilder builder, string text, int column, int indent, bool split = true)
    {
        builder.Append('\'');
        column++;
        bool spaces = false;
        bool breaks = false;
        int start = 0;
        int end = 0;
        while (end <= text.Length)
        {
            char? ch = end < text.Length ? text[end] : null;
            if (spaces)
            {
                if (ch is null || ch != ' ')
                {
                    if (start + 1 == end && column > BestWidth && split && start != 0 && end != text.Length)
                    {
                        builder.Append('\n').Append(' ', indent);
                        column = indent;
                    }
                    else
                    {
                        builder.Append(text, start, end - start);
                        column += end - start;
                    }
                    start = end;
                }
            }
            else if (breaks)
            {
                if (ch is null || !IsLineBreak(ch.Value))
                {
                    // A line break inside a single-quoted scalar is written as an empty line (PyYAML).
                    if (text[start] == '\n') builder.Append('\n');
                    for (int i = start; i < end; i++) builder.Append('\n');
                    builder.Append(' ', indent);
                    column = indent;
                    start = end;
                }
            }
            else if (ch is null || ch == ' ' || IsLineBreak(ch.Value) || ch == '\'')
            {
                if (start < end)
                {
                    builder.Append(text, start, end - start);
                    column += end - start;
                    start = end;
                }
            }

            if (ch == '\'')
            {
                builder.Append("''");
                column += 2;
                start = end + 1;
            }
            if (ch is not null)
            {
                spaces = ch == ' ';
                breaks = IsLineBreak(ch.Value);
            }
            end++;
        }
        builder.Append('\'');
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\u0085' or '\u2028' or '\u2029';
}
