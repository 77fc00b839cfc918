namespace Signatures.IntegrationTests.Reading;

/// <summary>A row of every scalar type, required and optional, for the fast path's differential tests.</summary>
[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record MixedRow(
    long Id,
    int Count,
    double Score,
    float? Ratio,
    string Name,
    bool? Flag,
    DateTime? When,
    byte[]? Blob,
    double? Optional);

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record MixedParams
{
    public long TopK { get; init; } = 3;
    public double[] Weights { get; init; } = [1.0, 0.5];
    public string? Label { get; init; }
}

[ModelSignature<MixedRow, NoSchema, MixedParams>]
public static partial class MixedModel;

/// <summary>A row with nested values: an array, a map and an object.</summary>
[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record NestedRow(long Id, List<double> Values, Dictionary<string, long>? Counts, Point? Where);

/// <summary>An MLflow Object.</summary>
public sealed class Point
{
    public double X { get; init; }
    public double? Y { get; init; }
}

[ModelSignature<NestedRow, NoSchema>]
public static partial class NestedModel;

/// <summary>Members whose C# types are not the columns' natural types: each value must fit exactly.</summary>
[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record NarrowRow(
    byte Small,
    [property: Column(Type = DataType.Long)] short Medium,
    decimal Money,
    Half Tiny,
    char Letter,
    Guid Key,
    DateOnly Day,
    DateTimeOffset At,
    ReadOnlyMemory<byte> Data,
    ulong Big);

[ModelSignature<NarrowRow, NoSchema>]
public static partial class NarrowModel;

/// <summary>Tensors of several ranks and layouts.</summary>
[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record ImageBatch(
    [property: Tensor(-1, 2, 2)] byte[,,] Pixels,
    [property: Tensor(-1, 2)] double[][] Boxes,
    [property: Tensor(-1)] string[] Labels);

[ModelSignature<ImageBatch, NoSchema>]
public static partial class ImageModel;
