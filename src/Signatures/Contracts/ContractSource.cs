using Signatures.Shared.Artifacts;

namespace Signatures;

/// <summary>
/// Schema first: writes C# contracts for a model signature that the Signatures generator turns back into the
/// identical signature (the same <c>to_dict()</c> JSON and MLmodel YAML). Named columns and tensors become
/// <c>[ModelInput]</c>/<c>[ModelOutput]</c> positional records (nullable members for optional columns,
/// <c>[Column("...")]</c> where the member name does not give MLflow's name, <c>[Tensor(...)]</c> with the shape),
/// params a <c>[ModelParams]</c> record with the defaults as initializers, object types records of their own, and one
/// unnamed column the type argument itself.
/// </summary>
public static class ContractSource
{
    /// <summary>Writes the contracts as one C# file.</summary>
    /// <param name="signature">The signature (for instance from <see cref="ModelSignature.Parse(string)"/> of an MLmodel file).</param>
    /// <param name="namespaceName">The namespace of the contracts (<c>Models.Iris</c>).</param>
    /// <param name="className">The signature class (<c>IrisModel</c>); the contracts are named after it
    /// (<c>IrisModelInput</c>, <c>IrisModelOutput</c>, <c>IrisModelParams</c>).</param>
    /// <returns>The C# source.</returns>
    /// <exception cref="SignatureException">C# cannot express the signature; the message says why.</exception>
    /// <exception cref="ArgumentException">A name is not a C# identifier (or dotted identifiers, for the namespace).</exception>
    public static string Write(ModelSignature signature, string namespaceName, string className) =>
        TryWrite(signature, namespaceName, className, out string source, out string reason)
            ? source
            : throw new SignatureException("The signature cannot be written as C# contracts: " + reason + ".");

    /// <summary>Writes the contracts, or says why C# cannot express the signature (several unnamed columns, unnamed
    /// tensors, a SparkML vector, a legacy column without <c>required</c>, a default C# cannot write as a constant).</summary>
    /// <exception cref="ArgumentException">A name is not a C# identifier (or dotted identifiers, for the namespace).</exception>
    public static bool TryWrite(ModelSignature signature, string namespaceName, string className, out string source, out string reason)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (!IsIdentifier(className)) throw new ArgumentException($"'{className}' is not a C# class name.", nameof(className));
        if (string.IsNullOrEmpty(namespaceName) || !namespaceName.Split('.').All(IsIdentifier))
        {
            throw new ArgumentException($"'{namespaceName}' is not a C# namespace.", nameof(namespaceName));
        }
        (string? inputs, string? outputs, string? parameters) = signature.ToDictValues();
        source = string.Empty;
        if (!ArtifactSignatureParser.TryParse(new SignatureTexts(inputs, outputs, parameters), out ArtifactSignature parsed, out reason))
        {
            return false;
        }
        return ContractSourceWriter.TryWrite(parsed, namespaceName, className, out source, out reason);
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0
        && (char.IsLetter(name[0]) || name[0] == '_')
        && name.All(static c => char.IsLetterOrDigit(c) || c == '_');
}
