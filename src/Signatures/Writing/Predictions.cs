using System.Text.Json;

namespace Signatures.Writing;

/// <summary>
/// Writes the scoring server's response body, <c>{"predictions": ...}</c>, as MLflow builds it from a model's
/// output (spec/mlflow-signatures.md §5.1): rows of an output contract as records (a DataFrame's
/// <c>to_dict(orient="records")</c>), a tensor contract as an object of named tensors, and scalar or list outputs
/// (<c>[ModelSignature&lt;TIn, long&gt;]</c>) as a list of values.
/// </summary>
public static class Predictions
{
    /// <summary><c>{"predictions": [{"column": value, ...}, ...]}</c> for rows of a column contract.</summary>
    public static byte[] Write<T>(IReadOnlyList<T> rows) where T : IModelContract<T> => ServingRequest.ToBytes(writer => WriteTo(writer, rows));

    /// <summary>The response for one instance: a single row as a list of one record, or a tensor contract's tensors
    /// as <c>{"predictions": {"name": [...], ...}}</c>.</summary>
    public static byte[] Write<T>(T value) where T : IModelContract<T> => ServingRequest.ToBytes(writer => WriteTo(writer, value));

    /// <summary><c>{"predictions": [value, ...]}</c> for a scalar or list output (see <see cref="JsonValues.WriteAny"/>
    /// for the value types).</summary>
    public static byte[] WriteValues<T>(IReadOnlyList<T> values) => ServingRequest.ToBytes(writer => WriteValuesTo(writer, values));

    /// <summary>Writes <c>{"predictions": [...]}</c> for rows of a column contract to <paramref name="writer"/>.</summary>
    public static void WriteTo<T>(Utf8JsonWriter writer, IReadOnlyList<T> rows) where T : IModelContract<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        Schema schema = T.Schema;
        if (schema.IsTensorBased)
        {
            if (rows.Count != 1) throw new ArgumentException($"{typeof(T).Name} holds whole tensors, so one instance is one response; got {rows.Count}.", nameof(rows));
            WriteTo(writer, rows[0]);
            return;
        }
        writer.WriteStartObject();
        writer.WritePropertyName("predictions"u8);
        ServingRequest.WriteRecords(writer, rows, schema);
        writer.WriteEndObject();
    }

    /// <summary>Writes the response for one instance to <paramref name="writer"/>.</summary>
    public static void WriteTo<T>(Utf8JsonWriter writer, T value) where T : IModelContract<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        Schema schema = T.Schema;
        if (!schema.IsTensorBased)
        {
            WriteTo(writer, [value]);
            return;
        }
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("predictions"u8);
        ServingRequest.WriteRecord(writer, value, schema);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"predictions": [value, ...]}</c> to <paramref name="writer"/>.</summary>
    public static void WriteValuesTo<T>(Utf8JsonWriter writer, IReadOnlyList<T> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteStartObject();
        writer.WritePropertyName("predictions"u8);
        writer.WriteStartArray();
        for (int i = 0; i < values.Count; i++) JsonValues.Write(writer, values[i]);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

}
