namespace Signatures;

/// <summary>Leaves a public member out of the generated signature, validators and readers.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
public sealed class SignatureIgnoreAttribute : Attribute
{
}
