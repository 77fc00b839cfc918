namespace Signatures.Shared.Onnx;

/// <summary>
/// ONNX tensor element types (<c>TensorProto.DataType</c>, the same numbers as ONNX Runtime's
/// <c>TensorElementType</c>) and the numpy dtype MLflow's <c>TensorSpec</c> writes for each: one table for the
/// build-time reader of .onnx files and the run-time reader of a loaded <c>InferenceSession</c>.
/// </summary>
internal static class OnnxElementTypes
{
    /// <summary>The numpy dtype name for an ONNX element type, or <see langword="null"/> when MLflow has none
    /// (complex, bfloat16, float8 and 4-bit types, or an unknown number).</summary>
    public static string? NumpyName(int elementType) => elementType switch
    {
        1 => "float32",
        2 => "uint8",
        3 => "int8",
        4 => "uint16",
        5 => "int16",
        6 => "int32",
        7 => "int64",
        // ONNX strings are numpy object arrays in Python's onnxruntime, which is what mlflow.onnx feeds.
        8 => "object",
        9 => "bool",
        10 => "float16",
        11 => "float64",
        12 => "uint32",
        13 => "uint64",
        _ => null,
    };

    /// <summary>The ONNX name of an element type, for messages (<c>COMPLEX64</c>).</summary>
    public static string OnnxName(int elementType) => elementType switch
    {
        0 => "UNDEFINED",
        1 => "FLOAT",
        2 => "UINT8",
        3 => "INT8",
        4 => "UINT16",
        5 => "INT16",
        6 => "INT32",
        7 => "INT64",
        8 => "STRING",
        9 => "BOOL",
        10 => "FLOAT16",
        11 => "DOUBLE",
        12 => "UINT32",
        13 => "UINT64",
        14 => "COMPLEX64",
        15 => "COMPLEX128",
        16 => "BFLOAT16",
        _ => "element type " + elementType.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
