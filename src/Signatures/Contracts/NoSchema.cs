namespace Signatures;

/// <summary>
/// A type argument of <see cref="ModelSignatureAttribute{TInput, TOutput}"/> meaning "no schema": the signature has no
/// inputs (or no outputs), written as <c>null</c> in MLflow's <c>to_dict()</c>, e.g.
/// <c>[ModelSignature&lt;NoSchema, NoSchema, ChatParams&gt;]</c> for a params-only signature. Never instantiated.
/// </summary>
public sealed class NoSchema
{
    private NoSchema() { }
}
