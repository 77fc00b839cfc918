using System.Text;
using Signatures.Formats;
using Signatures.Json;

namespace Signatures;

/// <summary>
/// MLflow <c>ModelSignature</c>: a model's input schema, output schema and inference params, each optional
/// (but not all absent). Reads and writes MLflow's <c>to_dict()</c> JSON and the MLmodel <c>signature:</c>
/// block byte for byte.
/// </summary>
public sealed record ModelSignature
{
    /// <summary>Creates a signature; throws <see cref="SignatureException"/> when all three parts are absent.</summary>
    public ModelSignature(Schema? inputs, Schema? outputs = null, ParamSchema? parameters = null)
    {
        if (inputs is null && outputs is null && parameters is null)
        {
            throw new SignatureException("At least one of inputs, outputs or params must be provided");
        }
        Inputs = inputs;
        Outputs = outputs;
        Params = parameters;
    }

    /// <summary>The input schema, if any.</summary>
    public Schema? Inputs { get; }

    /// <summary>The output schema, if any.</summary>
    public Schema? Outputs { get; }

    /// <summary>The params schema, if any.</summary>
    public ParamSchema? Params { get; }

    /// <summary>The three <c>to_dict()</c> values: each part's JSON text, or <see langword="null"/>
    /// (an empty param schema is <see langword="null"/>, as MLflow's falsy check makes it).</summary>
    public (string? Inputs, string? Outputs, string? Params) ToDictValues() =>
        (Inputs?.ToJson(), Outputs?.ToJson(), Params is { Params.Count: > 0 } p ? p.ToJson() : null);

    /// <summary>Python's <c>json.dumps(signature.to_dict())</c>: <c>{"inputs": "...", "outputs": ..., "params": ...}</c>
    /// with the schemas as JSON strings.</summary>
    public string ToDictJson()
    {
        var (inputs, outputs, parameters) = ToDictValues();
        var builder = new StringBuilder();
        builder.Append("{\"inputs\": ");
        AppendJsonStringOrNull(builder, inputs);
        builder.Append(", \"outputs\": ");
        AppendJsonStringOrNull(builder, outputs);
        builder.Append(", \"params\": ");
        AppendJsonStringOrNull(builder, parameters);
        return builder.Append('}').ToString();
    }

    /// <summary>The MLmodel <c>signature:</c> block as PyYAML's <c>safe_dump</c> writes it (ends with a newline).</summary>
    public string ToMLmodelYaml()
    {
        var (inputs, outputs, parameters) = ToDictValues();
        var builder = new StringBuilder("signature:\n");
        PyYamlText.AppendKeyValue(builder, 2, "inputs", inputs, 4);
        PyYamlText.AppendKeyValue(builder, 2, "outputs", outputs, 4);
        PyYamlText.AppendKeyValue(builder, 2, "params", parameters, 4);
        return builder.ToString();
    }

    /// <summary>Reads MLflow's <c>to_dict()</c> JSON (legacy forms included, as MLflow's <c>from_dict</c> does).</summary>
    /// <exception cref="SignatureException">The JSON is malformed or describes a signature MLflow refuses.</exception>
    public static ModelSignature FromDictJson(string json) => SignatureJsonReader.ReadDict(json);

    /// <inheritdoc/>
    public override string ToString() => ToDictJson();

    private static void AppendJsonStringOrNull(StringBuilder builder, string? value)
    {
        if (value is null) builder.Append("null");
        else PythonJsonText.AppendString(builder, value);
    }
}
