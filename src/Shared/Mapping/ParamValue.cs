using System.Text;
using Signatures.Formats;

namespace Signatures.Shared.Mapping;

/// <summary>What a <see cref="ParamValue"/> holds.</summary>
internal enum ParamValueKind
{
    /// <summary>JSON <c>null</c>.</summary>
    Null,
    /// <summary>A scalar, already written as MLflow writes it after normalisation (<c>1.0</c>, <c>"a"</c>, <c>true</c>).</summary>
    Literal,
    /// <summary>A list of values.</summary>
    List,
    /// <summary>An object's members, in the order written.</summary>
    Object,
}

/// <summary>
/// A param default read from C# source, normalised as MLflow's <c>ParamSpec</c> normalises it. Object keys stay
/// member names until the naming policy is known (<see cref="ToJson"/>).
/// </summary>
/// <remarks>Cached by Roslyn between runs: keep every member immutable with value equality.</remarks>
/// <param name="Kind">What the value is.</param>
/// <param name="Literal">For <see cref="ParamValueKind.Literal"/>: the JSON text.</param>
/// <param name="Items">For <see cref="ParamValueKind.List"/>: the items.</param>
/// <param name="Fields">For <see cref="ParamValueKind.Object"/>: the members set.</param>
internal sealed record ParamValue(ParamValueKind Kind, string Literal, EquatableArray<ParamValue> Items, EquatableArray<ParamField> Fields)
{
    /// <summary>JSON <c>null</c>.</summary>
    public static ParamValue Null { get; } = new(ParamValueKind.Null, "null", EquatableArray<ParamValue>.Empty, EquatableArray<ParamField>.Empty);

    /// <summary>A scalar whose JSON text is <paramref name="json"/>.</summary>
    public static ParamValue OfLiteral(string json) => new(ParamValueKind.Literal, json, EquatableArray<ParamValue>.Empty, EquatableArray<ParamField>.Empty);

    /// <summary>The JSON MLflow writes for this default (Python <c>json.dumps</c> layout).</summary>
    public string ToJson(NamingPolicy policy)
    {
        var builder = new StringBuilder();
        Write(builder, policy);
        return builder.ToString();
    }

    private void Write(StringBuilder builder, NamingPolicy policy)
    {
        switch (Kind)
        {
            case ParamValueKind.List:
                builder.Append('[');
                for (int i = 0; i < Items.Count; i++)
                {
                    if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
                    Items[i].Write(builder, policy);
                }
                builder.Append(']');
                break;
            case ParamValueKind.Object:
                builder.Append('{');
                for (int i = 0; i < Fields.Count; i++)
                {
                    if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
                    PythonJsonText.AppendString(builder, ColumnNames.Resolve(Fields[i].MemberName, Fields[i].ExplicitName, policy));
                    builder.Append(PythonJsonText.KeySeparator);
                    Fields[i].Value.Write(builder, policy);
                }
                builder.Append('}');
                break;
            default:
                builder.Append(Literal);
                break;
        }
    }
}

/// <summary>One member set in an object default.</summary>
/// <param name="MemberName">The C# member name.</param>
/// <param name="ExplicitName">Its <c>[Column("name")]</c>, or <see langword="null"/>.</param>
/// <param name="Value">The value.</param>
internal sealed record ParamField(string MemberName, string? ExplicitName, ParamValue Value);
