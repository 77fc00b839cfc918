using System.Text;
using Signatures.Formats;

namespace Signatures;

/// <summary>
/// MLflow <c>Object</c>: a JSON object with named, typed properties. As in MLflow, the properties are
/// sorted by name (ordinal) on construction, must be non-empty and must have unique names.
/// </summary>
public sealed record ObjectType : ColumnType
{
    /// <summary>Creates an object type; throws <see cref="SignatureException"/> with MLflow's message when the
    /// properties are empty or a name repeats.</summary>
    public ObjectType(IEnumerable<ObjectProperty> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var sorted = properties.OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        if (sorted.Length == 0)
        {
            throw new SignatureException("Creating Object with empty properties is not allowed.");
        }
        var duplicates = sorted.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (duplicates.Length > 0)
        {
            throw new SignatureException("Found duplicated property names: " + string.Join(", ", duplicates.Select(d => "`" + d + "`")));
        }
        Properties = ValueArray.From(sorted);
    }

    /// <summary>The properties, sorted by name.</summary>
    public ValueArray<ObjectProperty> Properties { get; }

    /// <inheritdoc/>
    public override string TypeName => "object";

    /// <summary>The property called <paramref name="name"/>, or <see langword="null"/>.</summary>
    public ObjectProperty? Find(string name)
    {
        foreach (ObjectProperty p in Properties)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal)) return p;
        }
        return null;
    }

    internal override void WriteOpenJson(StringBuilder builder)
    {
        base.WriteOpenJson(builder);
        builder.Append(", \"properties\": ");
        WritePropertiesJson(builder);
    }

    /// <summary>Writes the <c>properties</c> mapping, sorted by name, each with <c>required</c> last.</summary>
    internal void WritePropertiesJson(StringBuilder builder)
    {
        builder.Append('{');
        for (int i = 0; i < Properties.Count; i++)
        {
            if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
            ObjectProperty p = Properties[i];
            PythonJsonText.AppendString(builder, p.Name);
            builder.Append(PythonJsonText.KeySeparator);
            p.Type.WriteOpenJson(builder);
            builder.Append(", \"required\": ").Append(RequiredFlag.Json(p.Required, p.RequiredJson)).Append('}');
        }
        builder.Append('}');
    }
}

/// <summary>MLflow <c>Property</c>: one named property of an <see cref="ObjectType"/>.</summary>
/// <param name="Name">Property name.</param>
/// <param name="Type">Property type.</param>
/// <param name="Required">Whether the property must be present and non-null.</param>
public sealed record ObjectProperty(string Name, ColumnType Type, bool Required = true)
{
    /// <summary>The <c>required</c> value as MLflow's JSON had it when it was not a boolean (MLflow keeps, say, the
    /// string <c>"true"</c> as given and writes it back unchanged; <see cref="Required"/> then holds its Python
    /// truthiness, which is what is enforced); <see langword="null"/> otherwise.</summary>
    public string? RequiredJson { get; init => field = RequiredFlag.CheckJson(value); }
}
