using System.Globalization;
using System.Runtime.CompilerServices;

namespace Signatures.Json;

/// <summary>
/// MLflow's <c>ModelSignature.from_dict</c>, <c>Schema.from_json</c>, <c>ParamSchema.from_json</c> and the
/// <c>from_json_dict</c> methods of every spec type: reads <c>to_dict()</c> JSON with Python's JSON rules,
/// accepts what MLflow accepts (missing <c>required</c>, the <c>dtype</c> key of a param, missing or falsy
/// keys, extra keys where MLflow ignores them) and refuses, with a message that names the place and the
/// problem, what MLflow refuses. Names that are numbers or booleans and <c>required</c> values that are not booleans
/// are kept and written back as MLflow does; where MLflow would keep a value it cannot use (a list or dict as a name,
/// a fractional tensor dimension) this is stricter.
/// Never throws anything but <see cref="SignatureException"/>.
/// </summary>
internal static class SignatureJsonReader
{
    private static readonly string[] ComplexColumnTypes = ["array", "object", "map", "sparkml_vector", "any"];
    private static readonly string[] ScalarColSpecKeys = ["type", "name", "required"];

    /// <summary>Reads the JSON text of a <c>to_dict()</c> object.</summary>
    public static ModelSignature ReadDict(string json) => ReadDict(PythonJsonParser.Parse(json, "the signature"));

    /// <summary>Reads a parsed <c>to_dict()</c> object.</summary>
    public static ModelSignature ReadDict(PythonJsonValue root)
    {
        if (root.Kind != PythonJsonKind.Object)
        {
            throw new SignatureException(
                $"A signature must be a JSON object with 'inputs', 'outputs' and 'params' keys (MLflow's to_dict()), got a JSON {root.PythonTypeName}.");
        }
        Schema? inputs = Part(root, "inputs") is { } i ? ReadSchema(i, "inputs") : null;
        Schema? outputs = Part(root, "outputs") is { } o ? ReadSchema(o, "outputs") : null;
        ParamSchema? parameters = Part(root, "params") is { } p ? ReadParamSchema(p) : null;
        return new ModelSignature(inputs, outputs, parameters);
    }

    // from_dict reads each key with d.get(k) and treats a falsy value (missing, null, "", false, 0, [], {}) as absent.
    private static string? Part(PythonJsonValue root, string key)
    {
        if (!root.TryGetProperty(key, out PythonJsonValue? value) || !value.IsTruthy) return null;
        if (value.Kind != PythonJsonKind.String)
        {
            throw new SignatureException(
                $"'{key}' must hold the schema as a JSON string (as MLflow's to_dict() writes it), got a JSON {value.PythonTypeName}: {Shorten(PythonRepr.Value(value))}");
        }
        return value.Text;
    }

    /// <summary>MLflow's <c>Schema.from_json</c>.</summary>
    public static Schema ReadSchema(string json, string what)
    {
        PythonJsonValue root = PythonJsonParser.Parse(json, $"the '{what}' schema");
        if (root.Kind != PythonJsonKind.Array)
        {
            throw new SignatureException($"'{what}': a schema must be a JSON list of column or tensor specs, got a JSON {root.PythonTypeName}.");
        }
        var specs = new InputSpec[root.Items.Count];
        for (int i = 0; i < specs.Length; i++)
        {
            specs[i] = ReadInputSpec(root.Items[i], what, i);
        }
        try
        {
            return new Schema(specs);
        }
        catch (SignatureException e)
        {
            throw new SignatureException($"'{what}': {e.Message}", e);
        }
    }

    private static InputSpec ReadInputSpec(PythonJsonValue item, string what, int index)
    {
        string place = $"'{what}' entry {index}";
        if (item.Kind != PythonJsonKind.Object)
        {
            throw new SignatureException($"{place}: must be a JSON object (a column or tensor spec), got a JSON {item.PythonTypeName}.");
        }
        // MLflow's specs take any name; real files have integer names (columns of a DataFrame built from an ndarray).
        string? name = null;
        NameKind nameKind = NameKind.String;
        if (item.TryGetProperty("name", out PythonJsonValue? nameValue) && nameValue.Kind != PythonJsonKind.Null)
        {
            if (!InputNames.TryRead(nameValue, out string read, out nameKind))
            {
                throw new SignatureException(
                    $"{place}: 'name' must be a string, a number or a boolean (a column label), got {Shorten(PythonRepr.Value(nameValue))}.");
            }
            name = read;
            place += $" ({InputNames.Repr(name, nameKind)})";
        }
        try
        {
            if (!item.TryGetProperty("type", out PythonJsonValue? type))
            {
                throw new SignatureException("Missing key 'type' (KeyError: 'type').");
            }
            InputSpec spec = type.Kind == PythonJsonKind.String && type.Text == "tensor" ? ReadTensorSpec(item, name) : ReadColSpec(item, type, name);
            return nameKind == NameKind.String ? spec : spec with { NameKind = nameKind };
        }
        catch (SignatureException e)
        {
            throw new SignatureException($"{place}: {e.Message}", e);
        }
    }

