namespace Signatures.Validation;

/// <summary>One violation of a contract: where (<c>rows[3].petal_width</c>, <c>images</c>) and what.</summary>
/// <param name="Path">The member path, dotted, with list indexes in brackets.</param>
/// <param name="Message">What is wrong and what was expected, e.g. <c>dimension 2 is 27, expected 28</c>.</param>
public readonly record struct ValidationError(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Path.Length == 0 ? Message : Path + ": " + Message;
}
