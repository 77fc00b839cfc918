using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Signatures.OnnxRuntime;

/// <summary>
/// The MLflow signature of a loaded ONNX Runtime <see cref="InferenceSession"/>, and its differences from a contract's
/// signature: the run-time twin of the build-time check (<c>&lt;SignaturesOnnxModel&gt;</c> and the SIG04xx analyzers),
/// with the same element type table and comparison rules.
/// </summary>
public static class InferenceSessionSignatures
{
    /// <summary>
    /// The session's signature: one MLflow tensor spec per model input (<see cref="InferenceSession.InputMetadata"/>,
    /// which leaves initializers out) and output, named as in the graph, with the numpy dtype of its element type and
    /// its dimensions (symbolic or unknown ones as <c>-1</c>). A model without inputs or outputs has no schema for them.
    /// </summary>
    /// <exception cref="SignatureException">An input or output is not a dense tensor, or its element type has no numpy
    /// dtype MLflow accepts (complex, bfloat16); the message names it.</exception>
    public static ModelSignature GetModelSignature(this InferenceSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new ModelSignature(ToSchema(session.InputMetadata, "input"), ToSchema(session.OutputMetadata, "output"));
    }

    /// <summary>Every difference between <paramref name="contract"/> (a generated signature class's <c>Signature</c>) and
    /// the session's signature, each with the SIG04xx id the analyzers report at build time; empty when they agree.</summary>
    public static IReadOnlyList<SignatureDifference> CompareWith(this InferenceSession session, ModelSignature contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return SignatureComparison.Compare(contract, session.GetModelSignature());
    }

    /// <summary>Throws when the session's signature differs from <paramref name="contract"/> (a widening alone, SIG0406,
    /// is not a mismatch: every value the model produces fits the contract).</summary>
    /// <exception cref="SignatureException">The signatures differ; the message lists every difference.</exception>
    public static void EnsureMatches(this InferenceSession session, ModelSignature contract)
    {
        var differences = session.CompareWith(contract).Where(static d => d.Id != "SIG0406").ToArray();
        if (differences.Length > 0)
        {
            throw new SignatureException("the ONNX model does not match the contract: " + string.Join("; ", differences.Select(static d => d.ToString())));
        }
    }

    private static Schema? ToSchema(IReadOnlyDictionary<string, NodeMetadata> values, string role)
    {
        if (values.Count == 0) return null;
        var specs = new List<InputSpec>(values.Count);
        foreach (var (name, metadata) in values)
        {
            if (metadata.OnnxValueType != OnnxValueType.ONNX_TYPE_TENSOR)
            {
                throw new SignatureException($"ONNX model {role} '{name}' is {metadata.OnnxValueType}, not a dense tensor; MLflow tensor specs describe dense tensors only");
            }
            TensorElementType elementType = metadata.ElementDataType;
            // TensorElementType has ONNX's TensorProto.DataType numbers, the key of the shared table.
            TensorSpec spec = OnnxModelFile.ToTensorSpec(name, (int)elementType, metadata.Dimensions.Select(static d => (long)d).ToArray())
                ?? throw new SignatureException($"ONNX model {role} '{name}' has element type {elementType}, which no numpy dtype of an MLflow tensor spec stands for");
            specs.Add(spec);
        }
        return new Schema(specs);
    }
}
