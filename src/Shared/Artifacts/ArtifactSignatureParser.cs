using System.Collections.Generic;
using System.Globalization;

namespace Signatures.Shared.Artifacts;

/// <summary>
/// Reads the schema JSON texts of a signature (<see cref="SignatureTexts"/>) into an <see cref="ArtifactSignature"/>,
/// following the layout MLflow's <c>Schema.to_json()</c> and <c>ParamSchema.to_json()</c> write. Never throws:
/// anything that is not such a schema gives an error naming the part and the entry.
/// </summary>
internal static class ArtifactSignatureParser
{
    // MLflow's DataType names, and SparkMLVector, which MLflow writes like one and C# contracts cannot declare.
    private static readonly HashSet<string> DataTypes = new() { "boolean", "integer", "long", "float", "double", "string", "binary", "datetime", "sparkml_vector" };

    public static bool TryParse(SignatureTexts texts, out ArtifactSignature signature, out string error)
    {
        signature = new ArtifactSignature(null, null, null);
        if (!TryParseSchema(texts.Inputs, "inputs", out IReadOnlyList<ArtifactColumn>? inputs, out error)) return false;
        if (!TryParseSchema(texts.Outputs, "outputs", out IReadOnlyList<ArtifactColumn>? outputs, out error)) return false;
        if (!TryParseParams(texts.Params, out IReadOnlyList<ArtifactParam>? parameters, out error)) return false;
        signature = new ArtifactSignature(inputs, outputs, parameters);
        return true;
    }

    private static bool TryParseSchema(string? json, string part, out IReadOnlyList<ArtifactColumn>? columns, out string error)
    {
        columns = null;
        error = string.Empty;
        if (json is null) return true;
        if (!JsonTextParser.TryParse(json, out JsonNode root, out string jsonError))
        {
            error = $"signature '{part}' is not valid JSON: {jsonError}";
            return false;
        }
        if (root.Kind != JsonNodeKind.Array)
        {
            error = $"signature '{part}' must be a JSON list of columns or tensors";
            return false;
        }
        var result = new List<ArtifactColumn>();
        for (int i = 0; i < root.Items.Count; i++)
        {
            string where = $"signature '{part}', entry {i + 1}";
            JsonNode entry = root.Items[i];
            if (entry.Kind != JsonNodeKind.Object)
            {
                error = where + ": expected a JSON object";
                return false;
            }
            string? name = entry.Get("name") is { Kind: JsonNodeKind.String } n ? n.Text : null;
            if (name is not null) where += $" ('{name}')";
            bool required = entry.Get("required") is not { Kind: JsonNodeKind.Boolean, Text: "false" };
            if (entry.Get("type") is { Kind: JsonNodeKind.String, Text: "tensor" })
            {
                if (!TryParseTensor(entry, where, out string dtype, out IReadOnlyList<long> shape, out error)) return false;
                result.Add(new ArtifactColumn(name, null, true, dtype, shape));
                continue;
            }
            if (!TryParseType(entry, where, 0, out ArtifactType? type, out error)) return false;
            result.Add(new ArtifactColumn(name, type, required, null, null, entry.Get("required") is { Kind: JsonNodeKind.Boolean }));
        }
        columns = result;
        return true;
    }

