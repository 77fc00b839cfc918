using System.Text.Json.Nodes;

namespace Signatures.AspNetCore.OpenApi;

/// <summary>
/// JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of the scoring protocol for one signature: the request body in each
/// of MLflow's envelopes with the signature's columns or tensors and params, the response and the error body. A body
/// the endpoint accepts always validates (checked against the vectors' accepted bodies); the schema cannot say
/// everything the endpoint checks (integer ranges, exact float conversions, column order in <c>dataframe_split</c>).
/// </summary>
public static class ScoringJsonSchema
{
    private static readonly string[] Envelopes = ["dataframe_split", "dataframe_records", "instances", "inputs"];
    private static readonly string[] LlmKeys = ["messages", "prompt", "input"];

    /// <summary>The request body of <c>POST /invocations</c> (<c>application/json</c>) for <paramref name="signature"/>.</summary>
    /// <exception cref="ArgumentException">The signature has no input schema.</exception>
    public static JsonObject Request(ModelSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        Schema inputs = signature.Inputs ?? throw new ArgumentException("The signature has no input schema.", nameof(signature));
        var properties = new JsonObject();
        if (inputs.IsTensorBased)
        {
            properties["dataframe_split"] = Describe(SplitTable(inputs), "A table (pandas' split orient) whose rows are the first dimension of the tensors.");
            properties["dataframe_records"] = Describe(Records(inputs), "A table as a list of records whose rows are the first dimension of the tensors.");
            properties["instances"] = Describe(TensorsInput(inputs, columnar: false), "TensorFlow Serving's row format.");
            properties["inputs"] = Describe(TensorsInput(inputs, columnar: true), "TensorFlow Serving's columnar format.");
        }
        else
        {
            properties["dataframe_split"] = Describe(SplitTable(inputs), "A table in pandas' split orient: column names and rows of values.");
            properties["dataframe_records"] = Describe(Records(inputs), "A table as a list of records, one object per row.");
            properties["instances"] = Describe(ColumnsInput(inputs), "Rows (records or values), or an object of columns.");
            properties["inputs"] = Describe(ColumnsInput(inputs), "Rows (records or values), or an object of columns.");
        }
        properties["params"] = Params(signature.Params);
        JsonArray forms = new(Envelopes.Select(e => (JsonNode)new JsonObject { ["required"] = new JsonArray(e) }).ToArray());
        // MLflow's unified LLM body: a top-level messages, prompt or input key; declared params are top-level keys too.
        forms.Add(new JsonObject { ["anyOf"] = new JsonArray(LlmKeys.Select(k => (JsonNode)new JsonObject { ["required"] = new JsonArray(k) }).ToArray()) });
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "An MLflow scoring request: exactly one of dataframe_split, dataframe_records, instances or inputs, and optional params; "
                + "or a unified LLM body (messages, prompt or input at the top level, columns and params beside it).",
            ["properties"] = properties,
            ["oneOf"] = forms,
        };
    }

    /// <summary>The body of a successful response: <c>{"predictions": ...}</c>, described by the output schema when the signature has one.</summary>
    public static JsonObject Response(ModelSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        JsonNode predictions = signature.Outputs switch
        {
            null => new JsonObject(),
            { IsTensorBased: true } outputs => TensorsValue(outputs),
            { HasInputNames: true } outputs => Array(Record(outputs)),
            var outputs => Array(Nullable(Column(((ColSpec)outputs.Inputs[0]).Type), !outputs.Inputs[0].IsRequired)),
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["predictions"] = predictions },
            ["required"] = new JsonArray("predictions"),
        };
    }

    /// <summary>MLflow's error body: <c>{"error_code": ..., "message": ...}</c>.</summary>
    public static JsonObject Error() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["error_code"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(ScoringErrorCodes.BadRequest, ScoringErrorCodes.InvalidParameterValue) },
            ["message"] = new JsonObject { ["type"] = "string" },
        },
        ["required"] = new JsonArray("error_code", "message"),
    };

    // Rows are arrays in the order of `columns`, which may name columns the signature lacks (ignored, with a warning),
    // so a cell is typed only through the column it falls in: the schema cannot say more than "array".
    private static JsonObject SplitTable(Schema inputs)
    {
        string columns = inputs.HasInputNames
            ? "The signature's columns: " + string.Join(", ", inputs.Inputs.Select(i => i.Name)) + "; other columns are ignored."
            : "Unnamed columns are matched by position.";
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["columns"] = Describe(Array(new JsonObject { ["type"] = new JsonArray("string", "integer") }), columns),
                ["index"] = new JsonObject { ["type"] = "array" },
                ["data"] = Array(new JsonObject()),
            },
            ["required"] = new JsonArray("data"),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Records(Schema inputs) =>
        Array(inputs.IsTensorBased || !inputs.HasInputNames ? new JsonObject { ["type"] = "object" } : Record(inputs));

    private static JsonObject ColumnsInput(Schema inputs)
    {
        var forms = new JsonArray();
        if (inputs.HasInputNames)
        {
            JsonObject record = Record(inputs);
            forms.Add(Array(record));
            forms.Add(record.DeepClone());
            if (inputs.Inputs.Count == 1) forms.Add(Array(ColumnValue(inputs.Columns.Single())));
            var columns = new JsonObject();
            foreach (ColSpec column in inputs.Columns) columns[column.Name!] = new JsonObject { ["anyOf"] = new JsonArray(Array(ColumnValue(column)), ColumnValue(column)) };
            forms.Add(new JsonObject { ["type"] = "object", ["properties"] = columns });
        }
        else
        {
            // A row is an array (extra trailing columns are ignored) or, for one column, the value itself.
            JsonNode value = AnyOf(inputs.Columns.Select(ColumnValue));
            forms.Add(Array(new JsonObject { ["anyOf"] = new JsonArray(Typed("array"), value) }));
            forms.Add(value.DeepClone());
        }
        return new JsonObject { ["anyOf"] = forms };
    }

    private static JsonObject TensorsInput(Schema inputs, bool columnar)
    {
        if (!inputs.HasInputNames) return Tensor(inputs.Tensors.Single(), 0);
        var byName = new JsonObject();
        foreach (TensorSpec tensor in inputs.Tensors) byName[tensor.Name!] = columnar ? Tensor(tensor, 0) : new JsonObject();
        JsonObject named = new() { ["type"] = "object", ["properties"] = byName };
        // instances may also be a list of per-row objects.
        return columnar ? named : new JsonObject { ["anyOf"] = new JsonArray(named, Array(new JsonObject { ["type"] = "object" })) };
    }

    private static JsonNode TensorsValue(Schema outputs)
    {
        if (!outputs.HasInputNames) return Tensor(outputs.Tensors.Single(), 0);
        var byName = new JsonObject();
        foreach (TensorSpec tensor in outputs.Tensors) byName[tensor.Name!] = Tensor(tensor, 0);
        return new JsonObject { ["type"] = "object", ["properties"] = byName };
    }

    // A tensor from dimension `from` on: nested arrays, fixed dimensions sized. A tensor sent whole may also be one value.
    private static JsonObject Tensor(TensorSpec tensor, int from)
    {
        if (from == tensor.Shape.Count) return Element(tensor.DType);
        JsonObject array = Array(Tensor(tensor, from + 1));
        long size = tensor.Shape[from];
        if (size >= 0)
        {
            array["minItems"] = size;
            array["maxItems"] = size;
        }
        return array;
    }

    private static JsonObject Element(NumpyDType dtype) => dtype switch
    {
        NumpyDType.Bool => Typed("boolean"),
        NumpyDType.Int8 or NumpyDType.Int16 or NumpyDType.Int32 or NumpyDType.Int64
            or NumpyDType.UInt8 or NumpyDType.UInt16 or NumpyDType.UInt32 or NumpyDType.UInt64 => Typed("integer"),
        NumpyDType.Float16 or NumpyDType.Float32 or NumpyDType.Float64 => FloatingPoint(),
        NumpyDType.Str or NumpyDType.DateTime64Ns => Typed("string"),
        NumpyDType.Bytes => new JsonObject { ["type"] = "string", ["contentEncoding"] = "base64" },
        _ => new JsonObject(),
    };

    private static JsonObject Record(Schema schema)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (ColSpec column in schema.Columns)
        {
            properties[column.Name!] = ColumnValue(column);
            if (column.IsRequired) required.Add(column.Name);
        }
        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required };
    }

    private static JsonNode ColumnValue(ColSpec column) => Nullable(Column(column.Type), !column.IsRequired);

    private static JsonObject Column(ColumnType type) => type switch
    {
        ScalarType scalar => scalar.DataType switch
        {
            DataType.Boolean => Typed("boolean"),
            DataType.Integer or DataType.Long => Typed("integer"),
            DataType.Float or DataType.Double => FloatingPoint(),
            DataType.Binary => new JsonObject { ["type"] = "string", ["contentEncoding"] = "base64" },
            DataType.Datetime => new JsonObject { ["type"] = "string", ["description"] = "An ISO-8601 date or date-time." },
            _ => Typed("string"),
        },
        ArrayType array => Array(Column(array.Items)),
        MapType map => new JsonObject { ["type"] = "object", ["additionalProperties"] = Column(map.Values) },
        ObjectType obj => ObjectValue(obj),
        _ => new JsonObject(),
    };

    private static JsonObject ObjectValue(ObjectType type)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (ObjectProperty property in type.Properties)
        {
            properties[property.Name] = Nullable(Column(property.Type), !property.Required);
            if (property.Required) required.Add(property.Name);
        }
        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required, ["additionalProperties"] = false };
    }

    private static JsonObject Params(ParamSchema? parameters)
    {
        if (parameters is null) return new JsonObject { ["description"] = "The signature declares no params; params sent are ignored." };
        var properties = new JsonObject();
        foreach (ParamSpec param in parameters.Params)
        {
            JsonObject value = Column(param.Type);
            // An explicit null takes the param's default.
            properties[param.Name] = Nullable(param.IsList ? Array(value) : value, optional: true);
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "Inference params; a param left out (or null) takes its default, an undeclared one is ignored.",
            ["properties"] = properties,
        };
    }

    // Numbers; MLflow's own files also spell the non-finite values as strings.
    private static JsonObject FloatingPoint() => new()
    {
        ["anyOf"] = new JsonArray(Typed("number"), new JsonObject { ["enum"] = new JsonArray("NaN", "Infinity", "-Infinity") }),
    };

    private static JsonNode Nullable(JsonObject schema, bool optional) =>
        optional ? new JsonObject { ["anyOf"] = new JsonArray(schema, Typed("null")) } : schema;

    private static JsonNode AnyOf(IEnumerable<JsonNode> schemas)
    {
        JsonNode[] all = schemas.ToArray();
        return all.Length == 1 ? all[0] : new JsonObject { ["anyOf"] = new JsonArray(all) };
    }

    private static JsonObject Array(JsonNode items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Typed(string type) => new() { ["type"] = type };

    private static JsonObject Describe(JsonObject schema, string description)
    {
        schema["description"] = description;
        return schema;
    }
}
