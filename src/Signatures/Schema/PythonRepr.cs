using System.Globalization;
using System.Text;
using Signatures.Formats;
using Signatures.Json;

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
            else if (c < ' ' || c == '\x7f') builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.Append(quote).ToString();
    }

    /// <summary><c>repr(value)</c> of a value <c>json.loads</c> produced: <c>None</c>, <c>True</c>, <c>'a'</c>,
    /// <c>1.5</c>, <c>nan</c>, <c>[1, 'a']</c>, <c>{'k': 1}</c>.</summary>
    public static string Value(PythonJsonValue value)
    {
        var builder = new StringBuilder();
        AppendValue(builder, value);
        return builder.ToString();
    }

    /// <summary><c>str(value)</c>: like <see cref="Value"/>, except that a string is itself (no quotes).</summary>
    public static string StrOf(PythonJsonValue value) => value.Kind == PythonJsonKind.String ? value.Text : Value(value);

    /// <summary><c>repr(float)</c>: the shortest round-trip form, <c>nan</c>, <c>inf</c>, <c>-inf</c>.</summary>
    public static string Float(double value) =>
        double.IsNaN(value) ? "nan" : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : PythonJsonText.FormatDouble(value);

    private static void AppendValue(StringBuilder builder, PythonJsonValue value)
    {
        switch (value.Kind)
        {
            case PythonJsonKind.Null: builder.Append("None"); break;
            case PythonJsonKind.Bool: builder.Append(value.Boolean ? "True" : "False"); break;
            case PythonJsonKind.String: builder.Append(Str(value.Text)); break;
            case PythonJsonKind.Integer: builder.Append(PythonJsonValueWriter.FormatNumber(value)); break;
            case PythonJsonKind.Float: builder.Append(Float(value.ToDouble())); break;
            case PythonJsonKind.Array:
                builder.Append('[');
                for (int i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    AppendValue(builder, value.Items[i]);
                }
                builder.Append(']');
                break;
            default:
                builder.Append('{');
                bool first = true;
                foreach (KeyValuePair<string, PythonJsonValue> property in value.Properties)
                {
                    if (!first) builder.Append(", ");
                    first = false;
                    builder.Append(Str(property.Key)).Append(": ");
                    AppendValue(builder, property.Value);
                }
                builder.Append('}');
                break;
        }
    }

    /// <summary><c>repr(list_of_str)</c>: <c>['a', 'b']</c>.</summary>
    public static string StrList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Str)) + "]";
}
