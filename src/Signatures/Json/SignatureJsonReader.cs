using System.Text.Json;

namespace Signatures.Json;

/// <summary>
/// MLflow's <c>ModelSignature.from_dict</c>, <c>Schema.from_json</c>, <c>ParamSchema.from_json</c> and the
/// <c>from_json_dict</c> methods of every spec type: reads <c>to_dict()</c> JSON, accepting the legacy forms
/// MLflow accepts (missing <c>required</c>, the <c>dtype</c> key of a param, missing keys) and refusing, with a
/// message that names the problem, what MLflow refuses.
/// </summary>
internal static class SignatureJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    public static ModelSignature ReadDict(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = Parse(json, "signature");
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SignatureException($"A signature must be a JSON object with 'inputs', 'outputs' and 'params' keys, got a JSON {Kind(root)}.");
        }
        return ReadDict(root);
    }

    public static ModelSignature ReadDict(JsonElement root)
    {
        Schema? inputs = ReadPart(root, "inputs") is { } i ? ReadSchema(i, "inputs") : null;
        Schema? outputs = ReadPart(root, "outputs") is { } o ? ReadSchema(o, "outputs") : null;
        ParamSchema? parameters = ReadPart(root, "params") is { } p ? ReadParamSchema(p) : null;
        return new ModelSignature(inputs, outputs, parameters);
    }

    // from_dict reads each key with d.get(k) and treats a falsy value (missing, null, "") as absent.
    private static string? ReadPart(JsonElement root, string key)
    {
        if (!root.TryGetProperty(key, out JsonElement value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new SignatureException($"Signature key '{key}' must hold the schema as a JSON string (as MLflow's to_dict() writes it), got a JSON {Kind(value)}.");
        }
        string text = value.GetString()!;
        return text.Length == 0 ? null : text;
    }

    public static Schema ReadSchema(string json, string what)
    {
        using JsonDocument document = Parse(json, what);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new SignatureException($"Inputs of Schema must be a list, got type {PythonType(root)} (in '{what}').");
        }
        var specs = new List<InputSpec>();
        foreach (JsonElement item in root.EnumerateArray())
        {
            specs.Add(ReadInputSpec(item));
        }
        return new Schema(specs);
    }

    private static InputSpec ReadInputSpec(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new SignatureException($"Each schema entry must be a JSON object (a ColSpec or TensorSpec), got a JSON {Kind(item)}.");
        }
        if (!item.TryGetProperty("type", out JsonElement typeElement))
        {
            throw new SignatureException($"Missing key 'type' in schema entry {item.GetRawText()}.");
        }
        string? name = ReadName(item);
        if (typeElement.ValueKind == JsonValueKind.String && typeElement.GetString() == "tensor")
        {
            return ReadTensorSpec(item, name);
        }
        ColumnType type = ReadType(typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString()! : typeElement.GetRawText(), item, TypeContext.Column);
        bool? required;
        if (!item.TryGetProperty("required", out JsonElement requiredElement))
        {
            // Scalar ColSpecs default to required; MLflow's complex from_json_dict passes None instead.
            required = type is ScalarType ? true : null;
        }
        else
        {
            required = requiredElement.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => throw new SignatureException($"Column {Describe(name)}: 'required' must be true, false or null, got {requiredElement.GetRawText()}."),
            };
        }
        return new ColSpec(type, name, required);
    }

    private static string? ReadName(JsonElement item)
    {
        if (!item.TryGetProperty("name", out JsonElement nameElement) || nameElement.ValueKind == JsonValueKind.Null) return null;
        if (nameElement.ValueKind != JsonValueKind.String)
        {
            throw new SignatureException($"A schema entry's 'name' must be a string, got {nameElement.GetRawText()}.");
        }
        return nameElement.GetString();
    }

    private static TensorSpec ReadTensorSpec(JsonElement item, string? name)
    {
        if (!item.TryGetProperty("tensor-spec", out JsonElement spec))
        {
            throw new SignatureException("Missing keys in TensorSpec JSON. Expected to find keys `tensor-spec` and `type`");
        }
        if (spec.ValueKind != JsonValueKind.Object || !spec.TryGetProperty("dtype", out JsonElement dtypeElement) || !spec.TryGetProperty("shape", out JsonElement shapeElement))
        {
            throw new SignatureException("Missing keys in TensorSpec JSON. Expected to find keys `dtype` and `shape`");
        }
        if (dtypeElement.ValueKind != JsonValueKind.String)
        {
            throw new SignatureException($"Tensor {Describe(name)}: dtype must be a numpy dtype name, got {dtypeElement.GetRawText()}.");
        }
        string dtypeName = dtypeElement.GetString()!;
        if (NumpyDTypeNames.IsSizedFlexible(dtypeName))
        {
            throw new SignatureException("MLflow does not support size information in flexible numpy data types. Use np.dtype(\"str\") instead");
        }
        if (!NumpyDTypeNames.TryParse(dtypeName, out NumpyDType dtype))
        {
            throw new SignatureException($"data type '{dtypeName}' not understood (tensor {Describe(name)}).");
        }
        if (shapeElement.ValueKind != JsonValueKind.Array)
        {
            throw new SignatureException($"Tensor {Describe(name)}: shape must be a list of integers, got {shapeElement.GetRawText()}.");
        }
        var shape = new List<long>();
        foreach (JsonElement d in shapeElement.EnumerateArray())
        {
            if (d.ValueKind != JsonValueKind.Number || !d.TryGetInt64(out long dim))
            {
                throw new SignatureException($"Tensor {Describe(name)}: shape must be a list of integers, got {shapeElement.GetRawText()}.");
            }
            shape.Add(dim);
        }
        return new TensorSpec(dtype, shape, name);
    }

    private enum TypeContext { Column, Nested, MapValue }

    // The dict holding "type" decides the nested keys (items / properties / values).
    private static ColumnType ReadType(string typeName, JsonElement holder, TypeContext context)
    {
        if (DataTypeNames.TryParse(typeName, out DataType dataType)) return ColumnType.Of(dataType);
        switch (typeName)
        {
            case "array":
                if (!holder.TryGetProperty("items", out JsonElement items))
                {
                    throw new SignatureException("Missing keys in Array JSON. Expected to find keys `items` and `type`");
                }
                if (items.ValueKind != JsonValueKind.Object)
                {
                    throw new SignatureException("Expected items to be a dictionary of Object JSON");
                }
                if (!items.TryGetProperty("type", out JsonElement itemType))
                {
                    throw new SignatureException("Missing keys in Array's items JSON. Expected to find key `type`");
                }
                return new ArrayType(ReadType(TypeString(itemType), items, TypeContext.Nested));
            case "object":
                if (!holder.TryGetProperty("properties", out JsonElement properties))
                {
                    throw new SignatureException("Missing keys in Object JSON. Expected to find keys `properties` and `type`");
                }
                if (properties.ValueKind != JsonValueKind.Object)
                {
                    throw new SignatureException("Expected properties to be a dictionary of Property JSON");
                }
                return new ObjectType(properties.EnumerateObject().Select(ReadProperty).ToArray());
            case "map":
                if (!holder.TryGetProperty("values", out JsonElement values))
                {
                    // MLflow's Map.from_json_dict really says "Array" here (a copy-paste in its source).
                    throw new SignatureException("Missing keys in Array JSON. Expected to find keys `items` and `type`");
                }
                if (values.ValueKind != JsonValueKind.Object || !values.TryGetProperty("type", out JsonElement valueType))
                {
                    throw new SignatureException("Missing keys in Map's values JSON. Expected to find key `type`");
                }
                return new MapType(ReadType(TypeString(valueType), values, TypeContext.MapValue));
            case "any":
                return AnyType.Instance;
            case "sparkml_vector":
                return SparkMLVectorType.Instance;
        }
        throw new SignatureException(context switch
        {
            TypeContext.Column => $"Unsupported type '{typeName}', expected instance of DataType or one of {DataTypeNames.PythonListing}",
            TypeContext.MapValue => $"Unsupported value type '{typeName}', expected instance of DataType, Array, Object, Map or one of {DataTypeNames.PythonListing}",
            _ => $"Unsupported type '{typeName}', expected instance of DataType, Array, Object, Map or one of {DataTypeNames.PythonListing}",
        });
    }

    private static string TypeString(JsonElement type) =>
        type.ValueKind == JsonValueKind.String ? type.GetString()! : type.GetRawText();

    private static ObjectProperty ReadProperty(JsonProperty property)
    {
        JsonElement body = property.Value;
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("type", out JsonElement type))
        {
            throw new SignatureException($"Missing keys in Property `{property.Name}`. Expected to find key `type`");
        }
        bool required = true;
        if (body.TryGetProperty("required", out JsonElement r))
        {
            required = r.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new SignatureException($"Property `{property.Name}`: 'required' must be true or false, got {r.GetRawText()}."),
            };
        }
        return new ObjectProperty(property.Name, ReadType(TypeString(type), body, TypeContext.Nested), required);
    }

    public static ParamSchema ReadParamSchema(string json)
    {
        using JsonDocument document = Parse(json, "params");
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new SignatureException($"'params' must be a JSON list of ParamSpecs, got a JSON {Kind(root)}.");
        }
        return new ParamSchema(root.EnumerateArray().Select(ReadParamSpec).ToArray());
    }

    private static ParamSpec ReadParamSpec(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new SignatureException($"Each param must be a JSON object, got a JSON {Kind(item)}.");
        }
        bool hasType = item.TryGetProperty("type", out JsonElement typeElement) || item.TryGetProperty("dtype", out typeElement);
        if (!item.TryGetProperty("name", out JsonElement nameElement) || !hasType || !item.TryGetProperty("default", out JsonElement defaultElement))
        {
            string keys = string.Join(", ", item.EnumerateObject().Select(p => PythonRepr.Str(p.Name)));
            throw new SignatureException($"Missing keys in ParamSpec JSON. Expected to find keys `name`, `type`(or `dtype`) and `default`. Received keys: dict_keys([{keys}])");
        }
        if (nameElement.ValueKind != JsonValueKind.String)
        {
            throw new SignatureException($"A param's 'name' must be a string, got {nameElement.GetRawText()}.");
        }
        string name = nameElement.GetString()!;
        string typeName = TypeString(typeElement);
        ColumnType type;
        if (DataTypeNames.TryParse(typeName, out DataType dataType))
        {
            type = ColumnType.Of(dataType);
        }
        else if (typeName == "object")
        {
            type = ReadType("object", item, TypeContext.Nested);
        }
        else
        {
            throw new SignatureException($"Unsupported type '{typeName}' for param '{name}': expected one of {DataTypeNames.PythonListing} or 'object'.");
        }
        bool isList = false;
        if (item.TryGetProperty("shape", out JsonElement shape) && shape.ValueKind != JsonValueKind.Null)
        {
            bool isMinusOne = shape.ValueKind == JsonValueKind.Array && shape.GetArrayLength() == 1 &&
                              shape[0].ValueKind == JsonValueKind.Number && shape[0].TryGetInt64(out long d) && d == -1;
            if (!isMinusOne)
            {
                throw new SignatureException(
                    $"Shape must be None for scalar or dictionary value, or (-1,) for 1D array value for ParamSpec '{name}', received {shape.GetRawText()}");
            }
            isList = true;
        }
        return ParamSpec.FromJson(name, type, defaultElement.GetRawText(), isList);
    }

    private static JsonDocument Parse(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new SignatureException($"The {what} JSON is malformed: {e.Message}", e);
        }
    }

    private static string Describe(string? name) => name is null ? "(unnamed)" : "'" + name + "'";

    private static string Kind(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant();

    private static string PythonType(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "dict",
        JsonValueKind.String => "str",
        JsonValueKind.Number => "int",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.Null => "NoneType",
        _ => "list",
    };
}
