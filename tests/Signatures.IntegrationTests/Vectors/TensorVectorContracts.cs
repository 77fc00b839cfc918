namespace Signatures.IntegrationTests.Vectors;

// C# contracts equivalent to the named-tensor signatures of tests/vectors/enforcement.jsonl. (A contract's tensors
// are always named after its members, so the vectors' unnamed single tensors have no C# equivalent.)

/// <summary>A float32 matrix of two columns and an int64 vector.</summary>
[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record MatrixAndVector([property: Tensor(-1, 2)] float[,] A, [property: Tensor(-1)] long[] B);

[ModelSignature<MatrixAndVector, NoSchema>]
public static partial class MatrixAndVectorModel;
