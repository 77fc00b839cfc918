using System.Globalization;
using System.Numerics;
using System.Text;
using Signatures.Formats;

namespace Signatures.Json;

/// <summary>Writes a parsed JSON value the way Python's <c>json.dumps(json.loads(text))</c> would: integer
/// literals as Python ints (any size), other numbers as Python float reprs, keys in their given order.</summary>
internal static class PythonJsonValueWriter
{
    public static string Write(PythonJsonValue value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    public static void Write(StringBuilder builder, PythonJsonValue value)
    {
        switch (value.Kind)
        {
            case PythonJsonKind.Object:
                builder.Append('{');
                bool first = true;
                foreach (KeyValuePair<string, PythonJsonValue> property in value.Properties)
                {
                    if (!first) builder.Append(PythonJsonText.ItemSeparator);
                    first = false;
                    PythonJsonText.AppendString(builder, property.Key);
                    builder.Append(PythonJsonText.KeySeparator);
                    Write(builder, property.Value);
                }
                builder.Append('}');
                break;
            case PythonJsonKind.Array:
                builder.Append('[');
                for (int i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
                    Write(builder, value.Items[i]);
                }
                builder.Append(']');
                break;
            case PythonJsonKind.String:
                PythonJsonText.AppendString(builder, value.Text);
                break;
            case PythonJsonKind.Integer:
            case PythonJsonKind.Float:
                builder.Append(FormatNumber(value));
                break;
            case PythonJsonKind.Bool:
                builder.Append(value.Boolean ? "true" : "false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    /// <summary>Python's text for a number: an int as its decimal digits, a float as its repr (<c>NaN</c>,
    /// <c>Infinity</c> and <c>-Infinity</c> as <c>json.dumps</c> writes them).</summary>
    public static string FormatNumber(PythonJsonValue number) => number.Kind == PythonJsonKind.Integer
        ? BigInteger.Parse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
        : PythonJsonText.FormatDouble(number.ToDouble());
}
