using System.Text;
using Signatures.Formats;

namespace Signatures;

/// <summary>
/// MLflow <c>Schema</c>: the inputs or outputs of a model, either all <see cref="ColSpec"/>s or all
/// <see cref="TensorSpec"/>s. Construction enforces MLflow's rules with MLflow's messages.
/// </summary>
public sealed record Schema
{
    /// <summary>Creates a schema; throws <see cref="SignatureException"/> when MLflow would refuse it.</summary>
    public Schema(IEnumerable<InputSpec> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Inputs = ValueArray.From(inputs);
        Validate(Inputs);
    }

    /// <summary>Creates a schema from its inputs.</summary>
    public Schema(params InputSpec[] inputs) : this((IEnumerable<InputSpec>)inputs) { }

    /// <summary>The inputs in declaration order.</summary>
    public ValueArray<InputSpec> Inputs { get; }

    /// <summary>Whether the schema is made of tensors.</summary>
    public bool IsTensorBased => Inputs[0] is TensorSpec;

    /// <summary>Whether the inputs are named (all of them are, or none).</summary>
    public bool HasInputNames => Inputs[0].Name is not null;

    /// <summary>The columns of a column-based schema (empty for a tensor schema).</summary>
    public IEnumerable<ColSpec> Columns => Inputs.OfType<ColSpec>();

    /// <summary>The tensors of a tensor-based schema (empty for a column schema).</summary>
    public IEnumerable<TensorSpec> Tensors => Inputs.OfType<TensorSpec>();

    /// <summary>MLflow's <c>Schema.to_json()</c>: the JSON list of the inputs' <c>to_dict()</c>.</summary>
    public string ToJson()
    {
        var builder = new StringBuilder();
        WriteJson(builder);
        return builder.ToString();
    }

    internal void WriteJson(StringBuilder builder)
    {
        builder.Append('[');
        for (int i = 0; i < Inputs.Count; i++)
        {
            if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
            Inputs[i].WriteJson(builder);
        }
        builder.Append(']');
    }

    /// <inheritdoc/>
    public override string ToString() => ToJson();

    private static void Validate(ValueArray<InputSpec> inputs)
    {
        if (inputs.Count == 0)
        {
            throw new SignatureException("Creating Schema with empty inputs is not allowed.");
        }
        if (inputs.Any(i => i is null))
        {
            throw new SignatureException("Schema inputs must not contain null.");
        }
        bool anyNamed = inputs.Any(i => i.Name is not null);
        bool anyUnnamed = inputs.Any(i => i.Name is null);
        if (anyNamed && anyUnnamed)
        {
            string names = string.Join(", ", inputs.Select(i => i.NameRepr));
            throw new SignatureException($"Creating Schema with a combination of named and unnamed inputs is not allowed. Got input names [{names}]");
        }
        bool anyTensor = inputs.Any(i => i is TensorSpec);
        bool anyColumn = inputs.Any(i => i is ColSpec);
        if (anyTensor && anyColumn)
        {
            // MLflow's message really contains the unformatted placeholders.
            throw new SignatureException("Creating Schema with a combination of {0} and {1} is not supported. Please choose one of ColSpec or TensorSpec");
        }
        if (anyTensor && anyUnnamed && inputs.Count > 1)
        {
            throw new SignatureException("Creating Schema with multiple unnamed TensorSpecs is not supported. Please provide names for each TensorSpec.");
        }
        // MLflow checks `required is False`: a legacy complex column read back with required None passes, and so
        // does a falsy non-boolean such as 0.
        if (anyUnnamed && inputs.Any(i => i is ColSpec { Required: false, RequiredJson: null }))
        {
            throw new SignatureException("Creating Schema with unnamed optional inputs is not supported. Please name all inputs or make all inputs required.");
        }
    }
}
