using System.Text;

namespace Signatures;

/// <summary>One entry of a <see cref="Schema"/>: a <see cref="ColSpec"/> or a <see cref="TensorSpec"/>.</summary>
public abstract record InputSpec
{
    private readonly NameKind nameKind;

    private protected InputSpec() { }

    /// <summary>The input's name, or <see langword="null"/> when unnamed. For a name that is not a JSON string (see
    /// <see cref="NameKind"/>) this is Python's <c>str()</c> of it, e.g. <c>0</c>.</summary>
    public abstract string? Name { get; }

    /// <summary>Whether <see cref="Name"/> is a string (the default) or, as MLflow allows, a number or boolean. Set it
    /// with <c>with { NameKind = ... }</c>; <see cref="Name"/> must then be the Python <c>str()</c> of such a value.</summary>
    /// <exception cref="SignatureException">The name is not the text of a value of that kind.</exception>
    public NameKind NameKind
    {
        get => nameKind;
        init
        {
            if (value != NameKind.String) InputNames.Check(Name, value);
            nameKind = value;
        }
    }

    /// <summary>Whether the input must be present. Tensors are always required.</summary>
    public abstract bool IsRequired { get; }

    /// <summary>The name as MLflow's messages show it (Python's <c>repr</c>: <c>'a'</c>, <c>0</c>); <c>None</c> when unnamed.</summary>
    internal string NameRepr => Name is null ? "None" : InputNames.Repr(Name, NameKind);

    /// <summary>The key a request's number or boolean label must have to be this input (see
    /// <see cref="InputNames.NumericKey"/>); <see langword="null"/> for a string name.</summary>
    internal string? NumericNameKey => Name is null ? null : InputNames.NumericKey(Name, NameKind);

    /// <summary>Writes <c>"name": ...</c> (no separator around it).</summary>
    internal void WriteNameJson(StringBuilder builder)
    {
        builder.Append("\"name\": ");
        InputNames.AppendJson(builder, Name!, NameKind);
    }

    internal abstract void WriteJson(StringBuilder builder);
}
