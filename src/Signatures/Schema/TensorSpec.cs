using System.Globalization;
using System.Text;
using Signatures.Formats;

namespace Signatures;

/// <summary>MLflow <c>TensorSpec</c>: a numpy array input with a dtype and a shape (<c>-1</c> for a variable dimension).
/// Tensors are always required.</summary>
public sealed record TensorSpec : InputSpec
{
    /// <summary>Creates a tensor spec; throws <see cref="SignatureException"/> for a dimension below -1.</summary>
    public TensorSpec(NumpyDType dtype, IEnumerable<long> shape, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(shape);
        DType = dtype;
        Shape = ValueArray.From(shape);
        foreach (long d in Shape)
        {
            if (d < -1)
            {
                throw new SignatureException($"Invalid tensor shape {FormatShape(Shape)}: dimensions must be -1 (variable) or non-negative.");
            }
        }
        Name = name;
    }

    /// <summary>The numpy dtype.</summary>
    public NumpyDType DType { get; }

    /// <summary>The shape; <c>-1</c> is a variable dimension, an empty shape is a scalar tensor.</summary>
    public ValueArray<long> Shape { get; }

    /// <inheritdoc/>
    public override string? Name { get; }

    /// <inheritdoc/>
    public override bool IsRequired => true;

    /// <summary>The shape as a Python tuple, as MLflow's messages print it: <c>(-1, 28)</c>, <c>(3,)</c>, <c>()</c>.</summary>
    public static string FormatShape(IReadOnlyList<long> shape) => shape.Count == 1
        ? "(" + shape[0].ToString(CultureInfo.InvariantCulture) + ",)"
        : "(" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + ")";

    internal override void WriteJson(StringBuilder builder)
    {
        builder.Append('{');
        if (Name is not null)
        {
            WriteNameJson(builder);
            builder.Append(", ");
        }
        builder.Append("\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": ");
        PythonJsonText.AppendString(builder, DType.ToNumpyName());
        builder.Append(", \"shape\": [");
        for (int i = 0; i < Shape.Count; i++)
        {
            if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
            builder.Append(Shape[i].ToString(CultureInfo.InvariantCulture));
        }
        builder.Append("]}}");
    }
}
