namespace Signatures.Inference;

/// <summary>The numpy dtype a CLR element type stands for, and the MLflow column type numpy dtypes get
/// (MLflow's <c>_infer_numpy_dtype</c>).</summary>
internal static class ClrDTypes
{
    /// <summary>The dtype of an array of <paramref name="type"/>, or <see langword="null"/> when it is not a numpy element type.</summary>
    public static NumpyDType? Of(Type type) =>
        type == typeof(bool) ? NumpyDType.Bool
        : type == typeof(sbyte) ? NumpyDType.Int8
        : type == typeof(short) ? NumpyDType.Int16
        : type == typeof(int) ? NumpyDType.Int32
        : type == typeof(long) ? NumpyDType.Int64
        : type == typeof(byte) ? NumpyDType.UInt8
        : type == typeof(ushort) ? NumpyDType.UInt16
        : type == typeof(uint) ? NumpyDType.UInt32
        : type == typeof(ulong) ? NumpyDType.UInt64
        : type == typeof(Half) ? NumpyDType.Float16
        : type == typeof(float) ? NumpyDType.Float32
        : type == typeof(double) ? NumpyDType.Float64
        : type == typeof(string) ? NumpyDType.Str
        : type == typeof(byte[]) ? NumpyDType.Bytes
        : type == typeof(DateTime) ? NumpyDType.DateTime64Ns
        : type == typeof(object) ? NumpyDType.Object
        : null;

    /// <summary><c>_infer_numpy_dtype</c>: the column type of a typed (non-object) column.</summary>
    /// <exception cref="InferenceException">uint64, which MLflow cannot map.</exception>
    public static DataType ColumnDataType(NumpyDType dtype) => dtype switch
    {
        NumpyDType.Bool => DataType.Boolean,
        NumpyDType.Int8 or NumpyDType.Int16 or NumpyDType.Int32 or NumpyDType.UInt8 or NumpyDType.UInt16 => DataType.Integer,
        NumpyDType.Int64 or NumpyDType.UInt32 => DataType.Long,
        NumpyDType.Float16 or NumpyDType.Float32 => DataType.Float,
        NumpyDType.Float64 => DataType.Double,
        NumpyDType.Str => DataType.String,
        NumpyDType.Bytes => DataType.Binary,
        NumpyDType.DateTime64Ns => DataType.Datetime,
        _ => throw new InferenceException($"Unsupported numpy data type '{dtype.ToNumpyName()}'"),
    };
}