    // ColSpec.from_json_dict: a scalar column is ColSpec(**x), so only type/name/required are allowed and a
    // missing required means True; a complex column pops name and required (missing: None) and ignores other keys.
    private static ColSpec ReadColSpec(PythonJsonValue item, PythonJsonValue type, string? name)
    {
        bool complex = type.Kind == PythonJsonKind.String && ComplexColumnTypes.Contains(type.Text);
        if (!complex)
        {
            foreach (KeyValuePair<string, PythonJsonValue> key in item.Properties)
            {
                if (!ScalarColSpecKeys.Contains(key.Key))
                {
                    throw new SignatureException(
                        $"Unexpected key {PythonRepr.Str(key.Key)} in a column of a scalar type: MLflow's ColSpec takes only 'type', 'name' and 'required' (TypeError: unexpected keyword argument).");
                }
            }
        }
        bool? required = complex ? null : true;
        string? requiredJson = null;
        if (item.TryGetProperty("required", out PythonJsonValue? requiredValue))
        {
            (required, requiredJson) = RequiredFlag.Read(requiredValue);
        }
        ColumnType columnType = complex ? ReadType(type, item, TypeContext.Column) : ReadColumnScalarType(type);
        return new ColSpec(columnType, name, required) { RequiredJson = requiredJson };
    }

    private static ScalarType ReadColumnScalarType(PythonJsonValue type)
    {
        if (type.Kind == PythonJsonKind.String && DataTypeNames.TryParse(type.Text, out DataType dataType)) return ColumnType.Of(dataType);
        throw new SignatureException(
            $"Unsupported type {TypeText(type)}, expected instance of DataType or one of {DataTypeNames.PythonListing}");
    }

    private static TensorSpec ReadTensorSpec(PythonJsonValue item, string? name)
    {
        if (!item.TryGetProperty("tensor-spec", out PythonJsonValue? spec))
        {
            throw new SignatureException("Missing keys in TensorSpec JSON. Expected to find keys `tensor-spec` and `type`");
        }
        if (spec.Kind != PythonJsonKind.Object)
        {
            throw new SignatureException($"'tensor-spec' must be a JSON object with 'dtype' and 'shape', got a JSON {spec.PythonTypeName}.");
        }
        if (!spec.TryGetProperty("dtype", out PythonJsonValue? dtypeValue) || !spec.TryGetProperty("shape", out PythonJsonValue? shapeValue))
        {
            throw new SignatureException("Missing keys in TensorSpec JSON. Expected to find keys `dtype` and `shape`");
        }
        if (dtypeValue.Kind != PythonJsonKind.String)
        {
            throw new SignatureException($"dtype must be a numpy dtype name such as 'float32', got {PythonRepr.Value(dtypeValue)}.");
        }
        string dtypeName = dtypeValue.Text;
        if (NumpyDTypeNames.IsSizedFlexible(dtypeName))
        {
            throw new SignatureException("MLflow does not support size information in flexible numpy data types. Use np.dtype(\"str\") instead");
        }
        if (!NumpyDTypeNames.TryParse(dtypeName, out NumpyDType dtype))
        {
            throw new SignatureException(
                $"data type {PythonRepr.Str(dtypeName)} not understood; supported dtypes: {string.Join(", ", Enum.GetValues<NumpyDType>().Select(d => d.ToNumpyName()))}.");
        }
        if (shapeValue.Kind != PythonJsonKind.Array)
        {
            throw new SignatureException($"shape must be a list of integers, got {PythonRepr.Value(shapeValue)}.");
        }
        var shape = new long[shapeValue.Items.Count];
        for (int i = 0; i < shape.Length; i++)
        {
            PythonJsonValue d = shapeValue.Items[i];
            if (d.Kind != PythonJsonKind.Integer || !long.TryParse(d.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out shape[i]))
            {
                throw new SignatureException($"shape must be a list of integers, got {PythonRepr.Value(shapeValue)}.");
            }
        }
        return new TensorSpec(dtype, shape, name);
    }

    private enum TypeContext { Column, Nested, Property, MapValue }

