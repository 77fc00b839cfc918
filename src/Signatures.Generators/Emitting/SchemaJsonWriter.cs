using System.Globalization;
using System.Text;
using Signatures.Formats;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>
/// Writes, at compile time, the JSON the runtime's <c>Schema.ToJson()</c>, <c>ParamSchema.ToJson()</c> and
/// <c>ModelSignature.ToDictJson()</c>/<c>ToMLmodelYaml()</c> write for the same objects: MLflow's key order,
/// Python's separators and escaping (the shared <see cref="PythonJsonText"/>), object properties sorted by name.
/// Compile-and-run tests compare the two for every supported shape.
/// </summary>
internal static class SchemaJsonWriter
{
    /// <summary>MLflow's <c>Schema.to_json()</c>.</summary>
    public static string Schema(PlannedColumn[] columns, NamingPolicy policy)
    {
        var builder = new StringBuilder();
        builder.Append('[');
        for (int i = 0; i < columns.Length; i++)
        {
            if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
            if (columns[i].Member.Tensor is { } tensor) Tensor(builder, tensor, columns[i].Name);
            else Column(builder, columns[i].Member.Column!, columns[i].Name, columns[i].Member.Required, policy);
        }
        return builder.Append(']').ToString();
    }

    /// <summary>MLflow's <c>ParamSchema.to_json()</c>.</summary>
    public static string ParamSchema(PlannedParam[] parameters, NamingPolicy policy)
    {
        var builder = new StringBuilder();
        builder.Append('[');
        for (int i = 0; i < parameters.Length; i++)
        {
            if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
            PlannedParam param = parameters[i];
            builder.Append("{\"name\": ");
            PythonJsonText.AppendString(builder, param.Name);
            builder.Append(", \"default\": ").Append(param.DefaultJson);
            builder.Append(", \"shape\": ").Append(param.Param.IsList ? "[-1]" : "null");
            builder.Append(", \"type\": ");
            PythonJsonText.AppendString(builder, param.Param.TypeName!);
            if (param.Param.Type!.Kind == ShapeKind.Object)
            {
                builder.Append(", \"properties\": ");
                Properties(builder, param.Param.Type, policy);
            }
            builder.Append('}');
        }
        return builder.Append(']').ToString();
    }

    /// <summary>Python's <c>json.dumps(signature.to_dict())</c>; an empty param schema is <c>null</c>, as MLflow writes it.</summary>
    public static string SignatureDict(string? inputs, string? outputs, string? parameters)
    {
        var builder = new StringBuilder();
        builder.Append("{\"inputs\": ");
        StringOrNull(builder, inputs);
        builder.Append(", \"outputs\": ");
        StringOrNull(builder, outputs);
        builder.Append(", \"params\": ");
        StringOrNull(builder, parameters);
        return builder.Append('}').ToString();
    }

    /// <summary>The MLmodel <c>signature:</c> block as PyYAML writes it.</summary>
    public static string SignatureYaml(string? inputs, string? outputs, string? parameters)
    {
        var builder = new StringBuilder("signature:\n");
        PyYamlText.AppendKeyValue(builder, 2, "inputs", inputs, 4);
        PyYamlText.AppendKeyValue(builder, 2, "outputs", outputs, 4);
        PyYamlText.AppendKeyValue(builder, 2, "params", parameters, 4);
        return builder.ToString();
    }

    private static void StringOrNull(StringBuilder builder, string? value)
    {
        if (value is null) builder.Append("null");
        else PythonJsonText.AppendString(builder, value);
    }

    private static void Column(StringBuilder builder, TypeShape type, string? name, bool required, NamingPolicy policy)
    {
        OpenType(builder, type, policy);
        if (name is not null)
        {
            builder.Append(", \"name\": ");
            PythonJsonText.AppendString(builder, name);
        }
        builder.Append(", \"required\": ").Append(required ? "true" : "false").Append('}');
    }

    private static void Tensor(StringBuilder builder, TensorMapping tensor, string? name)
    {
        builder.Append('{');
        if (name is not null)
        {
            builder.Append("\"name\": ");
            PythonJsonText.AppendString(builder, name);
            builder.Append(", ");
        }
        builder.Append("\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": ");
        PythonJsonText.AppendString(builder, tensor.DType);
        builder.Append(", \"shape\": [");
        for (int i = 0; i < tensor.Shape.Count; i++)
        {
            if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
            builder.Append(tensor.Shape[i].ToString(CultureInfo.InvariantCulture));
        }
        builder.Append("]}}");
    }

    // The type's to_dict() without its closing brace, so name/required can follow (ColSpec.to_dict).
    private static void OpenType(StringBuilder builder, TypeShape type, NamingPolicy policy)
    {
        builder.Append("{\"type\": ");
        switch (type.Kind)
        {
            case ShapeKind.Scalar:
                PythonJsonText.AppendString(builder, type.DataType!);
                break;
            case ShapeKind.Array:
                builder.Append("\"array\", \"items\": ");
                FullType(builder, type.Element!, policy);
                break;
            case ShapeKind.Map:
                builder.Append("\"map\", \"values\": ");
                FullType(builder, type.Element!, policy);
                break;
            case ShapeKind.Object:
                builder.Append("\"object\", \"properties\": ");
                Properties(builder, type, policy);
                break;
            default:
                builder.Append("\"any\"");
                break;
        }
    }

    private static void FullType(StringBuilder builder, TypeShape type, NamingPolicy policy)
    {
        OpenType(builder, type, policy);
        builder.Append('}');
    }

    private static void Properties(StringBuilder builder, TypeShape type, NamingPolicy policy)
    {
        builder.Append('{');
        bool first = true;
        foreach (var (name, property) in SchemaPlan.SortedProperties(type, policy))
        {
            if (!first) builder.Append(PythonJsonText.ItemSeparator);
            first = false;
            PythonJsonText.AppendString(builder, name);
            builder.Append(PythonJsonText.KeySeparator);
            OpenType(builder, property.Type, policy);
            builder.Append(", \"required\": ").Append(property.Required ? "true" : "false").Append('}');
        }
        builder.Append('}');
    }
}
