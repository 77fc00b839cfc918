using Signatures;

namespace Tensor;

// The signature of MLflow's schema_json vector 'tensor_shapes', declared in C#: a scalar, a fixed-size, a ragged
// and an image tensor; each array's rank equals its shape's.
[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record struct ImageBatch(
    [property: Tensor] double Scalar,
    [property: Tensor(3)] double[] Fixed,
    [property: Tensor(-1, -1, 3)] double[][][] Ragged,
    [property: Tensor(-1, 224, 224, 3)] byte[,,,] Image);

[ModelSignature<ImageBatch, NoSchema>]
public static partial class ImageModel;
