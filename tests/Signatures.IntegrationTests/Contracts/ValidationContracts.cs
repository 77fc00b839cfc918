using System.Collections.Immutable;
using System.Text.Json;

namespace Signatures.IntegrationTests.Contracts;

/// <summary>Rows whose violations read <c>rows[3].petal_width</c>: a double sent as MLflow's float must not overflow it.</summary>
[ModelInput]
public partial record IrisRow(
    [property: Column("sepal_length")] double SepalLength,
    [property: Column("petal_width", Type = DataType.Float)] double PetalWidth,
    [property: Column("species")] string Species);

/// <summary>A nested object type (not a contract itself).</summary>
public sealed record LineItem(string Sku, long Qty, double? Price);

/// <summary>Every kind of nested value the validator walks.</summary>
[ModelInput]
public partial record Order
{
    [Column("customer")] public string Customer { get; init; } = "";
    [Column("items")] public List<LineItem> Items { get; init; } = [];
    [Column("optional_items")] public LineItem?[]? OptionalItems { get; init; }
    [Column("tags")] public Dictionary<string, string[]>? Tags { get; init; }
    [Column("groups")] public IReadOnlyDictionary<string, IReadOnlyList<LineItem>> Groups { get; init; } = new Dictionary<string, IReadOnlyList<LineItem>>();
    [Column("codes")] public ImmutableArray<int> Codes { get; init; } = [];
    [Column("placed_at")] public DateTime PlacedAt { get; init; }
    [Column("priority", Type = DataType.Integer)] public long Priority { get; init; }
    [Column("serial")] public ulong Serial { get; init; }
    [Column("ratio", Type = DataType.Float)] public double Ratio { get; init; }
    [Column("notes")] public string? Notes { get; init; }
    [Column("extra")] public object? Extra { get; init; }
    [Column("payload")] public JsonElement Payload { get; init; }
}

/// <summary>Tensors: a multi-dimensional array, a jagged array with a fixed and a variable inner dimension, strings.</summary>
[ModelInput]
public partial record ImageBatch(
    [property: Tensor(-1, 28, 28, Name = "images")] byte[,,] Images,
    [property: Tensor(-1, 3, Name = "boxes")] float[][] Boxes,
    [property: Tensor(-1, -1, Name = "tokens")] int[][] Tokens,
    [property: Tensor(-1, Name = "labels")] string[] Labels);

/// <summary>A struct contract: no null instance, the same checks.</summary>
[ModelInput]
public partial record struct SensorReading([property: Column("sensor")] string Sensor, [property: Column("value")] double Value);

/// <summary>Params: a null param is valid (it takes its default); a null list item is not.</summary>
[ModelParams]
public partial record SearchParams
{
    [Column("top_k")] public long TopK { get; init; } = 5;
    [Column("stop")] public string? Stop { get; init; }
    [Column("filters")] public List<string> Filters { get; init; } = ["a"];
}
