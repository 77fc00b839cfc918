namespace Signatures.Inference;

/// <summary>The data holds something MLflow's <c>infer_signature</c> cannot type (mixed types, an unsupported value).
/// <see cref="SignatureInference.Infer(object?, object?, IEnumerable{KeyValuePair{string, object?}}?, ICollection{string}?)"/>
/// turns it into MLflow's fallback, an <c>any</c> schema, with a warning; <see cref="SignatureInference.InferSchema"/> throws it.</summary>
public sealed class InferenceException(string message) : Exception(message);
