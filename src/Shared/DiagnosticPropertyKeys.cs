namespace Signatures.Shared;

/// <summary>
/// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> through which an analyzer hands what it
/// already knows to the code fix, so the fix never re-derives it (CommunityToolkit's <c>FieldNameKey</c> pattern).
/// </summary>
internal static class DiagnosticPropertyKeys
{
    /// <summary>The C# type (as source text) that replaces the type syntax at the diagnostic's location:
    /// the lossless counterpart of a lossy type (<c>double</c> for <c>decimal</c>), or <c>double?</c> for a
    /// nullable integer column.</summary>
    public const string ReplacementType = "ReplacementType";

    /// <summary>The rank of a tensor member's array type (an integer, invariant culture).</summary>
    public const string ArrayRank = "ArrayRank";

    /// <summary>The number of dimensions a <c>[Tensor]</c> attribute declares (an integer, invariant culture).</summary>
    public const string ShapeRank = "ShapeRank";

    /// <summary>Present (value <c>true</c>) when the diagnostic's location is a <c>T?</c> whose <c>?</c> can be removed.</summary>
    public const string RemovableNullableAnnotation = "RemovableNullableAnnotation";

    /// <summary>SIG0404: the C# type of the member to add for a column, tensor or param the contract lacks
    /// (<c>double</c>, <c>float[,]</c>). Absent when C# cannot express the missing element simply (an object type, a
    /// dtype without a C# element type, a default C# cannot write as a constant).</summary>
    public const string MemberType = "MemberType";

    /// <summary>SIG0404: the name of the member to add (a C# identifier not yet used in the contract).</summary>
    public const string MemberName = "MemberName";

    /// <summary>SIG0404: the attribute the member to add needs, without brackets (<c>Column("sepal length (cm)")</c>,
    /// <c>Tensor(-1, 28)</c>); absent when the member name gives the MLflow name under the naming policy.</summary>
    public const string MemberAttribute = "MemberAttribute";

    /// <summary>SIG0404: the default of a param to add, as a C# expression (absent for columns and tensors).</summary>
    public const string MemberDefault = "MemberDefault";

    /// <summary>The signature class (fully qualified) whose generated member a diagnostic is about (SIG0015: the class
    /// that gets no <c>ReadRequest</c>, when the diagnostic sits on a contract member).</summary>
    public const string SignatureClass = "SignatureClass";
}
