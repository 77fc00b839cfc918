using Signatures.Json;

namespace Signatures.MLmodel;

/// <summary>
/// MLflow's <c>Model.load</c> as far as the signature goes: <c>yaml.safe_load</c> of the MLmodel file, then
/// <c>ModelSignature.from_dict</c> of its <c>signature</c> mapping, plus the top-level <c>is_signature_from_type_hint</c>
/// flag (Python truthiness of its YAML value). Other top-level keys (<c>flavors</c>, ...) are ignored; a missing
/// <c>params</c> key is an MLflow 2.x file.
/// </summary>
internal static class MLmodelSignatureReader
{
    private const string What = "The MLmodel file";
    private static readonly string[] Parts = ["inputs", "outputs", "params"];

    public static ModelSignature Read(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        YamlNode? root = YamlDocumentLoader.Load(yaml, What);
        if (root is null)
        {
            throw new SignatureException($"{What} is empty: expected a YAML mapping with a 'signature' key.");
        }
        if (root is not YamlMappingNode model)
        {
            throw new SignatureException($"{What} must be a YAML mapping (keys such as 'flavors' and 'signature'), got a YAML {Describe(root)}.");
        }
        // Model.from_dict only reads "signature" when it is a mapping; anything else means no signature.
        if (LastValue(model, "signature") is not YamlMappingNode signature)
        {
            throw new SignatureException($"{What} has no 'signature' mapping: the model was saved without a signature.");
        }
        var properties = new List<KeyValuePair<string, PythonJsonValue>>();
        foreach (string part in Parts)
        {
            if (LastValue(signature, part) is { } node && PartText(part, node) is { } text)
            {
                properties.Add(new KeyValuePair<string, PythonJsonValue>(part, PythonJsonValue.String(text)));
            }
        }
        ModelSignature read = SignatureJsonReader.ReadDict(PythonJsonValue.Object(properties.ToArray()));
        return IsTruthy(LastValue(model, TypeHintKey)) ? read with { IsFromTypeHint = true } : read;
    }

    private const string TypeHintKey = "is_signature_from_type_hint";

    // MLflow tests the attribute's truthiness; a sequence or mapping is truthy when it is not empty.
    private static bool IsTruthy(YamlNode? node) => node switch
    {
        null => false,
        YamlScalarNode scalar => Resolve(scalar, TypeHintKey) is var kind && (kind == PyYamlScalarKind.String ? scalar.Value.Length > 0 : PyYamlScalar.IsTruthy(kind, scalar.Value)),
        YamlSequenceNode sequence => sequence.Items.Count > 0,
        YamlMappingNode mapping => mapping.Entries.Count > 0,
        _ => false,
    };

    // from_dict treats a falsy value as absent and json.loads-es anything else, which only works for a string.
    private static string? PartText(string part, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                PyYamlScalarKind kind = Resolve(scalar, part);
                if (kind == PyYamlScalarKind.String) return scalar.Value.Length == 0 ? null : scalar.Value;
                if (!PyYamlScalar.IsTruthy(kind, scalar.Value)) return null;
                throw new SignatureException(
                    $"{What}: signature '{part}' must be the schema as a quoted JSON string, got the YAML {kind.ToString().ToLowerInvariant()} {scalar.Value}.");
            case YamlSequenceNode { Items.Count: 0 }:
            case YamlMappingNode { Entries.Count: 0 }:
                return null;
            default:
                throw new SignatureException($"{What}: signature '{part}' must be the schema as a quoted JSON string, got a YAML {Describe(node)}.");
        }
    }

    // PyYAML builds a dict, so a repeated key keeps its last value.
    private static YamlNode? LastValue(YamlMappingNode mapping, string key)
    {
        YamlNode? found = null;
        foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Entries)
        {
            if (entry.Key is YamlScalarNode k && k.Value == key && Resolve(k, key) == PyYamlScalarKind.String)
            {
                found = entry.Value;
            }
        }
        return found;
    }

    private static PyYamlScalarKind Resolve(YamlScalarNode node, string where)
    {
        try
        {
            return PyYamlScalar.Resolve(node);
        }
        catch (SignatureException e)
        {
            throw new SignatureException($"{What}: '{where}': {e.Message}", e);
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "sequence",
        _ => "scalar",
    };
}
