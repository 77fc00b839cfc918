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

    /// <summary>The signature class (fully qualified) whose generated member a diagnostic is about (SIG0015: the class
    /// that gets no <c>ReadRequest</c>, when the diagnostic sits on a contract member).</summary>
    public const string SignatureClass = "SignatureClass";
}
