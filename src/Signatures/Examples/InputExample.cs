using System.Collections;

namespace Signatures.Examples;

/// <summary>
/// An MLflow input example, written exactly as MLflow's <c>_Example</c> writes it: <c>input_example.json</c>,
/// <c>serving_input_example.json</c> and the <c>saved_input_example_info</c> of the MLmodel file. The kinds are a
/// DataFrame (<see cref="DataFrame(IReadOnlyList{string}?, IReadOnlyList{IReadOnlyList{object?}})"/>), a numpy array
/// (<see cref="NDArray"/>), a dict of numpy arrays (<see cref="NDArrays"/>), a JSON-able value (dict, list, scalar:
/// <see cref="JsonObject"/>), a scipy sparse matrix (<see cref="SparseMatrix"/>), and any of those with params
/// (<see cref="WithParams"/>). <see cref="FromDescriptor"/> reads the JSON description the command line takes.
/// Example values are CLR values standing for Python ones: <see langword="null"/>, <see cref="bool"/>, integers,
/// <see cref="double"/> (and <see cref="float"/>/<see cref="Half"/> for numpy scalars), <see cref="string"/>,
/// <see cref="T:byte[]"/>, <see cref="DateTime"/>, <see cref="DateOnly"/>, sequences, string-keyed dictionaries,
/// <see cref="PythonTuple"/> and <see cref="NDArrayExample"/>.
/// </summary>
public abstract class InputExample
{
    private protected InputExample() { }

    /// <summary>A DataFrame from rows; <paramref name="columns"/> <see langword="null"/> means pandas' default labels
    /// 0, 1, ... (MLflow then writes no <c>columns</c>: orient <c>values</c>).</summary>
    public static InputExample DataFrame(IReadOnlyList<string>? columns, IReadOnlyList<IReadOnlyList<object?>> rows) =>
        new DataFrameExample(columns, rows);

    /// <summary>A DataFrame from named columns, in order (as <c>pd.DataFrame(dict)</c>).</summary>
    public static InputExample DataFrame(IEnumerable<KeyValuePair<string, IReadOnlyList<object?>>> columns) =>
        DataFrameExample.FromColumns(columns);

    /// <summary>A numpy array.</summary>
    public static InputExample NDArray(NDArrayExample array) => new NDArrayInputExample(array ?? throw new ArgumentNullException(nameof(array)));

    /// <summary>A dict of named numpy arrays (a named-tensor input).</summary>
    public static InputExample NDArrays(IEnumerable<KeyValuePair<string, NDArrayExample>> arrays) => new NDArraysInputExample(arrays.ToList());

    /// <summary>A JSON-able value: a dict, a list or a scalar. A dict of arrays and an array are read as the array kinds;
    /// a dict mixing arrays with other values and a list holding arrays are refused, as MLflow refuses them.</summary>
    public static InputExample JsonObject(object? value)
    {
        switch (value)
        {
            case NDArrayExample array:
                return NDArray(array);
            case IEnumerable<KeyValuePair<string, object?>> or IDictionary when Entries(value!) is { Count: > 0 } entries && entries.Any(e => e.Value is NDArrayExample):
                if (!entries.All(e => e.Value is NDArrayExample))
                {
                    throw new InputExampleException("Mixed types in dictionary are not supported as input examples. Found numpy arrays and other types.");
                }
                return NDArrays(entries.Select(e => new KeyValuePair<string, NDArrayExample>(e.Key, (NDArrayExample)e.Value!)));
            default:
                return new JsonObjectExample(value);
        }
    }

    /// <summary>A scipy sparse matrix (<c>csr_matrix</c>, or <c>csc_matrix</c> when <paramref name="compressedColumns"/>) given
    /// densely; zeros are the entries it does not store.</summary>
    public static InputExample SparseMatrix(NDArrayExample dense, bool compressedColumns = false) =>
        new SparseMatrixExample(dense ?? throw new ArgumentNullException(nameof(dense)), compressedColumns);

    /// <summary>Reads the JSON description of an example (see <see cref="ExampleDescriptor"/>).</summary>
    public static InputExample FromDescriptor(string json) => ExampleDescriptor.Read(json);

    /// <summary>This example with inference params (a <c>(data, params)</c> tuple in MLflow); the params must be what
    /// MLflow's <c>_infer_param_schema</c> accepts: scalars, 1-D lists, dicts.</summary>
    public InputExample WithParams(IEnumerable<KeyValuePair<string, object?>> parameters) =>
        new ExampleWithParams(this, parameters?.ToList() ?? throw new ArgumentNullException(nameof(parameters)));

    /// <summary>The texts MLflow writes for this example.</summary>
    public InputExampleFiles Write()
    {
        PreparedExample prepared = Prepare();
        var info = new List<KeyValuePair<string, string>> { new("artifact_path", InputExampleFiles.InputExampleFileName) };
        object? data = prepared.Data;
        PyDict? serving = prepared.Serving;
        if (prepared.Params is not null)
        {
            info.Add(new("params", "true"));
            data = new PyDict { { "inputs", data }, { "params", prepared.Params } };
            var merged = new PyDict();
            if (serving is not null) merged.AddRange(serving);
            if (prepared.IsUnifiedLlm) merged.AddRange(prepared.Params);
            else merged.Add("params", prepared.Params);
            serving = merged;
        }
        info.Add(new("type", prepared.Type));
        if (prepared.PandasOrient is not null) info.Add(new("pandas_orient", prepared.PandasOrient));
        string? servingJson = null;
        if (serving is { Count: > 0 })
        {
            servingJson = PythonJsonWriter.Write(serving, indent: true);
            info.Add(new("serving_input_path", InputExampleFiles.ServingInputExampleFileName));
        }
        return new InputExampleFiles(PythonJsonWriter.Write(data, indent: false), servingJson, info);
    }

    internal abstract PreparedExample Prepare();

    internal static List<KeyValuePair<string, object?>> Entries(object value) => value switch
    {
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs.ToList(),
        IDictionary dictionary => DictionaryEntries(dictionary),
        _ => throw new InvalidOperationException("Not a dictionary."),
    };

    /// <summary>The entries of a non-generic dictionary in its enumeration order; keys must be strings.</summary>
    internal static List<KeyValuePair<string, object?>> DictionaryEntries(IDictionary dictionary)
    {
        var entries = new List<KeyValuePair<string, object?>>(dictionary.Count);
        IDictionaryEnumerator enumerator = dictionary.GetEnumerator();
        while (enumerator.MoveNext())
        {
            if (enumerator.Key is not string key) throw new InputExampleException($"Dictionary keys of an input example must be strings, got {enumerator.Key.GetType()}.");
            entries.Add(new KeyValuePair<string, object?>(key, enumerator.Value));
        }
        return entries;
    }
}

/// <summary>What one example kind contributes: the data written to <c>input_example.json</c>, the serving body (or none),
/// MLflow's <c>type</c> and <c>pandas_orient</c>, and whether the serving body is a unified LLM body.</summary>
internal sealed record PreparedExample(object? Data, PyDict? Serving, string Type, string? PandasOrient = null, bool IsUnifiedLlm = false)
{
    public PyDict? Params { get; init; }
}
