using System.Numerics;

namespace Signatures.Requests;

/// <summary>C# names of the member types a typed request converts to, for messages (<c>byte</c>, not <c>Byte</c>).</summary>
internal static class ClrNames
{
    public static string Of(Type type) =>
        type == typeof(sbyte) ? "sbyte"
        : type == typeof(short) ? "short"
        : type == typeof(int) ? "int"
        : type == typeof(long) ? "long"
        : type == typeof(byte) ? "byte"
        : type == typeof(ushort) ? "ushort"
        : type == typeof(uint) ? "uint"
        : type == typeof(ulong) ? "ulong"
        : type == typeof(nint) ? "nint"
        : type == typeof(nuint) ? "nuint"
        : type == typeof(float) ? "float"
        : type == typeof(double) ? "double"
        : type == typeof(decimal) ? "decimal"
        : type == typeof(BigInteger) ? "BigInteger"
        : type.Name;
}
