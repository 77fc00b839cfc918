using Microsoft.CodeAnalysis;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>Reads the shape a <c>[Tensor(...)]</c> attribute declares, the way its constructor
/// (<c>params int[] shape</c>) receives it, and the rank of array types.</summary>
internal static class TensorShapes
{
    /// <summary>The declared dimensions; <see langword="false"/> when the arguments are not constant integers
    /// (the compiler reports those).</summary>
    public static bool TryRead(AttributeData tensor, out int[] shape)
    {
        shape = System.Array.Empty<int>();
        if (tensor.AttributeConstructor is null)
        {
            return false;
        }
        if (tensor.ConstructorArguments.Length == 0)
        {
            return true;
        }
        TypedConstant argument = tensor.ConstructorArguments[0];
        if (argument.Kind != TypedConstantKind.Array)
        {
            return false;
        }
        if (argument.IsNull)
        {
            return true;
        }
        var values = new int[argument.Values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (argument.Values[i].Value is not int value)
            {
                return false;
            }
            values[i] = value;
        }
        shape = values;
        return true;
    }

    /// <summary>The number of array dimensions of a type, through jagged levels: <c>float[][,]</c> has 3.</summary>
    public static int TotalRank(ITypeSymbol type)
    {
        int rank = 0;
        while (type is IArrayTypeSymbol array)
        {
            rank += array.Rank;
            type = array.ElementType;
        }
        return rank;
    }

    /// <summary>The shape as the messages print it: <c>-1, 28, 28, 1</c>.</summary>
    public static string Text(int[] shape) => string.Join(", ", shape);
}
