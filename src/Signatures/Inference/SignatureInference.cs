using System.Diagnostics.CodeAnalysis;
using System.Collections;
using Signatures.Examples;
using Signatures.Models;

namespace Signatures.Inference;

/// <summary>
/// MLflow's <c>infer_signature(model_input, model_output, params)</c> for .NET data. What each value stands for:
/// <list type="bullet">
/// <item><see cref="ColumnTable"/>: a pandas DataFrame or Series (typed columns; see there).</item>
/// <item>a multi-dimensional array (<c>float[,]</c>), a jagged array (<c>float[][]</c>), or an <see cref="NDArrayExample"/>:
/// a numpy array, inferred as a tensor of its dtype with the first dimension variable (<c>-1</c>), as MLflow does.</item>
/// <item>a string-keyed dictionary of such arrays: named tensors.</item>
/// <item>an <see cref="InputExample"/>: what it describes (DataFrame, arrays, sparse matrix, JSON value; its params too).</item>
/// <item>any other dictionary, object with public properties, list or scalar: the Python value (a dict is one column
/// per key, a list of strings one string column, a list of dicts or objects one column per key across rows, a
/// scalar one unnamed column).</item>
/// </list>
/// As in MLflow, data whose schema cannot be inferred gives an <c>any</c> schema and a warning; invalid params throw.
/// </summary>
public static class SignatureInference
{
    /// <summary><c>infer_signature</c>: the input and output schemas (absent when <see langword="null"/>) and the params.</summary>
    /// <param name="modelInput">The input example data.</param>
    /// <param name="modelOutput">The output example data, or <see langword="null"/>.</param>
    /// <param name="parameters">Inference params: scalars, 1-D lists, dicts.</param>
    /// <param name="warnings">Receives MLflow's fallback warnings, when given.</param>
    /// <exception cref="InputExampleException">A param cannot be inferred (MLflow's message lists them).</exception>
    /// <exception cref="SignatureException">Nothing to infer from (input, output and params all absent).</exception>
    [RequiresUnreferencedCode("Objects are inferred from their public properties, read by reflection; trimming may remove properties the app never reads.")]
    public static ModelSignature Infer(object? modelInput, object? modelOutput = null, IEnumerable<KeyValuePair<string, object?>>? parameters = null, ICollection<string>? warnings = null)
    {
        if (modelInput is ExampleWithParams withParams && parameters is null)
        {
            parameters = withParams.Parameters;
            modelInput = withParams.Data;
        }
        Schema? inputs = modelInput is null ? null : InferOrAny(modelInput, "inputs", warnings);
        Schema? outputs = modelOutput is null ? null : InferOrAny(modelOutput, "outputs", warnings);
        var list = parameters?.ToList();
        ParamSchema? paramSchema = list is { Count: > 0 } ? ParamInference.InferAll(list) : null;
        return new ModelSignature(inputs, outputs, paramSchema);
    }

    /// <summary><c>_infer_schema</c>: the schema of one value, without MLflow's <c>any</c> fallback.</summary>
    /// <exception cref="InferenceException">The value's schema cannot be inferred; the message says why.</exception>
    [RequiresUnreferencedCode("Objects are inferred from their public properties, read by reflection; trimming may remove properties the app never reads.")]
    public static Schema InferSchema(object? data)
    {
        try
        {
            return SchemaInference.Infer(data);
        }
        catch (InputExampleException e)
        {
            throw new InferenceException(e.Message);
        }
        catch (SignatureException e)
        {
            throw new InferenceException(e.Message);
        }
    }

    /// <summary><c>_infer_param_schema</c>.</summary>
    /// <exception cref="InputExampleException">Some params cannot be inferred.</exception>
    public static ParamSchema InferParams(IEnumerable<KeyValuePair<string, object?>> parameters) =>
        ParamInference.InferAll(parameters ?? throw new ArgumentNullException(nameof(parameters)));

    /// <summary>Infers a signature from an <c>input_example.json</c> file in any of the formats MLflow saves (DataFrame
    /// <c>split</c> or <c>values</c> orient, ndarray lists, dict of ndarrays, JSON object, sparse matrices, and
    /// <c>{"inputs": ..., "params": ...}</c> with params), read as MLflow's <c>_read_example</c> reads it. The format
    /// is taken from <paramref name="info"/> (<c>saved_input_example_info</c>), from the MLmodel file beside the example
    /// when there is one, or else from the file's shape.</summary>
    /// <exception cref="ModelDirectoryException">The file is missing or unreadable (SIGB001/SIGB002), or not an example (SIGB007).</exception>
    public static ModelSignature InferFromExampleFile(string path, IReadOnlyList<KeyValuePair<string, string>>? info = null, ICollection<string>? warnings = null)
    {
        string full = Path.GetFullPath(path);
        return InferFromExampleText(AtomicFile.ReadText(full, BuildErrorCodes.BadInput, "the input example file"), full, info, warnings);
    }

    /// <summary>As <see cref="InferFromExampleFile"/>, for the <paramref name="text"/> already read from the example
    /// file <paramref name="path"/> (so a caller can bound its read).</summary>
    /// <exception cref="ModelDirectoryException">The text is not an example (SIGB007).</exception>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A saved example reads as dictionaries, lists, arrays and scalars: no object properties.")]
    public static ModelSignature InferFromExampleText(string text, string path, IReadOnlyList<KeyValuePair<string, string>>? info = null, ICollection<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        string full = Path.GetFullPath(path);
        if (info is null)
        {
            string mlmodel = Path.Combine(Path.GetDirectoryName(full)!, MLmodelFile.FileName);
            if (File.Exists(mlmodel))
            {
                try
                {
                    info = MLflowModelDirectory.Load(mlmodel).SavedInputExampleInfo;
                }
                catch (ModelDirectoryException)
                {
                    info = null; // an unreadable MLmodel beside the file: fall back to the file's shape
                }
            }
        }
        object? example;
        try
        {
            example = SavedExampleReader.Read(text, info);
        }
        catch (InferenceException e)
        {
            throw new ModelDirectoryException(BuildErrorCodes.BadInput, full, $"not an input example MLflow saves: {e.Message}", e);
        }
        return Infer(example, warnings: warnings);
    }

    [RequiresUnreferencedCode("Objects are inferred from their public properties, read by reflection; trimming may remove properties the app never reads.")]
    private static Schema InferOrAny(object data, string part, ICollection<string>? warnings)
    {
        try
        {
            return InferSchema(data);
        }
        catch (InferenceException e)
        {
            warnings?.Add($"Failed to infer schema for {part}. Setting schema to `Schema([ColSpec(type=AnyType())]` as default. {e.Message}");
            return new Schema(new ColSpec(AnyType.Instance));
        }
    }
}
