using Signatures.Generators.Tests.Infrastructure;

namespace Signatures.Generators.Tests.Output;

/// <summary>The generated files, compared with reviewed baselines (and compiled without warnings by the harness).</summary>
public class BaselineTests
{
    [Fact]
    public void Design_example() => Baselines.Verify(nameof(Design_example), GeneratorHarness.Run(DesignExample.Source));

    [Fact]
    public void Namespaces_nesting_and_type_kinds() => Baselines.Verify(nameof(Namespaces_nesting_and_type_kinds), GeneratorHarness.Run("""
        using Signatures;

        [ModelInput]
        public partial record struct GlobalInput(long Id);

        namespace Outer.Inner
        {
            public static partial class Holder
            {
                [ModelOutput]
                internal partial class Scores
                {
                    public double Score { get; set; }
                    public string? Label = null;
                }

                public partial struct Deeper
                {
                    [ModelInput]
                    private partial struct @event
                    {
                        public bool Flag { get; init; }
                    }
                }

                [ModelSignature<global::GlobalInput, Scores>]
                internal static partial class Ranker;
            }
        }
        """));

    [Fact]
    public void Complex_columns() => Baselines.Verify(nameof(Complex_columns), GeneratorHarness.Run("""
        using System;
        using System.Collections.Generic;
        using Signatures;

        namespace Shop;

        public sealed record LineItem(string Sku, long Qty, double? Price);

        [ModelInput]
        public partial class Order
        {
            public required string Customer { get; init; }
            public IReadOnlyList<LineItem> Items { get; init; } = [];
            public Dictionary<string, string[]>? Tags { get; init; }
            public DateTime PlacedAt { get; init; }
            [Column(Type = DataType.Long)] public int Priority { get; init; }
            [Column("notes", Required = false)] public string Notes { get; init; } = "";
            public object? Extra { get; init; }
            [SignatureIgnore] public string Internal { get; init; } = "";
        }

        [ModelSignature<Order, double[]>]
        public static partial class Pricing;
        """));

    [Fact]
    public void Params_defaults() => Baselines.Verify(nameof(Params_defaults), GeneratorHarness.Run("""
        using System;
        using System.Collections.Generic;
        using Signatures;

        namespace Llm;

        public sealed record Sampling(double Temperature, long? Seed = null);

        [ModelParams]
        public partial record ChatParams(long MaxTokens = 256, bool Stream = false)
        {
            public float TopP { get; init; } = 0.9f;
            public double Penalty { get; init; } = 1;
            public string? Stop { get; init; }
            public List<string> Tools { get; init; } = new() { "search", "calc" };
            public DateOnly Cutoff { get; init; } = new(2024, 6, 1);
            public Sampling Sampling { get; init; } = new(0.7);
        }

        [ModelSignature<string, string, ChatParams>]
        public static partial class Chat;
        """));

    [Fact]
    public void Project_naming_from_MSBuild() => Baselines.Verify(nameof(Project_naming_from_MSBuild), GeneratorHarness.Run("""
        using Signatures;

        namespace Naming;

        public record Nested(int InnerValue);

        [ModelInput]
        public partial record SnakeByProject(double PetalWidth, Nested NestedThing, [property: Column("AsWritten")] long Kept);

        [ModelOutput(Naming = ColumnNaming.CamelCase)]
        public partial record CamelByContract(double PredictedLabel);

        [ModelParams]
        public partial record Knobs(long TopK = 1);

        [ModelSignature<SnakeByProject, CamelByContract, Knobs>]
        public static partial class Model;
        """, new Dictionary<string, string> { ["SignaturesColumnNaming"] = "SnakeCase" }));

    [Fact]
    public void Validators_and_writers() => Baselines.Verify(nameof(Validators_and_writers), GeneratorHarness.Run("""
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Numerics;
        using System.Text.Json;
        using Signatures;

        namespace Checks;

        public record struct Point(double X, double Y);

        [ModelInput]
        public partial record struct Shapes(
            [property: Tensor(-1, 2, -1)] float[][,] Mixed,
            [property: Tensor] double? Scalar,
            [property: Tensor(-1, DType = "float64")] double?[] NullableElements,
            [property: Tensor(-1, DType = "object")] object[] Objects,
            [property: Tensor(2, 2)] string[,] Words);

        [ModelOutput]
        public partial class Everything
        {
            public IReadOnlyDictionary<string, int?> Counts { get; init; } = new Dictionary<string, int?>();
            public IDictionary<string, string?> Labels { get; init; } = new Dictionary<string, string?>();
            public ImmutableArray<string>? Names { get; init; }
            public Point Origin { get; init; }
            public Point? Target { get; init; }
            public IEnumerable<long[]> Batches { get; init; } = [];
            public long @class { get; init; }
            [Column(Type = DataType.Long)] public double Whole { get; init; }
            [Column(Type = DataType.Datetime)] public string When { get; init; } = "";
            [Column(Type = DataType.Integer)] public bool Flag { get; init; }
            [Column(Type = DataType.Float)] public decimal Money { get; init; }
            [Column(Type = DataType.Integer)] public Half Small { get; init; }
            public Int128 Huge { get; init; }
            public UInt128 HugeUnsigned { get; init; }
            public BigInteger Big { get; init; }
            public nuint Native { get; init; }
            public JsonElement? Json { get; init; }
        }
        """));
}
