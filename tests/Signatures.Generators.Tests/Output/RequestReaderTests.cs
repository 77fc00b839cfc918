using Signatures.Generators.Tests.Infrastructure;

namespace Signatures.Generators.Tests.Output;

/// <summary>The typed request parser (<c>ReadRequest</c>, in <c>{Signature}.Request.g.cs</c>): generated for every member
/// type a request can fill, compiling without a warning; left out (and only it) when a member cannot be read into its C#
/// type or a contract cannot be built from its members.</summary>
public class RequestReaderTests
{
    [Fact]
    public void Every_kind_of_member_compiles_cleanly()
    {
        var result = GeneratorHarness.Run("""
            using System;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using System.Numerics;
            using Signatures;
            namespace R;

            public sealed record Inner(string Name, double? Weight, List<long> Ids);
            public readonly record struct Point(double X, double? Y);

            [ModelInput]
            public partial record Row(
                bool A, sbyte B, short C, int D, byte E, ushort F, uint G, long H, nint I, ulong J, nuint K,
                Half L, float M, double N, decimal O, string P, char Q, Guid R, DateTime S, DateOnly T, DateTimeOffset U,
                byte[] V, ReadOnlyMemory<byte> W, Int128 X, UInt128 Y, BigInteger Z,
                bool? A2, int? D2, long? H2, float? M2, double? N2, string? P2, DateTime? S2, byte[]? V2, byte? E2, char? Q2,
                double[] Arr, List<float> List, IReadOnlyList<int> RoList, IEnumerable<string> Seq, ImmutableArray<long> Imm,
                List<double?>? Opt, int[][] Jagged, Dictionary<string, long> Map, IReadOnlyDictionary<string, List<string>>? RoMap,
                Inner Obj, Inner? OptObj, Point Pt, Point? OptPt, List<Inner> Objects, object Any, object? OptAny,
                [property: Column(Type = DataType.Long)] int Widened, [property: Column(Type = DataType.Double)] float Wider);

            [ModelParams]
            public partial record Knobs
            {
                public long TopK { get; init; } = 2;
                public byte Small { get; init; } = 1;
                public double[] Weights { get; init; } = [1, 2.5];
                public List<string> Stops { get; init; } = ["a"];
                public string? Label { get; init; }
                public DateOnly Since { get; init; } = new(2024, 2, 29);
                public Point Where { get; init; } = new(1, 2);
            }

            [ModelInput]
            public partial record Tensors(
                [property: Tensor(-1, 28, 28)] byte[,,] Images,
                [property: Tensor(-1, 2)] float[][] Boxes,
                [property: Tensor(-1)] string[] Labels,
                [property: Tensor] double Scale);

            [ModelSignature<Row, double, Knobs>] public static partial class Everything;
            [ModelSignature<Tensors, NoSchema>] public static partial class Images;
            [ModelSignature<double[], string>] public static partial class Embed;
            [ModelSignature<string, string, Knobs>] public static partial class Text;
            """);
        Assert.Equal(
            ["R.Embed.Request.g.cs", "R.Everything.Request.g.cs", "R.Images.Request.g.cs", "R.Text.Request.g.cs"],
            result.Sources.Keys.Where(k => k.EndsWith(".Request.g.cs", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("an optional column of a non-nullable value type", "[ModelInput] public partial record C([property: Column(Required = false)] long A);")]
    [InlineData("a JsonElement member", "[ModelInput] public partial record C(System.Text.Json.JsonElement A);")]
    [InlineData("a member whose C# type cannot take the column's values", "[ModelInput] public partial record C([property: Column(Type = DataType.Long)] string A);")]
    [InlineData("a computed member", "[ModelInput] public partial record C { public long A { get; init; } public long B => A * 2; }")]
    [InlineData("a member with a private setter", "[ModelInput] public partial class C { public long A { get; private set; } }")]
    [InlineData("no public constructor", "[ModelInput] public partial class C { private C() { } public long A { get; set; } }")]
    [InlineData("a required member left out of the schema", "[ModelInput] public partial class C { public long A { get; set; } [SignatureIgnore] public required long B { get; set; } }")]
    [InlineData("a tensor whose DType its element type does not hold", "[ModelInput] public partial record C([property: Tensor(-1, DType = \"float64\")] float[] A);")]
    [InlineData("ReadRequest taken", "[ModelInput] public partial record C(long A); public static partial class S { public static int ReadRequest; }")]
    public void A_signature_whose_input_cannot_be_read_gets_no_reader(string why, string declaration)
    {
        string source = "using Signatures;\nnamespace R;\n" + declaration + "\n[ModelSignature<C, NoSchema>] public static partial class S;";
        var result = GeneratorHarness.Run(source);
        Assert.True(result.Sources.ContainsKey("R.S.Signature.g.cs"), why + ": the signature itself is generated");
        Assert.False(result.Sources.ContainsKey("R.S.Request.g.cs"), why);
    }

    [Fact]
    public void Internal_contracts_get_an_internal_reader()
    {
        var result = GeneratorHarness.Run("""
            using Signatures;
            namespace R;
            [ModelInput] internal partial record C(long A);
            [ModelSignature<C, NoSchema>] public static partial class S;
            """);
        Assert.Contains("internal static global::Signatures.Requests.ModelRequest<global::R.C[]> ReadRequest(", result.Sources["R.S.Request.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_private_to_another_type_gets_no_reader()
    {
        var result = GeneratorHarness.Run("""
            using Signatures;
            namespace R;
            public partial class Holder { [ModelInput] private partial record C(long A); }
            """);
        Assert.DoesNotContain(result.Sources.Keys, k => k.EndsWith(".Request.g.cs", StringComparison.Ordinal));
    }
}
