using System.Globalization;

namespace Signatures.MLmodel;

/// <summary>
/// PyYAML's rule for tabs, which YamlDotNet does not share: between tokens PyYAML skips only spaces, so a tab before a
/// value (<c>inputs:\t'[...]'</c>), after one, in indentation or inside a plain scalar is
/// <c>found character '\t' that cannot start any token</c>. Tabs are only content inside quoted and block scalars and
/// comments. A file MLflow's <c>Model.load</c> cannot read is refused here too.
/// </summary>
internal static class PyYamlTabs
{
    /// <summary>Throws <see cref="SignatureException"/> for the first tab PyYAML would refuse.</summary>
    /// <param name="yaml">The text.</param>
    /// <param name="contentSpans">The character ranges [start, end) of the quoted and block scalars, in text order.</param>
    /// <param name="what">What the text is, for the message.</param>
    public static void Check(string yaml, IReadOnlyList<(long Start, long End)> contentSpans, string what)
    {
        if (FirstRefusedTab(yaml, contentSpans) is (int line, int column))
        {
            throw Refused(what, line, column);
        }
    }

    /// <summary>The message for a tab PyYAML refuses at a 1-based line and column.</summary>
    public static SignatureException Refused(string what, int line, int column) => new(
        $"{what} is not valid YAML as MLflow (PyYAML) reads it: found character '\\t' that cannot start any token " +
        $"(line {line.ToString(CultureInfo.InvariantCulture)}, column {column.ToString(CultureInfo.InvariantCulture)}); " +
        "PyYAML allows tabs only inside quoted scalars and comments, so indent and separate with spaces.");

    /// <summary>Where the first tab outside <paramref name="contentSpans"/> and comments is, if any.</summary>
    public static (int Line, int Column)? FirstRefusedTab(string yaml, IReadOnlyList<(long Start, long End)> contentSpans)
    {
        if (yaml.IndexOf('\t') < 0) return null;
        int line = 1, column = 1;
        int next = 0;
        bool inComment = false;
        for (int i = 0; i < yaml.Length; i++)
        {
            char c = yaml[i];
            while (next < contentSpans.Count && contentSpans[next].End <= i) next++;
            bool inScalar = next < contentSpans.Count && i >= contentSpans[next].Start;
            if (c is '\n' or '\r')
            {
                inComment = false;
                if (c == '\n' || i + 1 >= yaml.Length || yaml[i + 1] != '\n')
                {
                    line++;
                    column = 0;
                }
            }
            else if (!inScalar && !inComment)
            {
                // A '#' starts a comment at the start of a line or after whitespace, as in YAML.
                if (c == '#' && (i == 0 || yaml[i - 1] is ' ' or '\t' or '\n' or '\r')) inComment = true;
                else if (c == '\t') return (line, column);
            }
            column++;
        }
        return null;
    }
}
