namespace Signatures;

/// <summary>Generates an MLflow <see cref="Signatures.ModelSignature"/> on a static partial class from an input and an
/// output contract: <c>public static ModelSignature Signature</c>, <c>public const string SignatureJson</c>
/// (<c>Signature.ToDictJson()</c>) and <c>public const string SignatureYaml</c> (<c>Signature.ToMLmodelYaml()</c>).
/// A type argument that is a supported scalar or collection type (<c>long</c>, <c>string</c>, <c>double[]</c>)
/// instead of a contract means one unnamed column of that type; <see cref="NoSchema"/> means no inputs (or outputs).</summary>
/// <typeparam name="TInput">The input contract (or scalar/array type).</typeparam>
/// <typeparam name="TOutput">The output contract (or scalar/array type).</typeparam>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ModelSignatureAttribute<TInput, TOutput> : Attribute
{
}

/// <summary>Generates an MLflow <see cref="Signatures.ModelSignature"/> on a static partial class from input, output and
/// params contracts (see <see cref="ModelSignatureAttribute{TInput, TOutput}"/>).</summary>
/// <typeparam name="TInput">The input contract (or scalar/array type).</typeparam>
/// <typeparam name="TOutput">The output contract (or scalar/array type).</typeparam>
/// <typeparam name="TParams">The params contract (a <see cref="ModelParamsAttribute"/> type).</typeparam>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ModelSignatureAttribute<TInput, TOutput, TParams> : Attribute
{
}
