using System.Buffers;
using System.Text.Json;

namespace Signatures.Writing;

/// <summary>
/// Writes request bodies for MLflow's scoring server from contract instances, in any of the four
/// <see cref="RequestFormat"/>s, optionally with <c>params</c>: exactly the JSON the <see cref="Enforcement.RequestEnforcer"/>
/// (and MLflow) accepts for the contract's schema, so a valid instance (see <see cref="IModelContract{TSelf}.Validate(TSelf)"/>)
/// makes an accepted request that reads back as the same values.
/// </summary>
/// <remarks>
/// Column contracts are written row by row; tensor contracts hold whole tensors, so one instance is one request.
/// Where MLflow cannot read a combination, the writer refuses it with an <see cref="ArgumentException"/> instead of
/// writing a body the server would reject: the dataframe envelopes for tensors, an empty list of rows outside
/// <c>dataframe_split</c>, and several rows with array or object columns in <c>instances</c>.
/// </remarks>
public static class ServingRequest
{
    /// <summary>The request body for <paramref name="rows"/>; <paramref name="format"/> <see langword="null"/> means the
    /// form MLflow's own serving example uses (<c>dataframe_split</c> for columns, <c>inputs</c> for tensors).</summary>
    public static byte[] Write<T>(IReadOnlyList<T> rows, RequestFormat? format = null) where T : IModelContract<T> =>
        ToBytes(writer => WriteTo(writer, rows, format));

    /// <summary>The request body for <paramref name="rows"/> with <paramref name="parameters"/> as its <c>params</c>.</summary>
    public static byte[] Write<T, TParams>(IReadOnlyList<T> rows, TParams parameters, RequestFormat? format = null)
        where T : IModelContract<T> where TParams : IModelParams<TParams> =>
        ToBytes(writer => WriteTo(writer, rows, parameters, format));

    /// <summary>The request body for one instance: one row of a column contract, or a tensor contract's tensors.</summary>
    public static byte[] Write<T>(T value, RequestFormat? format = null) where T : IModelContract<T> =>
        ToBytes(writer => WriteTo(writer, [value], format));

    /// <summary>The request body for one instance with <paramref name="parameters"/> as its <c>params</c>.</summary>
    public static byte[] Write<T, TParams>(T value, TParams parameters, RequestFormat? format = null)
        where T : IModelContract<T> where TParams : IModelParams<TParams> =>
        ToBytes(writer => WriteTo(writer, [value], parameters, format));

