using System.Globalization;
using System.Numerics;
using System.Text;
using Signatures.Conversion;
using Signatures.Json;
using Signatures.Writing;

namespace Signatures.Examples;

/// <summary>
/// Input examples from contract instances, written by <see cref="InputExample.Write"/> exactly as MLflow writes the
/// same data: <c>ContractExamples.FromRows(rows).WithParams(ContractExamples.Params(parameters)).Write()</c> gives
/// <c>input_example.json</c> and <c>serving_input_example.json</c>. Each value is read back from the JSON the contract
/// writes for a request (<see cref="IModelContract{TSelf}.WriteValue"/>) and typed by the schema, so an example holds
/// what the model receives: a <c>float</c> column's values widened from float32 as pandas widens them, binary as bytes,
/// dates as dates and date-times as date-times, objects with their properties in declaration order.
/// </summary>
public static class ContractExamples
{
    /// <summary>An example of <paramref name="rows"/> of a column contract (a DataFrame unless <paramref name="layout"/> says otherwise).</summary>
    /// <exception cref="ArgumentException">The layout does not suit the contract, or a value has no example form.</exception>
    public static InputExample FromRows<T>(IReadOnlyList<T> rows, ExampleLayout layout = ExampleLayout.DataFrame) where T : IModelContract<T>
    {
        ArgumentNullException.ThrowIfNull(rows);
        Schema schema = T.Schema;
        if (schema.IsTensorBased)
        {
            if (rows.Count != 1) throw new ArgumentException($"{typeof(T).Name} holds whole tensors; an example is one instance.", nameof(rows));
            return From(rows[0], layout);
        }
        string[] names = schema.Inputs.Select(i => i.Name!).ToArray();
        var table = new object?[rows.Count][];
        for (int r = 0; r < rows.Count; r++)
        {
            T row = rows[r] ?? throw new ArgumentException($"Row {r} is null.", nameof(rows));
            table[r] = new object?[names.Length];
            for (int c = 0; c < names.Length; c++) table[r][c] = ColumnValue(row, c, ((ColSpec)schema.Inputs[c]).Type);
        }
        switch (layout)
        {
            case ExampleLayout.DataFrame:
                return InputExample.DataFrame(names, table);
            case ExampleLayout.Records:
                return InputExample.JsonObject(table.Select(row => (object?)Record(names, row)).ToList());
            case ExampleLayout.Dict when rows.Count == 1:
                return InputExample.JsonObject(Record(names, table[0]));
            case ExampleLayout.Dict:
                throw new ArgumentException($"A dict example holds one row; got {rows.Count}.", nameof(rows));
            default:
                throw new ArgumentException($"{typeof(T).Name} has columns: use {nameof(ExampleLayout.DataFrame)}, {nameof(ExampleLayout.Records)} or {nameof(ExampleLayout.Dict)}.", nameof(layout));
        }
    }

