using System.Globalization;
using System.Numerics;
using System.Text;
using Signatures.Conversion;
using Signatures.Formats;

namespace Signatures.Enforcement;

/// <summary>
/// Prints the normalized-request document (spec/normalized-request.md) on one line with Python's <c>json.dumps</c>
/// separators and ASCII escapes. Values print by their CLR type: integers as integers; floats in the shortest form
/// that round-trips at their own width, non-finite ones as the strings <c>"NaN"</c>, <c>"Infinity"</c>,
/// <c>"-Infinity"</c>; binary as padded base64; datetimes as <c>yyyy-MM-ddTHH:mm:ss[.fffffff]</c>.
/// </summary>
internal static class NormalizedRequestWriter
{
    public static string Write(NormalizedRequest request)
    {
        var builder = new StringBuilder(256);
        builder.Append("{\"ok\": true, \"input\": ");
        WriteInput(builder, request.Input);
        builder.Append(", \"params\": ");
        if (request.Params is null)
        {
            builder.Append("null");
        }
        else
        {
            builder.Append('{');
            for (int i = 0; i < request.Params.Count; i++)
            {
                if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
                PythonJsonText.AppendString(builder, request.Params[i].Name);
                builder.Append(PythonJsonText.KeySeparator);
                WriteValue(builder, request.Params[i].Value);
            }
            builder.Append('}');
        }
        builder.Append(", \"warnings\": [");
        for (int i = 0; i < request.Warnings.Count; i++)
        {
            if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
            PythonJsonText.AppendString(builder, request.Warnings[i]);
        }
        return builder.Append("]}").ToString();
    }

    public static string Write(RequestRejection rejection)
    {
        var builder = new StringBuilder(rejection.Message.Length + 48);
        builder.Append("{\"ok\": false, \"stage\": ");
        PythonJsonText.AppendString(builder, rejection.Stage.ToDocumentName());
        builder.Append(", \"error\": ");
        PythonJsonText.AppendString(builder, rejection.Message);
        return builder.Append('}').ToString();
    }

    private static void WriteInput(StringBuilder builder, NormalizedInput input)
    {
        switch (input)
        {
            case ColumnsInput columns:
                builder.Append("{\"kind\": \"columns\", \"columns\": [");
                for (int c = 0; c < columns.Columns.Count; c++)
                {
                    if (c > 0) builder.Append(PythonJsonText.ItemSeparator);
                    // A column named by a number or boolean keeps that JSON form; an unnamed one is "0", "1", ...
                    InputColumn column = columns.Columns[c];
                    InputNames.AppendJson(builder, column.Name, column.Spec.Name is null ? NameKind.String : column.Spec.NameKind);
                }
                builder.Append("], \"types\": [");
                for (int c = 0; c < columns.Columns.Count; c++)
                {
                    if (c > 0) builder.Append(PythonJsonText.ItemSeparator);
                    ColumnType type = columns.Columns[c].Spec.Type;
                    if (type is ArrayType or ObjectType or MapType) builder.Append(type.ToJson());
                    else PythonJsonText.AppendString(builder, type.TypeName);
                }
                builder.Append("], \"rows\": [");
                for (int r = 0; r < columns.RowCount; r++)
                {
                    if (r > 0) builder.Append(PythonJsonText.ItemSeparator);
                    builder.Append('[');
                    for (int c = 0; c < columns.Columns.Count; c++)
                    {
                        if (c > 0) builder.Append(PythonJsonText.ItemSeparator);
                        WriteValue(builder, columns.Columns[c].Values.GetValue(r));
                    }
                    builder.Append(']');
                }
                builder.Append("]}");
                break;
            case TensorInput single:
                builder.Append("{\"kind\": \"tensor\", ");
                WriteTensorBody(builder, single.Tensor);
                builder.Append('}');
                break;
            case TensorsInput named:
                builder.Append("{\"kind\": \"tensors\", \"tensors\": {");
                for (int t = 0; t < named.Tensors.Count; t++)
                {
                    if (t > 0) builder.Append(PythonJsonText.ItemSeparator);
                    PythonJsonText.AppendString(builder, named.Tensors[t].Name ?? string.Empty);
                    builder.Append(": {");
                    WriteTensorBody(builder, named.Tensors[t]);
                    builder.Append('}');
                }
                builder.Append("}}");
                break;
        }
    }

