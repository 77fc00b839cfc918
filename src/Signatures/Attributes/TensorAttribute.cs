namespace Signatures;

/// <summary>Declares an array member (multi-dimensional or jagged) as an MLflow tensor with a fixed shape;
/// <c>-1</c> marks a variable dimension: <c>[Tensor(-1, 28, 28, 1)]</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
public sealed class TensorAttribute : Attribute
{
    /// <summary>Creates the attribute with the tensor's shape, one entry per array dimension.</summary>
    public TensorAttribute(params int[] shape) => Shape = shape ?? [];

    /// <summary>The shape; <c>-1</c> is a variable dimension.</summary>
    public int[] Shape { get; }

    /// <summary>The numpy dtype name (<c>float32</c>, <c>uint8</c>, ...); by default the element type's dtype.</summary>
    public string? DType { get; set; }

    /// <summary>The tensor's name in the signature; by default the (naming-policy) member name.</summary>
    public string? Name { get; set; }
}
