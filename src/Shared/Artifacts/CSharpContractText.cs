using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Signatures.Shared.Artifacts;

/// <summary>
/// C# source text for MLflow schema elements: the member type a column, tensor or param needs so that the shared
/// mapping gives back the same MLflow type, the member name for an MLflow name, and param defaults as C# literals.
/// The inverse of the CLR -> MLflow table (<c>TypeTable</c>), used by the SIG0404 code fix's data and by the
/// schema-first contract writer.
/// </summary>
internal static class CSharpContractText
{
    /// <summary>The C# type whose mapping is exactly <paramref name="dataType"/> (the table's canonical choice).</summary>
    public static string? ScalarType(string dataType) => dataType switch
    {
        "boolean" => "bool",
        "integer" => "int",
        "long" => "long",
        "float" => "float",
        "double" => "double",
        "string" => "string",
        "binary" => "byte[]",
        "datetime" => "System.DateTime",
        _ => null,
    };

    /// <summary>The C# element type of a tensor of numpy dtype <paramref name="dtype"/>, or <see langword="null"/>.</summary>
    public static string? TensorElementType(string dtype) => dtype switch
    {
        "bool" => "bool",
        "int8" => "sbyte",
        "int16" => "short",
        "int32" => "int",
        "int64" => "long",
        "uint8" => "byte",
        "uint16" => "ushort",
        "uint32" => "uint",
        "uint64" => "ulong",
        "float16" => "System.Half",
        "float32" => "float",
        "float64" => "double",
        "str" => "string",
        "bytes" => "byte[]",
        "datetime64[ns]" => "System.DateTime",
        // 'object' (Python objects) has no C# element type of its own: object elements with DType = "object".
        _ => null,
    };

    /// <summary>A C# type for a column type, or <see langword="null"/> when it needs a nested type (an object).
    /// Optional columns get <c>?</c>.</summary>
    public static string? ColumnType(ArtifactType type, bool required)
    {
        string? text = type.Kind switch
        {
            ArtifactTypeKind.Scalar => ScalarType(type.DataType!),
            ArtifactTypeKind.Array => ColumnType(type.Element!, true) is { } item ? item + "[]" : null,
            ArtifactTypeKind.Map => ColumnType(type.Element!, true) is { } value ? "System.Collections.Generic.Dictionary<string, " + value + ">" : null,
            ArtifactTypeKind.Any => "object",
            _ => null,
        };
        return text is null || required ? text : text + "?";
    }

    /// <summary>A C# type for a tensor: the element type with one array rank per dimension (<c>float[,]</c>; a scalar
    /// tensor is the element itself), or <see langword="null"/> for a dtype without a C# element type.</summary>
    public static string? TensorType(string dtype, int rank) =>
        TensorElementType(dtype) is { } element ? TensorArrayType(element, rank) : null;

    /// <summary>The C# array of <paramref name="element"/> with <paramref name="rank"/> dimensions (the element itself for rank 0).</summary>
    public static string TensorArrayType(string element, int rank)
    {
        if (rank == 0) return element;
        string ranks = "[" + new string(',', rank - 1) + "]";
        // A 'bytes' element is byte[]: the tensor's dimensions come first (byte[,][] is a 2-D array of byte[]).
        return element.EndsWith("[]", StringComparison.Ordinal) ? element.Substring(0, element.Length - 2) + ranks + "[]" : element + ranks;
    }

    /// <summary>A PascalCase C# identifier for an MLflow name: letters and digits kept, every other character a word
    /// break (<c>sepal length (cm)</c> -> <c>SepalLengthCm</c>, <c>top_k</c> -> <c>TopK</c>); never empty, never
    /// starting with a digit.</summary>
    public static string MemberName(string mlflowName)
    {
        var builder = new StringBuilder();
        bool upperNext = true;
        foreach (char c in mlflowName)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }
        if (builder.Length == 0) return "Column";
        if (char.IsDigit(builder[0])) builder.Insert(0, "Column");
        return builder.ToString();
    }

    /// <summary>A C# string literal.</summary>
    public static string StringLiteral(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ') builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>The C# expression for a param default of MLflow type <paramref name="dataType"/> (a scalar or, when
    /// <paramref name="isList"/>, a collection expression), or <see langword="null"/> when C# cannot write it as a
    /// constant (datetime defaults, objects).</summary>
    public static string? ParamDefault(JsonNode value, string dataType, bool isList)
    {
        if (isList)
        {
            if (value.Kind == JsonNodeKind.Null) return "null";
            if (value.Kind != JsonNodeKind.Array) return null;
            var items = new List<string>();
            foreach (JsonNode item in value.Items)
            {
                if (ParamDefault(item, dataType, false) is not { } text) return null;
                items.Add(text);
            }
            return "[" + string.Join(", ", items) + "]";
        }
        switch (value.Kind)
        {
            case JsonNodeKind.Null:
                return "null";
            case JsonNodeKind.Boolean when dataType == "boolean":
                return value.Text;
            case JsonNodeKind.String when dataType == "string":
                return StringLiteral(value.Text);
            case JsonNodeKind.Number when dataType is "integer" or "long":
                return long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? value.Text : null;
            case JsonNodeKind.Number when dataType is "float" or "double":
                string suffix = dataType == "float" ? "f" : string.Empty;
                string type = dataType == "float" ? "float" : "double";
                return value.Text switch
                {
                    "NaN" => type + ".NaN",
                    "Infinity" => type + ".PositiveInfinity",
                    "-Infinity" => type + ".NegativeInfinity",
                    _ => value.Text.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0 ? value.Text + suffix : value.Text + ".0" + suffix,
                };
            default:
                return null;
        }
    }
}