    private static void WriteTensorBody(StringBuilder builder, Tensor tensor)
    {
        builder.Append("\"dtype\": ");
        PythonJsonText.AppendString(builder, tensor.DType.ToNumpyName());
        builder.Append(", \"shape\": [");
        for (int i = 0; i < tensor.ShapeArray.Length; i++)
        {
            if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
            builder.Append(tensor.ShapeArray[i].ToString(CultureInfo.InvariantCulture));
        }
        builder.Append("], \"data\": ");
        int index = 0;
        WriteTensorLevel(builder, tensor, 0, ref index);
    }

    private static void WriteTensorLevel(StringBuilder builder, Tensor tensor, int level, ref int index)
    {
        if (level == tensor.ShapeArray.Length)
        {
            WriteValue(builder, tensor.GetValue(index++));
            return;
        }
        builder.Append('[');
        for (int i = 0; i < tensor.ShapeArray[level]; i++)
        {
            if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
            WriteTensorLevel(builder, tensor, level + 1, ref index);
        }
        builder.Append(']');
    }

    /// <summary>Writes one value by its CLR type.</summary>
    public static void WriteValue(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null: builder.Append("null"); break;
            case bool b: builder.Append(b ? "true" : "false"); break;
            case string s: PythonJsonText.AppendString(builder, s); break;
            case double d: AppendFloat(builder, PythonJsonText.FormatDouble(d), double.IsFinite(d)); break;
            case float f: AppendFloat(builder, PythonJsonText.FormatSingle(f), float.IsFinite(f)); break;
            case Half h: AppendFloat(builder, FormatHalf(h), Half.IsFinite(h)); break;
            case int i: builder.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: builder.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case sbyte or short or byte or ushort or uint or ulong:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case BigInteger big: builder.Append(big.ToString(CultureInfo.InvariantCulture)); break;
            case byte[] bytes: builder.Append('"').Append(Convert.ToBase64String(bytes)).Append('"'); break;
            case DateTime dt: builder.Append('"').Append(IsoDateTime.ToNormalizedFormat(dt)).Append('"'); break;
            case ObjectValue obj:
                builder.Append('{');
                bool first = true;
                foreach (KeyValuePair<string, object?> entry in obj.Entries)
                {
                    if (!first) builder.Append(PythonJsonText.ItemSeparator);
                    first = false;
                    PythonJsonText.AppendString(builder, entry.Key);
                    builder.Append(PythonJsonText.KeySeparator);
                    WriteValue(builder, entry.Value);
                }
                builder.Append('}');
                break;
            case System.Collections.IList list:
                builder.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
                    WriteValue(builder, list[i]);
                }
                builder.Append(']');
                break;
            default:
                throw new InvalidOperationException($"No document form for a value of type {value.GetType()}.");
        }
    }

    /// <summary>A float16 in Python's float layout with the shortest digits that round-trip at half precision.</summary>
    public static string FormatHalf(Half value)
    {
        if (Half.IsNaN(value)) return "NaN";
        if (Half.IsPositiveInfinity(value)) return "Infinity";
        if (Half.IsNegativeInfinity(value)) return "-Infinity";
        return PythonJsonText.FormatRoundTripText(value.ToString("R", CultureInfo.InvariantCulture), Half.IsNegative(value));
    }

    private static void AppendFloat(StringBuilder builder, string text, bool finite)
    {
        if (finite) builder.Append(text);
        else builder.Append('"').Append(text).Append('"');
    }
}