    // The dict holding "type" decides the nested keys (items / properties / values), as MLflow's from_json_dict does.
    private static ColumnType ReadType(PythonJsonValue type, PythonJsonValue holder, TypeContext context)
    {
        // Types nest as deep as the parsed JSON (up to PythonJsonParser.MaxDepth): refused, never a stack overflow, on a small stack.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new SignatureException("The type is nested deeper than the reading thread's stack holds.");
        }
        if (type.Kind == PythonJsonKind.String)
        {
            switch (type.Text)
            {
                case "array": return ReadArray(holder);
                case "object": return ReadObject(holder);
                case "map": return ReadMap(holder);
                case "any": return AnyType.Instance;
                case "sparkml_vector" when context == TypeContext.Property:
                    // Property.from_json_dict returns a bare SparkMLVector here, which Object then refuses.
                    throw new SignatureException("Expected values to be instance of Property (MLflow cannot read a 'sparkml_vector' object property).");
                case "sparkml_vector": return SparkMLVectorType.Instance;
            }
            if (DataTypeNames.TryParse(type.Text, out DataType dataType)) return ColumnType.Of(dataType);
        }
        throw new SignatureException(context switch
        {
            TypeContext.Column => $"Unsupported type {TypeText(type)}, expected instance of DataType or one of {DataTypeNames.PythonListing}",
            TypeContext.MapValue => $"Unsupported value type {TypeText(type)}, expected instance of DataType, Array, Object, Map or one of {DataTypeNames.PythonListing}",
            _ => $"Unsupported type {TypeText(type)}, expected instance of DataType, Array, Object, Map or one of {DataTypeNames.PythonListing}",
        });
    }

    private static ArrayType ReadArray(PythonJsonValue holder)
    {
        if (!holder.TryGetProperty("items", out PythonJsonValue? items))
        {
            throw new SignatureException("Missing keys in Array JSON. Expected to find keys `items` and `type`");
        }
        if (items.Kind != PythonJsonKind.Object)
        {
            throw new SignatureException("Expected items to be a dictionary of Object JSON");
        }
        if (!items.TryGetProperty("type", out PythonJsonValue? itemType))
        {
            throw new SignatureException("Missing keys in Array's items JSON. Expected to find key `type`");
        }
        return new ArrayType(ReadType(itemType, items, TypeContext.Nested));
    }

    private static ObjectType ReadObject(PythonJsonValue holder)
    {
        if (!holder.TryGetProperty("properties", out PythonJsonValue? properties))
        {
            throw new SignatureException("Missing keys in Object JSON. Expected to find keys `properties` and `type`");
        }
        if (properties.Kind != PythonJsonKind.Object || properties.Properties.Any(p => p.Value.Kind != PythonJsonKind.Object))
        {
            throw new SignatureException("Expected properties to be a dictionary of Property JSON");
        }
        return new ObjectType(properties.Properties.Select(ReadProperty).ToArray());
    }

    private static ObjectProperty ReadProperty(KeyValuePair<string, PythonJsonValue> property)
    {
        PythonJsonValue body = property.Value;
        if (!body.TryGetProperty("type", out PythonJsonValue? type))
        {
            throw new SignatureException($"Missing keys in Property `{property.Key}`. Expected to find key `type`");
        }
        bool required = true;
        string? requiredJson = null;
        if (body.TryGetProperty("required", out PythonJsonValue? requiredValue))
        {
            // Property keeps what it is given; null is falsy (optional) and is written back as null.
            bool? flag;
            (flag, requiredJson) = RequiredFlag.Read(requiredValue);
            required = flag == true;
            if (requiredValue.Kind == PythonJsonKind.Null) requiredJson = "null";
        }
        try
        {
            return new ObjectProperty(property.Key, ReadType(type, body, TypeContext.Property), required) { RequiredJson = requiredJson };
        }
        catch (SignatureException e)
        {
            throw new SignatureException($"Property `{property.Key}`: {e.Message}", e);
        }
    }

    private static ColumnType ReadMap(PythonJsonValue holder)
    {
        if (!holder.TryGetProperty("values", out PythonJsonValue? values))
        {
            // MLflow's Map.from_json_dict really says "Array" here (a copy-paste in its source).
            throw new SignatureException("Missing keys in Array JSON. Expected to find keys `items` and `type`");
        }
        if (values.Kind != PythonJsonKind.Object)
        {
            throw new SignatureException("Expected values to be a dictionary of Object JSON");
        }
        if (!values.TryGetProperty("type", out PythonJsonValue? valueType))
        {
            throw new SignatureException("Missing keys in Map's items JSON. Expected to find key `type`");
        }
        if (valueType.Kind == PythonJsonKind.String && valueType.Text == "sparkml_vector")
        {
            // Map.from_json_dict returns a bare SparkMLVector for this, so MLflow reads the whole map as one.
            return SparkMLVectorType.Instance;
        }
        return new MapType(ReadType(valueType, values, TypeContext.MapValue));
    }

    /// <summary>MLflow's <c>ParamSchema.from_json</c>.</summary>
    public static ParamSchema ReadParamSchema(string json)
    {
        PythonJsonValue root = PythonJsonParser.Parse(json, "the 'params' schema");
        if (root.Kind != PythonJsonKind.Array)
        {
            throw new SignatureException($"'params': must be a JSON list of param specs, got a JSON {root.PythonTypeName}.");
        }
        var specs = new ParamSpec[root.Items.Count];
        for (int i = 0; i < specs.Length; i++)
        {
            specs[i] = ReadParamSpec(root.Items[i], i);
        }
        try
        {
            return new ParamSchema(specs);
        }
        catch (SignatureException e)
        {
            throw new SignatureException($"'params': {e.Message}", e);
        }
    }

    private static ParamSpec ReadParamSpec(PythonJsonValue item, int index)
    {
        string place = $"'params' entry {index}";
        if (item.Kind != PythonJsonKind.Object)
        {
            throw new SignatureException($"{place}: must be a JSON object (a param spec), got a JSON {item.PythonTypeName}.");
        }
        if (!item.TryGetProperty("name", out PythonJsonValue? nameValue) || !item.TryGetProperty("default", out PythonJsonValue? defaultValue) ||
            !(item.HasProperty("type") || item.HasProperty("dtype")))
        {
            string keys = string.Join(", ", item.Properties.Select(p => PythonRepr.Str(p.Key)));
            throw new SignatureException(
                $"{place}: Missing keys in ParamSpec JSON. Expected to find keys `name`, `type`(or `dtype`) and `default`. Received keys: dict_keys([{keys}])");
        }
        // ParamSpec.from_json_dict: name=str(kwargs["name"]), dtype = kwargs.get("type") or kwargs.get("dtype").
        string name = PythonRepr.StrOf(nameValue);
        place += $" ('{name}')";
        try
        {
            PythonJsonValue type = item.TryGetProperty("type", out PythonJsonValue? t) && t.IsTruthy
                ? t
                : item.TryGetProperty("dtype", out PythonJsonValue? d) ? d : PythonJsonValue.Null;
            ColumnType paramType = ReadParamType(item, type, name);
            bool isList = ReadParamShape(item, name, paramType, defaultValue);
            return ParamSpec.FromValue(name, paramType, defaultValue, isList);
        }
        catch (SignatureException e)
        {
            throw new SignatureException($"{place}: {e.Message}", e);
        }
    }

    private static ColumnType ReadParamType(PythonJsonValue item, PythonJsonValue type, string name)
    {
        if (type.Kind == PythonJsonKind.String && type.Text == "object")
        {
            // Object.from_json_dict(**kwargs) needs the "type" key itself to say "object".
            if (!item.TryGetProperty("type", out PythonJsonValue? typeKey))
            {
                throw new SignatureException("Missing keys in Object JSON. Expected to find keys `properties` and `type`");
            }
            if (typeKey.Kind != PythonJsonKind.String || typeKey.Text != "object")
            {
                throw new SignatureException("Type mismatch, Object expects `object` as the type");
            }
            return ReadObject(item);
        }
        if (type.Kind == PythonJsonKind.String && DataTypeNames.TryParse(type.Text, out DataType dataType))
        {
            ColumnType scalar = ColumnType.Of(dataType);
            ParamDefaults.CheckType(name, scalar);
            return scalar;
        }
        throw new SignatureException(
            $"Unsupported type {TypeText(type)} for param '{name}' (KeyError): expected one of {DataTypeNames.PythonListing} (except binary) or 'object'.");
    }

    // shape None is a scalar (or object), (-1,) a list; MLflow refuses any other shape.
    private static bool ReadParamShape(PythonJsonValue item, string name, ColumnType type, PythonJsonValue defaultValue)
    {
        if (!item.TryGetProperty("shape", out PythonJsonValue? shape) || shape.Kind == PythonJsonKind.Null) return false;
        if (shape.Kind == PythonJsonKind.Array && shape.Items.Count == 1 && shape.Items[0] is { Kind: PythonJsonKind.Integer, Text: "-1" })
        {
            return true;
        }
        string tuple = shape.Kind == PythonJsonKind.Array
            ? "(" + string.Join(", ", shape.Items.Select(PythonRepr.Value)) + (shape.Items.Count == 1 ? ",)" : ")")
            : PythonRepr.Value(shape);
        throw new SignatureException(
            "Shape must be None for scalar or dictionary value, or (-1,) for 1D array value for ParamSpec " +
            $"'{name}': {ParamDefaults.TypeRepr(type)} (default: {PythonRepr.StrOf(defaultValue)}) (shape: {tuple})), received {tuple}");
    }

    private static string TypeText(PythonJsonValue type) =>
        type.Kind == PythonJsonKind.String ? "'" + type.Text + "'" : PythonRepr.Value(type);

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
