using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Signatures.Formats;

namespace Signatures.Json;

/// <summary>Writes a parsed JSON value the way Python's <c>json.dumps(json.loads(text))</c> would: integer
/// literals as Python ints (any size), other numbers as Python float reprs, keys in their given order.
/// Takes a <see cref="PythonJsonValue"/> (what the signature readers parse) or a <see cref="JsonElement"/>.</summary>
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

    public static string Write(JsonElement element)
    {
        var builder = new StringBuilder();
        Write(builder, element);
        return builder.ToString();
    }

    public static void Write(StringBuilder builder, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                bool first = true;
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!first) builder.Append(PythonJsonText.ItemSeparator);
                    first = false;
                    PythonJsonText.AppendString(builder, property.Name);
                    builder.Append(PythonJsonText.KeySeparator);
                    Write(builder, property.Value);
                }
                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (index++ > 0) builder.Append(PythonJsonText.ItemSeparator);
                    Write(builder, item);
                }
                builder.Append(']');
                break;
            case JsonValueKind.String:
                PythonJsonText.AppendString(builder, element.GetString()!);
                break;
            case JsonValueKind.Number:
                builder.Append(FormatNumber(element.GetRawText()));
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    /// <summary>Whether a JSON number token is an integer literal (no fraction, no exponent), which Python reads as <c>int</c>.</summary>
    public static bool IsIntegerLiteral(string raw) => raw.IndexOfAny(['.', 'e', 'E']) < 0;

    /// <summary>Python's text for a JSON number: an int stays an int, anything else is a float repr.</summary>
    public static string FormatNumber(string raw) => IsIntegerLiteral(raw)
        ? BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
        : PythonJsonText.FormatDouble(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture));
}
