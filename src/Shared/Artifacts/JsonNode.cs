using System.Collections.Generic;
using System.Text;
using Signatures.Formats;

namespace Signatures.Shared.Artifacts;

/// <summary>What a <see cref="JsonNode"/> is.</summary>
internal enum JsonNodeKind
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// <summary>
/// A parsed JSON value, just enough to read an MLflow schema inside a compiler extension (System.Text.Json is not
/// something an analyzer can rely on finding in every compiler host). Numbers keep their source text, so a param
/// default is compared exactly as MLflow wrote it.
/// </summary>
internal sealed class JsonNode
{
    private JsonNode(JsonNodeKind kind, string text, List<JsonNode>? items, List<KeyValuePair<string, JsonNode>>? members)
    {
        Kind = kind;
        Text = text;
        Items = items ?? Empty;
        Members = members ?? EmptyMembers;
    }

    private static readonly List<JsonNode> Empty = new();
    private static readonly List<KeyValuePair<string, JsonNode>> EmptyMembers = new();

    public JsonNodeKind Kind { get; }

    /// <summary>A string's value, a number's source text, <c>true</c>/<c>false</c>, or <c>null</c>.</summary>
    public string Text { get; }

    /// <summary>An array's items.</summary>
    public IReadOnlyList<JsonNode> Items { get; }

    /// <summary>An object's members in the order written (a repeated key keeps every occurrence; <see cref="Get"/> takes the last, as Python does).</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode>> Members { get; }

    public static JsonNode Null { get; } = new(JsonNodeKind.Null, "null", null, null);

    public static JsonNode Boolean(bool value) => new(JsonNodeKind.Boolean, value ? "true" : "false", null, null);

    public static JsonNode Number(string text) => new(JsonNodeKind.Number, text, null, null);

    public static JsonNode String(string value) => new(JsonNodeKind.String, value, null, null);

    public static JsonNode Array(List<JsonNode> items) => new(JsonNodeKind.Array, string.Empty, items, null);

    public static JsonNode Object(List<KeyValuePair<string, JsonNode>> members) => new(JsonNodeKind.Object, string.Empty, null, members);

    /// <summary>The last value of <paramref name="key"/> in an object (Python's dict keeps the last), or <see langword="null"/>.</summary>
    public JsonNode? Get(string key)
    {
        JsonNode? found = null;
        foreach (KeyValuePair<string, JsonNode> member in Members)
        {
            if (member.Key == key) found = member.Value;
        }
        return found;
    }

    /// <summary>The value as Python's <c>json.dumps</c> writes it (the layout of every JSON text MLflow writes).</summary>
    public string ToPythonJson()
    {
        var builder = new StringBuilder();
        Write(builder);
        return builder.ToString();
    }

    private void Write(StringBuilder builder)
    {
        switch (Kind)
        {
            case JsonNodeKind.String:
                PythonJsonText.AppendString(builder, Text);
                break;
            case JsonNodeKind.Array:
                builder.Append('[');
                for (int i = 0; i < Items.Count; i++)
                {
                    if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
                    Items[i].Write(builder);
                }
                builder.Append(']');
                break;
            case JsonNodeKind.Object:
                builder.Append('{');
                for (int i = 0; i < Members.Count; i++)
                {
                    if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
                    PythonJsonText.AppendString(builder, Members[i].Key);
                    builder.Append(PythonJsonText.KeySeparator);
                    Members[i].Value.Write(builder);
                }
                builder.Append('}');
                break;
            default:
                builder.Append(Text);
                break;
        }
    }
}
