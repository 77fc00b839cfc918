namespace Signatures.Shared.Mapping;

/// <summary>A <c>[Tensor(...)]</c> member mapped to an MLflow <c>TensorSpec</c> (value-equatable, no Roslyn objects).</summary>
/// <param name="DType">The numpy dtype name written (<c>uint8</c>, <c>float32</c>).</param>
/// <param name="Shape">The declared shape; <c>-1</c> is a variable dimension, empty is a scalar tensor.</param>
/// <param name="ElementClrType">The CLR element type after peeling the tensor's array dimensions (fully qualified).</param>
/// <param name="ArrayRank">The number of array dimensions of the member's type (equals the shape's rank when valid).</param>
/// <param name="IsJagged">Whether the dimensions come from nested arrays (<c>float[][]</c>) rather than one
/// multi-dimensional array (<c>float[,]</c>).</param>
/// <param name="LevelRanks">The rank of each array level, outermost first (<c>float[][,]</c>: 1, 2; <c>byte[,,,]</c>: 4;
/// empty for a scalar tensor), so generated code can walk the levels.</param>
internal sealed record TensorMapping(string DType, EquatableArray<int> Shape, string ElementClrType, int ArrayRank, bool IsJagged,
    EquatableArray<int> LevelRanks = default);
