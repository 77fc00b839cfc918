namespace Signatures.Analyzers;

/// <summary>The categories of the Signatures diagnostics, one per id range (see <c>DiagnosticIds</c>).</summary>
internal static class DiagnosticCategories
{
    public const string Contract = "Signatures.Contract";
    public const string TypeMapping = "Signatures.TypeMapping";
    public const string Tensor = "Signatures.Tensor";
    public const string Params = "Signatures.Params";
    public const string ExternalArtifacts = "Signatures.ExternalArtifacts";
    public const string Configuration = "Signatures.Configuration";
}
