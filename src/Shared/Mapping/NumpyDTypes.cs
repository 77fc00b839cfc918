using System;

namespace Signatures.Shared.Mapping;

/// <summary>The numpy dtype names MLflow writes in a <c>tensor-spec</c>, paired with the member names of the
/// runtime's <c>Signatures.NumpyDType</c> enum (a test checks the pairs against the runtime).</summary>
internal static class NumpyDTypes
{
    private static readonly (string Numpy, string Member)[] Table =
    [
        ("bool", "Bool"), ("int8", "Int8"), ("int16", "Int16"), ("int32", "Int32"), ("int64", "Int64"),
        ("uint8", "UInt8"), ("uint16", "UInt16"), ("uint32", "UInt32"), ("uint64", "UInt64"),
        ("float16", "Float16"), ("float32", "Float32"), ("float64", "Float64"),
        ("str", "Str"), ("bytes", "Bytes"), ("object", "Object"), ("datetime64[ns]", "DateTime64Ns"),
        ("complex64", "Complex64"), ("complex128", "Complex128"),
    ];

    /// <summary>Every numpy name, in the runtime enum's order.</summary>
    public static string[] Names { get; } = Array.ConvertAll(Table, static t => t.Numpy);

    /// <summary>The runtime enum member for a numpy name (<c>float32</c> -> <c>Float32</c>), or <see langword="null"/>
    /// when MLflow does not write that name.</summary>
    public static string? MemberName(string numpyName)
    {
        foreach (var (numpy, member) in Table)
        {
            if (string.Equals(numpy, numpyName, StringComparison.Ordinal)) return member;
        }
        return null;
    }
}
