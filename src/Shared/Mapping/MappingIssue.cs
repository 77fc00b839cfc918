namespace Signatures.Shared.Mapping;

/// <summary>One fact about a member's mapping, in words an analyzer can put in a message.</summary>
/// <param name="Kind">What the fact is.</param>
/// <param name="Path">Where inside the member: empty for the member itself, else e.g. <c>[].Price</c>
/// (<c>[]</c> an array item, <c>{}</c> a map value, <c>.Name</c> an object property).</param>
/// <param name="ClrType">The CLR type concerned, as C# shows it (<c>ulong</c>, <c>HashSet&lt;int&gt;</c>).</param>
/// <param name="Detail">What is wrong or lost, in a few words (<c>values above long.MaxValue do not fit MLflow's long</c>).</param>
/// <param name="Suggestion">What to use instead (<c>long</c>), or <see langword="null"/>.</param>
internal sealed record MappingIssue(MappingIssueKind Kind, string Path, string ClrType, string Detail, string? Suggestion)
{
    /// <summary>Whether the generator must skip the member because of this fact.</summary>
    public bool IsBlocking => Kind switch
    {
        MappingIssueKind.LossyType or MappingIssueKind.LossyDeclaration or MappingIssueKind.DeclarationNotApplicable
            or MappingIssueKind.NullableInteger or MappingIssueKind.TensorDTypeMismatch or MappingIssueKind.OptionalTensor => false,
        _ => true,
    };
}
