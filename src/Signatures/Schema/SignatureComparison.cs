using Signatures.Shared.Artifacts;

namespace Signatures;

/// <summary>
/// Compares a contract's signature with a model's by the rules the SIG04xx analyzers apply at build time (the same
/// schema reader and widening rule, shared as source): columns, tensors and params matched by name; types,
/// <c>required</c>, dtypes, shapes, param types and defaults; whole parts that differ in kind.
/// </summary>
public static class SignatureComparison
{
    /// <summary>Every difference between <paramref name="contract"/> and <paramref name="model"/>; empty when they
    /// agree. A widening (<c>SIG0406</c>: the contract's column type holds every value of the model's) is listed too.</summary>
    public static IReadOnlyList<SignatureDifference> Compare(ModelSignature contract, ModelSignature model)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(model);
        return SignatureComparer.Compare(Read(contract, "contract"), Read(model, "model"))
            .Select(static d => new SignatureDifference(d.Id, d.Part, d.Name, d.Message))
            .ToArray();
    }

    // Both sides go through MLflow's JSON, the form the analyzers read from an artifact.
    private static ArtifactSignature Read(ModelSignature signature, string which)
    {
        var (inputs, outputs, parameters) = signature.ToDictValues();
        if (!ArtifactSignatureParser.TryParse(new SignatureTexts(inputs, outputs, parameters), out ArtifactSignature read, out string error))
        {
            throw new SignatureException($"the {which} signature cannot be compared: {error}");
        }
        return read;
    }
}