    /// <summary>An example of one instance: a tensor contract's tensors (a dict of arrays by default), or one row of a
    /// column contract (a one-row DataFrame by default).</summary>
    public static InputExample From<T>(T value, ExampleLayout? layout = null) where T : IModelContract<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        Schema schema = T.Schema;
        if (!schema.IsTensorBased) return FromRows([value], layout ?? ExampleLayout.DataFrame);
        var arrays = new List<KeyValuePair<string, NDArrayExample>>(schema.Inputs.Count);
        for (int i = 0; i < schema.Inputs.Count; i++)
        {
            var spec = (TensorSpec)schema.Inputs[i];
            PythonJsonValue json = WrittenValue(value, i);
            arrays.Add(new(spec.Name!, new NDArrayExample(spec.DType, TensorData(json, spec.DType))));
        }
        switch (layout ?? ExampleLayout.Tensors)
        {
            case ExampleLayout.Tensors:
                return InputExample.NDArrays(arrays);
            case ExampleLayout.Tensor when arrays.Count == 1:
                return InputExample.NDArray(arrays[0].Value);
            case ExampleLayout.Tensor:
                throw new ArgumentException($"{typeof(T).Name} has {arrays.Count} tensors; a bare array example holds one.", nameof(layout));
            default:
                throw new ArgumentException($"{typeof(T).Name} holds tensors: use {nameof(ExampleLayout.Tensors)} or {nameof(ExampleLayout.Tensor)}.", nameof(layout));
        }
    }

    /// <summary>The params of an example (for <see cref="InputExample.WithParams"/>), in schema order; a param whose value
    /// is null is left out, as MLflow refuses <c>None</c> as an example param.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> Params<TParams>(TParams parameters) where TParams : IModelParams<TParams>
    {
        ArgumentNullException.ThrowIfNull(parameters);
        PythonJsonValue json = Parse(ServingRequest.ToBytes(writer => TParams.WriteJson(writer, parameters)));
        var result = new List<KeyValuePair<string, object?>>();
        foreach (ParamSpec spec in TParams.ParamSchema.Params)
        {
            if (!json.TryGetProperty(spec.Name, out PythonJsonValue? value) || value.Kind == PythonJsonKind.Null) continue;
            object? converted = spec.IsList
                ? value.Items.Select(item => Typed(item, spec.Type)).ToList()
                : Typed(value, spec.Type);
            result.Add(new(spec.Name, converted));
        }
        return result;
    }

    private static List<KeyValuePair<string, object?>> Record(string[] names, object?[] row)
    {
        var record = new List<KeyValuePair<string, object?>>(names.Length);
        for (int c = 0; c < names.Length; c++)
        {
            if (row[c] is not null) record.Add(new(names[c], row[c]));
        }
        return record;
    }

    private static object? ColumnValue<T>(T row, int column, ColumnType type) where T : IModelContract<T> =>
        Typed(WrittenValue(row, column), type);

    private static PythonJsonValue WrittenValue<T>(T value, int index) where T : IModelContract<T> =>
        Parse(ServingRequest.ToBytes(writer => T.WriteValue(writer, value, index)));

    private static PythonJsonValue Parse(byte[] json) => PythonJsonParser.Parse(Encoding.UTF8.GetString(json), "a written value");

    /// <summary>The CLR value standing for the Python value a model gets for <paramref name="json"/> of <paramref name="type"/>.</summary>
    private static object? Typed(PythonJsonValue json, ColumnType type)
    {
        if (json.Kind == PythonJsonKind.Null) return null;
        return type switch
        {
            ScalarType scalar => Scalar(json, scalar.DataType),
            ArrayType array => json.Items.Select(item => Typed(item, array.Items)).ToList(),
            ObjectType obj => json.Properties.Select(p => new KeyValuePair<string, object?>(p.Key, Typed(p.Value, obj.Properties.First(q => q.Name == p.Key).Type))).ToList(),
            MapType map => json.Properties.Select(p => new KeyValuePair<string, object?>(p.Key, Typed(p.Value, map.Values))).ToList(),
            _ => Plain(json),
        };
    }

    private static object? Scalar(PythonJsonValue json, DataType type) => type switch
    {
        DataType.Boolean => json.Boolean,
        DataType.Integer or DataType.Long => Integer(json),
        DataType.Float => (double)(float)json.ToDouble(),
        DataType.Double => json.ToDouble(),
        DataType.String => json.Text,
        DataType.Binary => Convert.FromBase64String(json.Text),
        _ => DateValue(json.Text),
    };

    private static object? TensorData(PythonJsonValue json, NumpyDType dtype)
    {
        if (json.Kind == PythonJsonKind.Array) return json.Items.Select(item => TensorData(item, dtype)).ToList();
        if (json.Kind == PythonJsonKind.Null) return null;
        return dtype switch
        {
            NumpyDType.Bool => json.Boolean,
            NumpyDType.Float16 or NumpyDType.Float32 or NumpyDType.Float64 or NumpyDType.Complex64 or NumpyDType.Complex128 => json.ToDouble(),
            NumpyDType.Str => json.Text,
            NumpyDType.Bytes => Convert.FromBase64String(json.Text),
            NumpyDType.DateTime64Ns => DateValue(json.Text) is DateOnly date ? date.ToDateTime(TimeOnly.MinValue) : DateValue(json.Text),
            NumpyDType.Object => Plain(json),
            _ => Integer(json),
        };
    }

    private static object Integer(PythonJsonValue json) =>
        long.TryParse(json.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long small)
            ? small
            : BigInteger.Parse(json.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    // A date written without a time part was a DateOnly (Python date); anything else a date-time.
    private static object DateValue(string text) =>
        IsoDateTime.TryParse(text, out DateTime value, out bool isDateOnly, out _)
            ? isDateOnly ? DateOnly.FromDateTime(value) : value
            : text;

    private static object? Plain(PythonJsonValue json) => json.Kind switch
    {
        PythonJsonKind.Null => null,
        PythonJsonKind.Bool => json.Boolean,
        PythonJsonKind.Integer => Integer(json),
        PythonJsonKind.Float => json.ToDouble(),
        PythonJsonKind.String => json.Text,
        PythonJsonKind.Array => json.Items.Select(Plain).ToList(),
        _ => json.Properties.Select(p => new KeyValuePair<string, object?>(p.Key, Plain(p.Value))).ToList(),
    };
}
