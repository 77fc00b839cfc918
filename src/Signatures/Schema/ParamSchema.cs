using System.Text;
using Signatures.Formats;

namespace Signatures;

/// <summary>MLflow <c>ParamSchema</c>: the inference params of a model, in declaration order, with unique names.</summary>
public sealed record ParamSchema
{
    /// <summary>Creates a param schema; throws <see cref="SignatureException"/> when a name repeats.</summary>
    public ParamSchema(IEnumerable<ParamSpec> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Params = ValueArray.From(parameters);
        var duplicates = Params.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (duplicates.Length > 0)
        {
            throw new SignatureException("Duplicated parameters found in schema: " + PythonRepr.StrList(duplicates));
        }
    }

    /// <summary>Creates a param schema from its params.</summary>
    public ParamSchema(params ParamSpec[] parameters) : this((IEnumerable<ParamSpec>)parameters) { }

    /// <summary>The params in declaration order.</summary>
    public ValueArray<ParamSpec> Params { get; }

    /// <summary>The param called <paramref name="name"/>, or <see langword="null"/>.</summary>
    public ParamSpec? Find(string name) => Params.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>MLflow's <c>ParamSchema.to_json()</c>.</summary>
    public string ToJson()
    {
        var builder = new StringBuilder();
        builder.Append('[');
        for (int i = 0; i < Params.Count; i++)
        {
            if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
            Params[i].WriteJson(builder);
        }
        return builder.Append(']').ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToJson();
}
