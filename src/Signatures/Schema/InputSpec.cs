using System.Text;

namespace Signatures;

/// <summary>One entry of a <see cref="Schema"/>: a <see cref="ColSpec"/> or a <see cref="TensorSpec"/>.</summary>
public abstract record InputSpec
{
    private protected InputSpec() { }

    /// <summary>The input's name, or <see langword="null"/> when unnamed.</summary>
    public abstract string? Name { get; }

    /// <summary>Whether the input must be present. Tensors are always required.</summary>
    public abstract bool IsRequired { get; }

    internal abstract void WriteJson(StringBuilder builder);
}
