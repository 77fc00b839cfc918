namespace Signatures.Shared.Mapping;

/// <summary>What a contract member becomes in the signature.</summary>
internal enum MemberKind
{
    /// <summary>An MLflow <c>ColSpec</c>.</summary>
    Column,
    /// <summary>An MLflow <c>TensorSpec</c> (a <c>[Tensor]</c> member).</summary>
    Tensor,
    /// <summary>Nothing can be generated for the member; <see cref="MemberMapping.Issues"/> says why.</summary>
    Unsupported,
}
