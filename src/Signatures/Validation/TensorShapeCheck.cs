using System.Globalization;

namespace Signatures.Validation;

/// <summary>Checks a materialized array against a tensor spec's rank and fixed dimensions without allocating
/// when it matches (generated validators call these).</summary>
public static class TensorShapeCheck
{
    /// <summary>Checks a rectangular (multi-dimensional or one-dimensional) array. <c>-1</c> in
    /// <paramref name="shape"/> matches any length.</summary>
    /// <returns>Whether the array matches.</returns>
    public static bool Check(Array? array, ReadOnlySpan<int> shape, string member, ref ValidationCollector errors)
    {
        if (array is null)
        {
            errors.Add(member, "tensor is required but was null");
            return false;
        }
        if (array.Rank != shape.Length)
        {
            errors.Add(member, $"rank is {array.Rank}, expected {shape.Length} (shape {FormatShape(shape)})");
            return false;
        }
        bool ok = true;
        for (int d = 0; d < shape.Length; d++)
        {
            int length = array.GetLength(d);
            if (shape[d] >= 0 && length != shape[d])
            {
                errors.Add(member, DimensionMessage(d, length, shape[d]));
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>Checks one level of a jagged array: its length against dimension <paramref name="dimension"/>.</summary>
    public static bool CheckLength(int length, int dimension, ReadOnlySpan<int> shape, string member, ref ValidationCollector errors)
    {
        if (shape[dimension] >= 0 && length != shape[dimension])
        {
            errors.Add(member, DimensionMessage(dimension, length, shape[dimension]));
            return false;
        }
        return true;
    }

    /// <summary><c>dimension 2 is 27, expected 28</c>. Dimensions count from 0, as <see cref="Array.GetLength(int)"/> and the
    /// analyzers' messages count them.</summary>
    public static string DimensionMessage(int dimension, int actual, int expected) =>
        string.Create(CultureInfo.InvariantCulture, $"dimension {dimension} is {actual}, expected {expected}");

    /// <summary><c>dimension 1 is 3 here but 4 in the first row (a tensor cannot be ragged)</c>: a jagged array whose rows differ
    /// in a variable dimension.</summary>
    public static string RaggedMessage(int dimension, int actual, int first) =>
        string.Create(CultureInfo.InvariantCulture, $"dimension {dimension} is {actual} here but {first} in the first row (a tensor cannot be ragged)");

    private static string FormatShape(ReadOnlySpan<int> shape)
    {
        var parts = new string[shape.Length];
        for (int i = 0; i < shape.Length; i++) parts[i] = shape[i].ToString(CultureInfo.InvariantCulture);
        return "[" + string.Join(", ", parts) + "]";
    }
}
