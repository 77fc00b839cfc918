namespace Signatures.Generators.Model;

/// <summary>Names the typed request parser adds to a signature class.</summary>
internal static class RequestNames
{
    /// <summary>The generated method.</summary>
    public const string ReadRequest = Signatures.Shared.GeneratedMemberNames.ReadRequest;
}
