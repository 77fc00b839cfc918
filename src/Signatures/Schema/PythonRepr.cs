using System.Text;

namespace Signatures;

/// <summary>Python <c>repr()</c> of the values MLflow embeds in its messages, so ours read the same.</summary>
internal static class PythonRepr
{
    /// <summary><c>repr(str)</c>: single quotes unless the text has a single quote and no double quote.</summary>
    public static string Str(string value)
    {
        char quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder(value.Length + 2).Append(quote);
        foreach (char c in value)
        {
            if (c == quote || c == '\\') builder.Append('\\').Append(c);
            else if (c == '\n') builder.Append("\\n");
            else if (c == '\r') builder.Append("\\r");
            else if (c == '\t') builder.Append("\\t");
            else if (c < ' ' || c == '\x7f') builder.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.Append(quote).ToString();
    }

    /// <summary><c>repr(list_of_str)</c>: <c>['a', 'b']</c>.</summary>
    public static string StrList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Str)) + "]";
}
