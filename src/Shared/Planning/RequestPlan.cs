namespace Signatures.Shared.Planning;

/// <summary>Why a signature class gets no <c>ReadRequest</c>; <see cref="Generated"/> when it gets one.</summary>
internal enum RequestOutcome
{
    /// <summary>The reader is generated.</summary>
    Generated,

    /// <summary>The signature has no input (<c>NoSchema</c>): there is nothing to read.</summary>
    NoInput,

    /// <summary>The class (or a base type) already declares a <c>ReadRequest</c>: the user's own is kept.</summary>
    ReadRequestDeclared,

    /// <summary>The signature itself is not generated (its contracts are refused): other diagnostics say why.</summary>
    SignatureNotGenerated,

    /// <summary>The language version is before C# 11 (the reader needs static abstract interface members).</summary>
    LanguageVersion,

    /// <summary>A type the reader names is not accessible from the signature class.</summary>
    TypeNotAccessible,

    /// <summary>An optional column or property whose C# type cannot hold <see langword="null"/>.</summary>
    OptionalMemberNotNullable,

    /// <summary>A member whose C# type cannot take the column's (or param's) values.</summary>
    MemberTypeNotReadable,

    /// <summary>A tensor whose declared <c>DType</c> differs from what its element type holds.</summary>
    TensorDTypeDiffersFromElement,

    /// <summary>A type without a public constructor the reader can call with its members' values.</summary>
    NoUsableConstructor,

    /// <summary>A member that neither a constructor parameter nor an object initializer can set.</summary>
    MemberCannotBeSet,

    /// <summary>A C# <c>required</c> member that the reader has no value for (it is not mapped).</summary>
    RequiredMemberNotMapped,
}

/// <summary>
/// The planner's decision about a signature class's <c>ReadRequest</c>: generated, or why not and where.
/// </summary>
/// <remarks>Value-equatable: strings and an enum only.</remarks>
/// <param name="Outcome">Generated, or the reason it is not.</param>
/// <param name="Type">The type that causes it (fully qualified as <c>SymbolFacts.Qualified</c> writes it), or
/// <see langword="null"/> when the signature class itself does.</param>
/// <param name="Member">The member of <paramref name="Type"/> that causes it, or <see langword="null"/>.</param>
internal sealed record RequestPlan(RequestOutcome Outcome, string? Type = null, string? Member = null)
{
    /// <summary>The plan of a generated reader.</summary>
    public static RequestPlan Generate { get; } = new(RequestOutcome.Generated);

    /// <summary>Whether <c>ReadRequest</c> is generated.</summary>
    public bool IsGenerated => Outcome == RequestOutcome.Generated;

    /// <summary>Whether the analyzers report the outcome: a reader the user could expect and does not get. No input, a
    /// user's own <c>ReadRequest</c> and a signature other rules already reject are not.</summary>
    public bool IsReported => Outcome is not (RequestOutcome.Generated or RequestOutcome.NoInput
        or RequestOutcome.ReadRequestDeclared or RequestOutcome.SignatureNotGenerated);
}
