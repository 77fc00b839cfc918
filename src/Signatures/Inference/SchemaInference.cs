using System.Collections;
using Signatures.Examples;

namespace Signatures.Inference;

/// <summary>
/// MLflow's <c>_infer_schema</c> for the .NET values <see cref="SignatureInference"/> accepts: DataFrames and Series
/// (<see cref="ColumnTable"/>, DataFrame examples), numpy arrays (tensors, first dimension <c>-1</c>), dicts of arrays
/// (named tensors), sparse matrices, and Python values (dict: a column per key; list of strings: one string column;
/// list of dicts: a column per key across rows; other lists: one column of the merged item type; scalar: one column).
/// </summary>
internal static class SchemaInference
{
    public static Schema Infer(object? data)
    {
        switch (data)
        {
            case null:
                throw new InferenceException("None has no schema.");
            case ExampleWithParams withParams:
                return Infer(withParams.Data);
            case DataFrameExample frame:
                return Columns(Enumerable.Range(0, frame.Width).Select(c =>
                    new KeyValuePair<string?, Array>(frame.Columns?[c], frame.Rows.Select(r => r[c]).ToArray())));
            case NDArrayInputExample array:
                return new Schema(Tensor(array.Array, null));
            case NDArraysInputExample arrays:
                return new Schema(arrays.Arrays.Select(a => (InputSpec)Tensor(a.Value, a.Key)));
            case SparseMatrixExample sparse:
                return new Schema(new TensorSpec(sparse.Dense.DType, [-1, sparse.Dense.Shape[1]]));
            case JsonObjectExample json:
                return Infer(json.Value);
            case ColumnTable table:
                return Columns(table.Columns);
            case NDArrayExample array:
                return new Schema(Tensor(array, null));
            case Array array when IsTensor(array):
                return new Schema(Tensor(ClrTensor(array), null));
        }

        if (PythonTypeInference.Entries(data) is { } entries)
        {
            if (entries.Count > 0 && entries.All(e => e.Value is NDArrayExample || (e.Value is Array a && IsTensor(a))))
            {
                return new Schema(entries.Select(e => (InputSpec)Tensor(e.Value as NDArrayExample ?? ClrTensor((Array)e.Value!), e.Key)));
            }
            if (entries.Count == 0) throw new InferenceException("An empty dict has no columns.");
            return new Schema(entries.Select(e => (InputSpec)new ColSpec(PythonTypeInference.DataType(e.Value) ?? AnyType.Instance, e.Key, IsRequired(e.Value))));
        }
        if (data is IEnumerable items and not string and not byte[])
        {
            var list = items.Cast<object?>().ToList();
            if (list.All(v => v is string)) return new Schema(new ColSpec(DataType.String));
            if (list.All(v => v is not null && PythonTypeInference.Entries(v) is not null)) return Rows(list);
            ColumnType type = PythonTypeInference.ItemType(list) ?? throw new InferenceException("A list of None values has no type.");
            return new Schema(new ColSpec(type, null, !list.Any(PythonTypeInference.IsNoneOrNaN)));
        }
        DataType scalar = PythonTypeInference.Scalar(data) ?? throw new InferenceException($"A value of type {data.GetType()} has no MLflow schema.");
        return new Schema(new ColSpec(scalar));
    }

    // _infer_required: a list is required when none of its items is None/NaN, anything else when it is not None/NaN.
    private static bool IsRequired(object? value) =>
        value is IEnumerable items and not string and not byte[] && PythonTypeInference.Entries(value) is null
            ? !items.Cast<object?>().Any(PythonTypeInference.IsNoneOrNaN)
            : !PythonTypeInference.IsNoneOrNaN(value);

    // A list of dicts: one column per key, in order of first appearance; optional when missing or None in some row.
    private static Schema Rows(List<object?> rows)
    {
        var order = new List<string>();
        var types = new Dictionary<string, ColumnType?>(StringComparer.Ordinal);
        var required = new Dictionary<string, bool>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (object? row in rows)
        {
            foreach ((string key, object? value) in PythonTypeInference.Entries(row)!)
            {
                if (!types.ContainsKey(key))
                {
                    order.Add(key);
                    types[key] = null;
                    required[key] = true;
                    seen[key] = 0;
                }
                seen[key]++;
                ColumnType? type = PythonTypeInference.DataType(value);
                if (type is null) required[key] = false;
                else types[key] = types[key] is { } existing ? PythonTypeInference.Merge(existing, type) : type;
            }
        }
        return new Schema(order.Select(key =>
            (InputSpec)new ColSpec(types[key] ?? AnyType.Instance, key, required[key] && seen[key] == rows.Count)));
    }

    private static Schema Columns(IEnumerable<KeyValuePair<string?, Array>> columns)
    {
        var specs = columns.Select(c => (InputSpec)Column(c.Key, c.Value)).ToList();
        if (specs.Count == 0) throw new InferenceException("A DataFrame without columns has no schema.");
        return new Schema(specs);
    }

    // _infer_pandas_column: typed columns by dtype, object columns by their values.
    private static ColSpec Column(string? name, Array values)
    {
        Type elementType = values.GetType().GetElementType()!;
        Type? underlying = Nullable.GetUnderlyingType(elementType);
        var cells = values.Cast<object?>().ToList();
        bool missing = cells.Any(PythonTypeInference.IsNoneOrNaN);
        bool required = !missing && underlying is null;
        ColumnType type;
        if (ClrDTypes.Of(underlying ?? elementType) is { } dtype && dtype is not (NumpyDType.Object or NumpyDType.Str or NumpyDType.Bytes))
        {
            type = ColumnType.Of(ClrDTypes.ColumnDataType(dtype));
        }
        else
        {
            type = DataFrameExample.Infer(cells) switch
            {
                DataFrameExample.ColumnKind.Bool => ColumnType.Of(DataType.Boolean),
                DataFrameExample.ColumnKind.Int => ColumnType.Of(DataType.Long),
                DataFrameExample.ColumnKind.Float => ColumnType.Of(DataType.Double),
                DataFrameExample.ColumnKind.DateTime => ColumnType.Of(DataType.Datetime),
                _ => PythonTypeInference.ItemType(cells) ?? AnyType.Instance,
            };
        }
        return new ColSpec(type, name, required);
    }

    private static TensorSpec Tensor(NDArrayExample array, string? name)
    {
        if (array.Shape.Count == 0) throw new InferenceException("A 0-dimensional array (a numpy scalar) has no tensor shape.");
        return new TensorSpec(array.DType, array.Shape.Select((d, i) => i == 0 ? -1L : d), name);
    }

    /// <summary>Whether a CLR array is a tensor: multi-dimensional, or jagged (an array of arrays).</summary>
    public static bool IsTensor(Array array) => array.Rank > 1 || (array.GetType().GetElementType() is { IsArray: true } element && element != typeof(byte[]));

    private static NDArrayExample ClrTensor(Array array)
    {
        Type leaf = array.GetType().GetElementType()!;
        while (leaf.IsArray && leaf != typeof(byte[])) leaf = leaf.GetElementType()!;
        NumpyDType dtype = ClrDTypes.Of(leaf) ?? NumpyDType.Object;
        try
        {
            return new NDArrayExample(dtype, array);
        }
        catch (InputExampleException e)
        {
            throw new InferenceException(e.Message);
        }
    }
}
