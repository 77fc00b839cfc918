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
        WriteTensorData(builder, tensor);
    }

    // The nested lists of the data, one level per dimension; iterative so a tensor's rank costs no thread stack.
    private static void WriteTensorData(StringBuilder builder, Tensor tensor)
    {
        int[] shape = tensor.ShapeArray;
        if (shape.Length == 0)
        {
            WriteValue(builder, tensor.GetValue(0));
            return;
        }
        var position = new int[shape.Length];
        int level = 0;
        int flat = 0;
        builder.Append('[');
        while (true)
        {
            if (position[level] == shape[level])
            {
                builder.Append(']');
                if (level == 0) return;
                position[--level]++;
                continue;
            }
            if (position[level] > 0) builder.Append(PythonJsonText.ItemSeparator);
            if (level == shape.Length - 1)
            {
                WriteValue(builder, tensor.GetValue(flat++));
                position[level]++;
            }
            else
            {
                position[++level] = 0;
                builder.Append('[');
            }
        }
    }

    /// <summary>Writes one value by its CLR type. Iterative (open arrays and objects are kept on a heap stack): an
    /// <c>any</c> value is as deep as its request made it, and its depth must cost no thread stack.</summary>
    public static void WriteValue(StringBuilder builder, object? value)
    {
        if (!IsContainer(value))
        {
            WriteScalar(builder, value);
            return;
        }
        var open = new Stack<ContainerCursor>();
        open.Push(ContainerCursor.Open(builder, value!));
        while (open.TryPeek(out ContainerCursor? cursor))
        {
            if (!cursor.TryWriteNext(builder, out object? item))
            {
                open.Pop();
                continue;
            }
            if (IsContainer(item)) open.Push(ContainerCursor.Open(builder, item!));
            else WriteScalar(builder, item);
        }
    }

    private static bool IsContainer(object? value) => value is ObjectValue or System.Collections.IList and not byte[];

    private static void WriteScalar(StringBuilder builder, object? value)
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
            default:
                throw new InvalidOperationException($"No document form for a value of type {value.GetType()}.");
        }
    }

    /// <summary>An object or list being written: writes the opening bracket, then each item's separator (and key), then
    /// the closing bracket.</summary>
    private sealed class ContainerCursor
    {
        private readonly ObjectValue? obj;
        private readonly System.Collections.IList? list;
        private int next;

        private ContainerCursor(ObjectValue? obj, System.Collections.IList? list)
        {
            this.obj = obj;
            this.list = list;
        }

        public static ContainerCursor Open(StringBuilder builder, object value)
        {
            if (value is ObjectValue obj)
            {
                builder.Append('{');
                return new ContainerCursor(obj, null);
            }
            builder.Append('[');
            return new ContainerCursor(null, (System.Collections.IList)value);
        }

        /// <summary>Writes the separator (and key) of the next item and hands it out; at the end writes the closing bracket.</summary>
        public bool TryWriteNext(StringBuilder builder, out object? item)
        {
            int count = obj is not null ? obj.Count : list!.Count;
            if (next == count)
            {
                builder.Append(obj is not null ? '}' : ']');
                item = null;
                return false;
            }
            if (next > 0) builder.Append(PythonJsonText.ItemSeparator);
            if (obj is not null)
            {
                KeyValuePair<string, object?> entry = obj.Entries[next];
                PythonJsonText.AppendString(builder, entry.Key);
                builder.Append(PythonJsonText.KeySeparator);
                item = entry.Value;
            }
            else
            {
                item = list![next];
            }
            next++;
            return true;
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