    /// <summary>Writes the request body for <paramref name="rows"/> to <paramref name="writer"/>.</summary>
    public static void WriteTo<T>(Utf8JsonWriter writer, IReadOnlyList<T> rows, RequestFormat? format = null) where T : IModelContract<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteInput(writer, rows, format);
        writer.WriteEndObject();
    }

    /// <summary>Writes the request body for <paramref name="rows"/> with <paramref name="parameters"/> to <paramref name="writer"/>.</summary>
    public static void WriteTo<T, TParams>(Utf8JsonWriter writer, IReadOnlyList<T> rows, TParams parameters, RequestFormat? format = null)
        where T : IModelContract<T> where TParams : IModelParams<TParams>
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(parameters);
        writer.WriteStartObject();
        WriteInput(writer, rows, format);
        writer.WritePropertyName("params"u8);
        TParams.WriteJson(writer, parameters);
        writer.WriteEndObject();
    }

    /// <summary>The request body for the values of a signature whose input is one unnamed column
    /// (<c>[ModelSignature&lt;string, ...&gt;]</c>, <c>[ModelSignature&lt;double[], ...&gt;]</c>): one row per value.</summary>
    public static byte[] WriteValues<T>(IReadOnlyList<T> values, RequestFormat? format = null) =>
        ToBytes(writer => WriteValuesTo(writer, values, format, writeParams: null));

    /// <summary>The request body for the values of a one-unnamed-column input with <paramref name="parameters"/> as its <c>params</c>.</summary>
    public static byte[] WriteValues<T, TParams>(IReadOnlyList<T> values, TParams parameters, RequestFormat? format = null)
        where TParams : IModelParams<TParams>
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return ToBytes(writer => WriteValuesTo(writer, values, format, w => TParams.WriteJson(w, parameters)));
    }

    // One unnamed column: pandas' default label 0 in the dataframe forms, a bare list in inputs and instances.
    private static void WriteValuesTo<T>(Utf8JsonWriter writer, IReadOnlyList<T> values, RequestFormat? format, Action<Utf8JsonWriter>? writeParams)
    {
        ArgumentNullException.ThrowIfNull(values);
        RequestFormat chosen = format ?? RequestFormat.DataframeSplit;
        if (values.Count == 0 && chosen != RequestFormat.DataframeSplit)
        {
            throw new ArgumentException($"No values to write: only {nameof(RequestFormat.DataframeSplit)} can carry an empty input.", nameof(values));
        }
        writer.WriteStartObject();
        switch (chosen)
        {
            case RequestFormat.DataframeSplit:
                writer.WritePropertyName("dataframe_split"u8);
                writer.WriteStartObject();
                writer.WritePropertyName("data"u8);
                writer.WriteStartArray();
                foreach (T value in values)
                {
                    writer.WriteStartArray();
                    JsonValues.Write(writer, value);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case RequestFormat.DataframeRecords:
                writer.WritePropertyName("dataframe_records"u8);
                writer.WriteStartArray();
                foreach (T value in values)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("0"u8);
                    JsonValues.Write(writer, value);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                break;
            case RequestFormat.Instances or RequestFormat.Inputs:
                writer.WritePropertyName(chosen == RequestFormat.Inputs ? "inputs"u8 : "instances"u8);
                writer.WriteStartArray();
                foreach (T value in values) JsonValues.Write(writer, value);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a request format.");
        }
        if (writeParams is not null)
        {
            writer.WritePropertyName("params"u8);
            writeParams(writer);
        }
        writer.WriteEndObject();
    }

    private static void WriteInput<T>(Utf8JsonWriter writer, IReadOnlyList<T> rows, RequestFormat? format) where T : IModelContract<T>
    {
        ArgumentNullException.ThrowIfNull(rows);
        Schema schema = T.Schema;
        if (schema.IsTensorBased)
        {
            WriteTensors(writer, rows, format ?? RequestFormat.Inputs);
            return;
        }
        RequestFormat chosen = format ?? RequestFormat.DataframeSplit;
        if (rows.Count == 0 && chosen != RequestFormat.DataframeSplit)
        {
            throw new ArgumentException($"No rows to write: only {nameof(RequestFormat.DataframeSplit)} can carry an empty input.", nameof(rows));
        }
        switch (chosen)
        {
            case RequestFormat.DataframeSplit:
                writer.WritePropertyName("dataframe_split"u8);
                writer.WriteStartObject();
                writer.WritePropertyName("columns"u8);
                writer.WriteStartArray();
                foreach (InputSpec input in schema.Inputs) writer.WriteStringValue(input.Name);
                writer.WriteEndArray();
                writer.WritePropertyName("data"u8);
                writer.WriteStartArray();
                foreach (T row in rows)
                {
                    writer.WriteStartArray();
                    for (int i = 0; i < schema.Inputs.Count; i++) T.WriteValue(writer, Row(row), i);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case RequestFormat.DataframeRecords:
                writer.WritePropertyName("dataframe_records"u8);
                WriteRecords(writer, rows, schema);
                break;
            case RequestFormat.Instances:
                writer.WritePropertyName("instances"u8);
                if (rows.Count == 1)
                {
                    WriteRecord(writer, rows[0], schema);
                    break;
                }
                if (schema.Columns.FirstOrDefault(c => c.Type is ArrayType or ObjectType or SparkMLVectorType) is { } complex)
                {
                    throw new ArgumentException(
                        $"Column '{complex.Name}' holds {complex.Type.TypeName} values, which MLflow cannot read from records in `instances`; " +
                        $"write several rows as {nameof(RequestFormat.DataframeSplit)}, {nameof(RequestFormat.DataframeRecords)} or {nameof(RequestFormat.Inputs)}.",
                        nameof(format));
                }
                WriteRecords(writer, rows, schema);
                break;
            case RequestFormat.Inputs:
                writer.WritePropertyName("inputs"u8);
                WriteRecords(writer, rows, schema);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a request format.");
        }
    }

    private static void WriteTensors<T>(Utf8JsonWriter writer, IReadOnlyList<T> rows, RequestFormat format) where T : IModelContract<T>
    {
        if (format is not (RequestFormat.Inputs or RequestFormat.Instances))
        {
            throw new ArgumentException($"{typeof(T).Name} holds tensors, which are sent as {nameof(RequestFormat.Inputs)} or {nameof(RequestFormat.Instances)}, not as a DataFrame.", nameof(format));
        }
        if (rows.Count != 1)
        {
            throw new ArgumentException($"{typeof(T).Name} holds whole tensors, so one instance is one request; got {rows.Count} instances.", nameof(rows));
        }
        writer.WritePropertyName(format == RequestFormat.Inputs ? "inputs"u8 : "instances"u8);
        WriteRecord(writer, rows[0], T.Schema);
    }

    /// <summary>A list of records: one JSON object per row, keyed by input name in schema order.</summary>
    internal static void WriteRecords<T>(Utf8JsonWriter writer, IReadOnlyList<T> rows, Schema schema) where T : IModelContract<T>
    {
        writer.WriteStartArray();
        foreach (T row in rows) WriteRecord(writer, row, schema);
        writer.WriteEndArray();
    }

    /// <summary>One JSON object keyed by input name in schema order.</summary>
    internal static void WriteRecord<T>(Utf8JsonWriter writer, T value, Schema schema) where T : IModelContract<T>
    {
        writer.WriteStartObject();
        for (int i = 0; i < schema.Inputs.Count; i++)
        {
            writer.WritePropertyName(schema.Inputs[i].Name!);
            T.WriteValue(writer, Row(value), i);
        }
        writer.WriteEndObject();
    }

    internal static byte[] ToBytes(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = false }))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static T Row<T>(T row) => row ?? throw new ArgumentException("A row is null.", nameof(row));
}
