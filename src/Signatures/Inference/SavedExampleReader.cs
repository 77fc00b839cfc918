using System.Globalization;
using System.Numerics;
using Signatures.Examples;
using Signatures.Json;

namespace Signatures.Inference;

/// <summary>
/// Reads an <c>input_example.json</c> back into the data it was saved from, as MLflow's <c>_read_example</c> does,
/// by <c>saved_input_example_info</c>'s <c>type</c>: <c>dataframe</c> (<c>split</c> or <c>values</c> orient),
/// <c>ndarray</c> (a list, or a dict of lists), <c>sparse_matrix_csr</c>/<c>_csc</c>, <c>json_object</c>; with
/// <c>params: "true"</c> the file is <c>{"inputs": ..., "params": ...}</c>. Without info the kind is read off the
/// file's shape.
/// </summary>
internal static class SavedExampleReader
{
    /// <summary>The example, as a value <see cref="SignatureInference.Infer(object?, object?, IEnumerable{KeyValuePair{string, object?}}?, ICollection{string}?)"/> takes.</summary>
    /// <exception cref="InferenceException">The text is not JSON or not of the declared kind.</exception>
    public static object Read(string text, IReadOnlyList<KeyValuePair<string, string>>? info)
    {
        PythonJsonValue root;
        try
        {
            root = PythonJsonParser.Parse(text, "the input example");
        }
        catch (SignatureException e)
        {
            throw new InferenceException(e.Message);
        }
        string? type = Info(info, "type");
        bool hasParams = Info(info, "params") == "true" || (info is null && IsParamsWrapper(root));
        List<KeyValuePair<string, object?>>? parameters = null;
        if (hasParams)
        {
            if (!root.TryGetProperty("inputs", out PythonJsonValue? inputs) || !root.TryGetProperty("params", out PythonJsonValue? paramsValue) || paramsValue.Kind != PythonJsonKind.Object)
            {
                throw new InferenceException("an example saved with params must be {\"inputs\": ..., \"params\": {...}}");
            }
            parameters = paramsValue.Properties.Select(p => new KeyValuePair<string, object?>(p.Key, Clr(p.Value))).ToList();
            root = inputs;
        }
        InputExample example = (type ?? Guess(root)) switch
        {
            "dataframe" => DataFrame(root),
            "ndarray" => root.Kind == PythonJsonKind.Object
                ? InputExample.NDArrays(root.Properties.Select(p => new KeyValuePair<string, NDArrayExample>(p.Key, Array(p.Value))))
                : InputExample.NDArray(Array(root)),
            "sparse_matrix_csr" => Sparse(root, columns: false),
            "sparse_matrix_csc" => Sparse(root, columns: true),
            "json_object" => InputExample.JsonObject(Clr(root)),
            string other => throw new InferenceException($"unknown saved_input_example_info type '{other}'"),
        };
        return parameters is null ? example : example.WithParams(parameters);
    }

    private static string? Info(IReadOnlyList<KeyValuePair<string, string>>? info, string key) =>
        info?.FirstOrDefault(e => e.Key == key).Value;

    private static bool IsParamsWrapper(PythonJsonValue root) =>
        root.Kind == PythonJsonKind.Object && root.Properties.Count == 2 && root.HasProperty("inputs") && root.HasProperty("params");

    private static string Guess(PythonJsonValue root)
    {
        if (root.Kind == PythonJsonKind.Object)
        {
            if (root.HasProperty("data") && root.Properties.All(p => p.Key is "columns" or "data" or "index")) return "dataframe";
            if (root.HasProperty("indices") && root.HasProperty("indptr") && root.HasProperty("shape")) return "sparse_matrix_csr";
        }
        if (root.Kind == PythonJsonKind.Array && root.Items.Count > 0 && root.Items.All(i => i.Kind == PythonJsonKind.Array)) return "ndarray";
        return "json_object";
    }

    private static InputExample DataFrame(PythonJsonValue root)
    {
        if (root.Kind != PythonJsonKind.Object || !root.TryGetProperty("data", out PythonJsonValue? data) || data.Kind != PythonJsonKind.Array)
        {
            throw new InferenceException("a DataFrame example must be {\"columns\": [...], \"data\": [[...], ...]}");
        }
        string[]? columns = null;
        if (root.TryGetProperty("columns", out PythonJsonValue? names))
        {
            if (names.Kind != PythonJsonKind.Array) throw new InferenceException("\"columns\" must be a list");
            columns = names.Items.Select(n => n.Kind == PythonJsonKind.String ? n.Text : PythonRepr.StrOf(n)).ToArray();
        }
        var rows = data.Items.Select(r => r.Kind == PythonJsonKind.Array
            ? (IReadOnlyList<object?>)r.Items.Select(Clr).ToArray()
            : throw new InferenceException("every DataFrame row must be a list")).ToArray();
        try
        {
            return InputExample.DataFrame(columns, rows);
        }
        catch (InputExampleException e)
        {
            throw new InferenceException(e.Message);
        }
    }

    private static NDArrayExample Array(PythonJsonValue value)
    {
        object? data = Clr(value);
        try
        {
            NumpyDType dtype = NDArrayExample.InferDType(new NDArrayExample(NumpyDType.Object, data).Leaves());
            return new NDArrayExample(dtype, data);
        }
        catch (InputExampleException e)
        {
            throw new InferenceException(e.Message);
        }
    }

    // {"data": [...], "indices": [...], "indptr": [...], "shape": [rows, columns]}: only the dtype and column count matter.
    private static InputExample Sparse(PythonJsonValue root, bool columns)
    {
        if (root.Kind != PythonJsonKind.Object || !root.TryGetProperty("data", out PythonJsonValue? data) || !root.TryGetProperty("shape", out PythonJsonValue? shape)
            || shape.Kind != PythonJsonKind.Array || shape.Items.Count != 2 || shape.Items.Any(s => s.Kind != PythonJsonKind.Integer))
        {
            throw new InferenceException("a sparse matrix example must be {\"data\": [...], \"indices\": [...], \"indptr\": [...], \"shape\": [rows, columns]}");
        }
        int width = int.Parse(shape.Items[1].Text, CultureInfo.InvariantCulture);
        NDArrayExample values = Array(data);
        object? zero = values.DType == NumpyDType.Int64 ? 0L : 0.0;
        var dense = new NDArrayExample(values.DType, new[] { Enumerable.Repeat(zero, width).ToList() });
        return InputExample.SparseMatrix(dense, columns);
    }

    /// <summary>A parsed JSON value as the CLR value standing for the Python one.</summary>
    private static object? Clr(PythonJsonValue value) => value.Kind switch
    {
        PythonJsonKind.Null => null,
        PythonJsonKind.Bool => value.Boolean,
        PythonJsonKind.String => value.Text,
        PythonJsonKind.Integer => long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long small)
            ? small : (object)BigInteger.Parse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        PythonJsonKind.Float => value.ToDouble(),
        PythonJsonKind.Array => value.Items.Select(Clr).ToList(),
        _ => value.Properties.Select(p => new KeyValuePair<string, object?>(p.Key, Clr(p.Value))).ToList(),
    };
}