    private static bool TryParseTensor(JsonNode entry, string where, out string dtype, out IReadOnlyList<long> shape, out string error)
    {
        dtype = string.Empty;
        shape = new long[0];
        error = string.Empty;
        if (entry.Get("tensor-spec") is not { Kind: JsonNodeKind.Object } spec || spec.Get("dtype") is not { Kind: JsonNodeKind.String } d)
        {
            error = where + ": a tensor needs a 'tensor-spec' with a 'dtype'";
            return false;
        }
        dtype = d.Text;
        var dims = new List<long>();
        if (spec.Get("shape") is { Kind: JsonNodeKind.Array } s)
        {
            foreach (JsonNode dim in s.Items)
            {
                if (dim.Kind != JsonNodeKind.Number || !long.TryParse(dim.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
                {
                    error = where + ": a tensor shape holds integers";
                    return false;
                }
                dims.Add(value);
            }
        }
        else if (spec.Get("shape") is { Kind: not JsonNodeKind.Null })
        {
            error = where + ": a tensor shape is a JSON list";
            return false;
        }
        shape = dims;
        return true;
    }

    private static bool TryParseType(JsonNode node, string where, int depth, out ArtifactType? type, out string error)
    {
        type = null;
        error = string.Empty;
        if (depth > 32)
        {
            error = where + ": types nest too deeply";
            return false;
        }
        if (node.Get("type") is not { Kind: JsonNodeKind.String } typeNode)
        {
            error = where + ": no 'type'";
            return false;
        }
        switch (typeNode.Text)
        {
            case "array":
                if (node.Get("items") is not { Kind: JsonNodeKind.Object } items)
                {
                    error = where + ": an array type needs 'items'";
                    return false;
                }
                if (!TryParseType(items, where, depth + 1, out ArtifactType? item, out error)) return false;
                type = new ArtifactType(ArtifactTypeKind.Array, null, item, new ArtifactProperty[0]);
                return true;
            case "map":
                if (node.Get("values") is not { Kind: JsonNodeKind.Object } values)
                {
                    error = where + ": a map type needs 'values'";
                    return false;
                }
                if (!TryParseType(values, where, depth + 1, out ArtifactType? value, out error)) return false;
                type = new ArtifactType(ArtifactTypeKind.Map, null, value, new ArtifactProperty[0]);
                return true;
            case "object":
                return TryParseObject(node, where, depth, out type, out error);
            case "any":
                type = new ArtifactType(ArtifactTypeKind.Any, null, null, new ArtifactProperty[0]);
                return true;
            default:
                if (!DataTypes.Contains(typeNode.Text))
                {
                    error = where + $": unknown type '{typeNode.Text}'";
                    return false;
                }
                type = new ArtifactType(ArtifactTypeKind.Scalar, typeNode.Text, null, new ArtifactProperty[0]);
                return true;
        }
    }

    private static bool TryParseObject(JsonNode node, string where, int depth, out ArtifactType? type, out string error)
    {
        type = null;
        error = string.Empty;
        if (node.Get("properties") is not { Kind: JsonNodeKind.Object } properties)
        {
            error = where + ": an object type needs 'properties'";
            return false;
        }
        var result = new List<ArtifactProperty>();
        foreach (KeyValuePair<string, JsonNode> property in properties.Members)
        {
            if (property.Value.Kind != JsonNodeKind.Object)
            {
                error = where + $": property '{property.Key}' must be a JSON object";
                return false;
            }
            if (!TryParseType(property.Value, where + "." + property.Key, depth + 1, out ArtifactType? propertyType, out error)) return false;
            bool required = property.Value.Get("required") is not { Kind: JsonNodeKind.Boolean, Text: "false" };
            result.Add(new ArtifactProperty(property.Key, propertyType!, required));
        }
        result.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        type = new ArtifactType(ArtifactTypeKind.Object, null, null, result);
        return true;
    }

    private static bool TryParseParams(string? json, out IReadOnlyList<ArtifactParam>? parameters, out string error)
    {
        parameters = null;
        error = string.Empty;
        if (json is null) return true;
        if (!JsonTextParser.TryParse(json, out JsonNode root, out string jsonError))
        {
            error = "signature 'params' is not valid JSON: " + jsonError;
            return false;
        }
        if (root.Kind != JsonNodeKind.Array)
        {
            error = "signature 'params' must be a JSON list of params";
            return false;
        }
        var result = new List<ArtifactParam>();
        for (int i = 0; i < root.Items.Count; i++)
        {
            JsonNode entry = root.Items[i];
            string where = $"signature 'params', entry {i + 1}";
            if (entry.Kind != JsonNodeKind.Object || entry.Get("name") is not { Kind: JsonNodeKind.String } name)
            {
                error = where + ": expected a JSON object with a 'name'";
                return false;
            }
            where += $" ('{name.Text}')";
            if (!TryParseType(entry, where, 0, out ArtifactType? type, out error)) return false;
            bool isList = entry.Get("shape") is { Kind: JsonNodeKind.Array };
            string defaultJson = (entry.Get("default") ?? JsonNode.Null).ToPythonJson();
            result.Add(new ArtifactParam(name.Text, entry.Get("type")!.Text, type!, isList, defaultJson));
        }
        parameters = result;
        return true;
    }
}
