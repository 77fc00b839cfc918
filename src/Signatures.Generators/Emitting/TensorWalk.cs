using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>
/// How generated code walks a tensor member's arrays: the rank of each array level (<c>float[][,]</c>: 1, then 2),
/// the shape they must match, and which variable dimensions below the outermost array must be equal across rows
/// (a ragged jagged array is refused unless the dtype is <c>object</c>).
/// </summary>
internal sealed class TensorWalk
{
    private readonly string prefix;

    public TensorWalk(TensorMapping tensor, bool referenceElements, string prefix)
    {
        Shape = tensor.Shape.AsSpan().ToArray();
        DType = tensor.DType;
        ReferenceElements = referenceElements;
        this.prefix = prefix;
        // A tensor mapped before the level ranks were recorded is one multi-dimensional array.
        Ranks = tensor.LevelRanks.Count > 0 ? tensor.LevelRanks.AsSpan().ToArray() : [Shape.Length];
        var ragged = new List<int>();
        if (DType != "object")
        {
            for (int d = Ranks[0]; d < Shape.Length; d++)
            {
                if (Shape[d] < 0) ragged.Add(d);
            }
        }
        RaggedDimensions = ragged;
    }

    /// <summary>The declared shape (-1 variable).</summary>
    public int[] Shape { get; }

    /// <summary>The rank of each array level, outermost first.</summary>
    public IReadOnlyList<int> Ranks { get; }

    /// <summary>The numpy dtype name.</summary>
    public string DType { get; }

    /// <summary>Whether the elements are strings or bytes, which can be null.</summary>
    public bool ReferenceElements { get; }

    /// <summary>The variable dimensions held by inner arrays, whose lengths must agree across rows.</summary>
    public IReadOnlyList<int> RaggedDimensions { get; }

    /// <summary>Whether a present array needs any check: a fixed dimension, an inner level, or elements that can be null.</summary>
    public bool HasChecks => Ranks.Count > 1 || ReferenceElements || System.Array.Exists(Shape, d => d >= 0);

    /// <summary>Whether <paramref name="dimension"/> is checked for raggedness.</summary>
    public bool IsRagged(int dimension) => RaggedDimensions.Contains(dimension);

    /// <summary>The local holding the first length seen in <paramref name="dimension"/>.</summary>
    public string FirstLength(int dimension) => prefix + "_" + dimension.ToString(CultureInfo.InvariantCulture);
}
