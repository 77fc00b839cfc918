namespace Signatures.Cli.Emission;

/// <summary>A <c>[ModelSignature]</c> class found in a built assembly: its full name (<c>Demo.IrisModel</c>, nested
/// types as <c>Outer+Inner</c>), the generated <c>SignatureJson</c> and <c>SignatureYaml</c> constants, and whether
/// the generator added <c>CreateInputExample()</c>.</summary>
internal sealed record DeclaredSignature(string FullName, string Json, string Yaml, bool HasExample)
{
    /// <summary>The signature itself.</summary>
    public ModelSignature ToSignature() => ModelSignature.FromDictJson(Json);

    /// <summary>Whether <paramref name="name"/> names this class (<c>Outer.Inner</c> is accepted for <c>Outer+Inner</c>).</summary>
    public bool IsNamed(string name) =>
        string.Equals(FullName, name, StringComparison.Ordinal) || string.Equals(FullName.Replace('+', '.'), name, StringComparison.Ordinal);
}
