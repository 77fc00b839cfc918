using System.Collections.Generic;
using System.Text;

namespace Signatures.Shared.Artifacts;

/// <summary>The kind of an MLflow column type read from an artifact.</summary>
internal enum ArtifactTypeKind
{
    Scalar,
    Array,
    Object,
    Map,
    Any,
}

/// <summary>An MLflow column type as an artifact declares it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="DataType">For a scalar: the MLflow data type name (<c>long</c>).</param>
/// <param name="Element">For an array: its items; for a map: its values.</param>
/// <param name="Properties">For an object: its properties, in the order written (MLflow sorts them by name).</param>
internal sealed record ArtifactType(ArtifactTypeKind Kind, string? DataType, ArtifactType? Element, IReadOnlyList<ArtifactProperty> Properties)
{
    /// <summary>The type as the SIG04xx messages spell MLflow types: <c>long</c>, <c>array&lt;double&gt;</c>,
    /// <c>map&lt;string&gt;</c>, <c>object{a: long, b?: string}</c>, <c>any</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Describe(builder);
        return builder.ToString();
    }

    private void Describe(StringBuilder builder)
    {
        switch (Kind)
        {
            case ArtifactTypeKind.Scalar:
                builder.Append(DataType);
                break;
            case ArtifactTypeKind.Array:
                builder.Append("array<");
                Element!.Describe(builder);
                builder.Append('>');
                break;
            case ArtifactTypeKind.Map:
                builder.Append("map<");
                Element!.Describe(builder);
                builder.Append('>');
                break;
            case ArtifactTypeKind.Object:
                builder.Append("object{");
                for (int i = 0; i < Properties.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    builder.Append(Properties[i].Name).Append(Properties[i].Required ? ": " : "?: ");
                    Properties[i].Type.Describe(builder);
                }
                builder.Append('}');
                break;
            default:
                builder.Append("any");
                break;
        }
    }
}

/// <summary>One property of an MLflow object type.</summary>
internal sealed record ArtifactProperty(string Name, ArtifactType Type, bool Required);

/// <summary>One column (<c>ColSpec</c>) or tensor (<c>TensorSpec</c>) of an artifact's schema.</summary>
/// <param name="Name">Its name, or <see langword="null"/> for an unnamed column.</param>
/// <param name="Type">For a column: its type.</param>
/// <param name="Required">MLflow's <c>required</c> (tensors: always true).</param>
/// <param name="DType">For a tensor: the numpy dtype name.</param>
/// <param name="Shape">For a tensor: the shape (<c>-1</c> variable).</param>
/// <param name="RequiredIsWritten">Whether a column's <c>required</c> is written as <c>true</c> or <c>false</c>
/// (legacy schemas leave it out or write <c>null</c>, which reads as required).</param>
internal sealed record ArtifactColumn(string? Name, ArtifactType? Type, bool Required, string? DType, IReadOnlyList<long>? Shape, bool RequiredIsWritten = true)
{
    public bool IsTensor => DType is not null;
}

/// <summary>One param (<c>ParamSpec</c>) of an artifact's param schema.</summary>
/// <param name="Name">The param name.</param>
/// <param name="TypeName">The MLflow type name written (<c>long</c>, <c>object</c>).</param>
/// <param name="Type">The full type (an object's properties included).</param>
/// <param name="IsList">Whether the shape is <c>[-1]</c>.</param>
/// <param name="DefaultJson">The default as Python's <c>json.dumps</c> writes it.</param>
internal sealed record ArtifactParam(string Name, string TypeName, ArtifactType Type, bool IsList, string DefaultJson);

/// <summary>A model signature read from an artifact: each part <see langword="null"/> when the artifact has none.</summary>
internal sealed record ArtifactSignature(
    IReadOnlyList<ArtifactColumn>? Inputs,
    IReadOnlyList<ArtifactColumn>? Outputs,
    IReadOnlyList<ArtifactParam>? Params);
