using System.Text;
using Signatures.Formats;
using Signatures.Json;
using Signatures.MLmodel;

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

    /// <summary>
    /// The MLmodel file's <c>is_signature_from_type_hint</c> key (a key of its own beside <c>signature</c>, not part of
    /// <c>to_dict()</c>): MLflow built the signature from a <c>PythonModel.predict</c> type hint. MLflow's scoring server
    /// then takes the input only from the <c>inputs</c> key and refuses the other envelopes, and so does the
    /// <see cref="Enforcement.RequestEnforcer"/>.
    /// </summary>
    public bool IsFromTypeHint { get; init; }

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

    /// <summary>Reads MLflow's <c>to_dict()</c> JSON (legacy forms included, as MLflow's <c>from_dict</c> does), at most
    /// <see cref="SignatureReadOptions.DefaultMaxLength"/> characters.</summary>
    /// <exception cref="SignatureException">The JSON is malformed, longer than the limit, or describes a signature MLflow refuses.</exception>
    public static ModelSignature FromDictJson(string json) => FromDictJson(json, null);

    /// <summary>Reads MLflow's <c>to_dict()</c> JSON within <paramref name="options"/>' limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SignatureReadOptions.Default"/>.</param>
    /// <exception cref="SignatureException">The JSON is malformed, longer than the limit, or describes a signature MLflow refuses.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> has a limit out of range.</exception>
    public static ModelSignature FromDictJson(string json, SignatureReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        Checked(options).CheckLength(json, "signature JSON");
        return SignatureJsonReader.ReadDict(json);
    }

    /// <summary>Reads the <c>signature</c> of a whole MLmodel file (YAML), as MLflow's <c>Model.load</c> does; other
    /// keys are ignored and a missing <c>params</c> (MLflow 2.x) is fine. At most
    /// <see cref="SignatureReadOptions.DefaultMaxLength"/> characters.</summary>
    /// <exception cref="SignatureException">The YAML is malformed, longer than the limit, has no signature, or the signature is invalid.</exception>
    public static ModelSignature FromMLmodelYaml(string yamlText) => FromMLmodelYaml(yamlText, null);

    /// <summary>Reads the <c>signature</c> of a whole MLmodel file (YAML) within <paramref name="options"/>' limits.</summary>
    /// <param name="yamlText">The MLmodel file's text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SignatureReadOptions.Default"/>.</param>
    /// <exception cref="SignatureException">The YAML is malformed, longer than the limit, has no signature, or the signature is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> has a limit out of range.</exception>
    public static ModelSignature FromMLmodelYaml(string yamlText, SignatureReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        Checked(options).CheckLength(yamlText, "MLmodel file");
        return MLmodelSignatureReader.Read(yamlText);
    }

    /// <summary>Reads a signature file of either kind: MLflow's <c>to_dict()</c> JSON (text starting with <c>{</c>)
    /// or an MLmodel file (YAML), which is what <c>--signature FILE</c> accepts. At most
    /// <see cref="SignatureReadOptions.DefaultMaxLength"/> characters.</summary>
    /// <exception cref="SignatureException">The text is longer than the limit, or neither a readable signature nor an MLmodel file with one.</exception>
    public static ModelSignature Parse(string text) => Parse(text, null);

    /// <summary>Reads a signature file of either kind (see <see cref="Parse(string)"/>) within <paramref name="options"/>' limits.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SignatureReadOptions.Default"/>.</param>
    /// <exception cref="SignatureException">The text is longer than the limit, or neither a readable signature nor an MLmodel file with one.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> has a limit out of range.</exception>
    public static ModelSignature Parse(string text, SignatureReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith('\uFEFF')) text = text.Substring(1); // a file's byte-order mark is not content
        return IsDictJson(text) ? FromDictJson(text, options) : FromMLmodelYaml(text, options);
    }

    private static SignatureReadOptions Checked(SignatureReadOptions? options)
    {
        if (options is null) return SignatureReadOptions.Default;
        options.Validate();
        return options;
    }

    /// <summary>Whether <paramref name="text"/> is JSON object text (a <c>to_dict()</c> file) rather than YAML.</summary>
    internal static bool IsDictJson(string text)
    {
        foreach (char c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n') continue;
            return c == '{';
        }
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => ToDictJson();

    private static void AppendJsonStringOrNull(StringBuilder builder, string? value)
    {
        if (value is null) builder.Append("null");
        else PythonJsonText.AppendString(builder, value);
    }
}
