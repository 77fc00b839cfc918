using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Signatures.AspNetCore.OpenApi;

/// <summary>Turns the JSON Schemas of <see cref="ScoringJsonSchema"/> into Microsoft.OpenApi's object model (the keywords
/// those schemas use; any other keyword is a bug here and fails loudly rather than vanishing from the document).</summary>
internal static class OpenApiSchemaConverter
{
    public static OpenApiSchema Convert(JsonNode node)
    {
        var schema = new OpenApiSchema();
        foreach ((string keyword, JsonNode? value) in node.AsObject())
        {
            switch (keyword)
            {
                case "type":
                    schema.Type = value is JsonArray types ? types.Select(t => TypeOf(t!.GetValue<string>())).Aggregate((a, b) => a | b) : TypeOf(value!.GetValue<string>());
                    break;
                case "description": schema.Description = value!.GetValue<string>(); break;
                case "contentEncoding": schema.ContentEncoding = value!.GetValue<string>(); break;
                case "properties":
                    schema.Properties = value!.AsObject().ToDictionary(p => p.Key, p => (IOpenApiSchema)Convert(p.Value!), StringComparer.Ordinal);
                    break;
                case "required": schema.Required = new HashSet<string>(value!.AsArray().Select(r => r!.GetValue<string>()), StringComparer.Ordinal); break;
                case "items": schema.Items = Convert(value!); break;
                case "anyOf": schema.AnyOf = value!.AsArray().Select(s => (IOpenApiSchema)Convert(s!)).ToList(); break;
                case "oneOf": schema.OneOf = value!.AsArray().Select(s => (IOpenApiSchema)Convert(s!)).ToList(); break;
                case "enum": schema.Enum = value!.AsArray().Select(e => e!.DeepClone()).ToList(); break;
                case "minItems": schema.MinItems = checked((int)value!.GetValue<long>()); break;
                case "maxItems": schema.MaxItems = checked((int)value!.GetValue<long>()); break;
                case "additionalProperties":
                    if (value is JsonValue allowed) schema.AdditionalPropertiesAllowed = allowed.GetValue<bool>();
                    else schema.AdditionalProperties = Convert(value!);
                    break;
                default:
                    throw new InvalidOperationException($"The scoring schema uses the keyword '{keyword}', which the OpenAPI conversion does not handle.");
            }
        }
        return schema;
    }

    private static JsonSchemaType TypeOf(string name) => name switch
    {
        "null" => JsonSchemaType.Null,
        "boolean" => JsonSchemaType.Boolean,
        "integer" => JsonSchemaType.Integer,
        "number" => JsonSchemaType.Number,
        "string" => JsonSchemaType.String,
        "object" => JsonSchemaType.Object,
        "array" => JsonSchemaType.Array,
        _ => throw new InvalidOperationException($"Unknown JSON Schema type '{name}'."),
    };
}
