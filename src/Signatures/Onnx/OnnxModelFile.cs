using Signatures.Shared.Onnx;

namespace Signatures;

/// <summary>
/// The MLflow signature of an ONNX model file, read from its graph's inputs and outputs without ONNX Runtime:
/// one tensor spec per graph input (initializers left out) and output, named as in the graph, with the numpy dtype
/// of its element type and its dimensions (symbolic or unknown ones as <c>-1</c>). The build step that lets the
/// SIG04xx analyzers check a contract against an .onnx file writes this signature's <c>to_dict()</c> JSON.
/// </summary>
public static class OnnxModelFile
{
    /// <summary>ONNX models larger than this keep their weights as external data; the graph itself is far smaller.</summary>
    public const long MaxLength = int.MaxValue;

    /// <summary>Reads the signature of the .onnx file at <paramref name="path"/>.</summary>
    /// <exception cref="SignatureException">The file cannot be read, is not an ONNX model, or has an input or
    /// output an MLflow tensor spec cannot describe; the message names the file and what was wrong.</exception>
    public static ModelSignature ReadSignature(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new SignatureException($"ONNX model '{path}': the file does not exist");
            if (info.Length > MaxLength) throw new SignatureException($"ONNX model '{path}': the file has {info.Length} bytes, more than a protobuf message can hold");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new SignatureException($"ONNX model '{path}': the file cannot be read: {e.Message}", e);
        }
        return ReadSignature(bytes, path);
    }

    /// <summary>Reads the signature of an ONNX model held in <paramref name="model"/>; <paramref name="source"/>
    /// names it in messages.</summary>
    /// <exception cref="SignatureException">The bytes are not an ONNX model MLflow can describe.</exception>
    public static ModelSignature ReadSignature(byte[] model, string source = "the model")
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!OnnxGraphReader.TryRead(model, out OnnxGraph graph, out string error))
        {
            throw new SignatureException($"ONNX model '{source}': {error}");
        }
        return new ModelSignature(ToSchema(graph.Inputs), ToSchema(graph.Outputs));
    }

    /// <summary>The tensor spec of one ONNX value; <see langword="null"/> when its element type has no MLflow dtype.</summary>
    internal static TensorSpec? ToTensorSpec(string name, int elementType, IReadOnlyList<long> shape)
    {
        if (OnnxElementTypes.NumpyName(elementType) is not { } numpy || !NumpyDTypeNames.TryParse(numpy, out NumpyDType dtype)) return null;
        return new TensorSpec(dtype, shape.Select(static d => d < 0 ? -1 : d), name);
    }

    // A graph with no inputs (or outputs) has no schema for them, as MLflow writes a signature without that part.
    private static Schema? ToSchema(IReadOnlyList<OnnxValue> values) =>
        values.Count == 0 ? null : new Schema(values.Select(static v => (InputSpec)ToTensorSpec(v.Name, v.ElementType, v.Shape)!));
}
