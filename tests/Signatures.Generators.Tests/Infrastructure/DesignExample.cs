namespace Signatures.Generators.Tests.Infrastructure;

/// <summary>The contracts of DESIGN.md's "What a user writes", used by the baseline and the smoke tests.</summary>
internal static class DesignExample
{
    public const string Source = """
        using Signatures;

        namespace Demo;

        [ModelInput]
        public partial record IrisFeatures(
            [property: Column("sepal length (cm)")] double SepalLength,
            [property: Column("sepal width (cm)")] double SepalWidth,
            [property: Column("petal length (cm)")] double PetalLength,
            [property: Column("petal width (cm)")] double? PetalWidth);

        [ModelParams]
        public partial record GenerationParams
        {
            public long TopK { get; init; } = 2;
            public double Temperature { get; init; } = 0.62;
            public long[] BeginSuppressTokens { get; init; } = [1, 2, 3];
        }

        [ModelInput]
        public partial record MnistInput([property: Tensor(-1, 28, 28, 1)] byte[,,,] Images);

        [ModelSignature<IrisFeatures, long>]
        public static partial class IrisModel;

        [ModelSignature<string, string, GenerationParams>]
        public static partial class Text2Text;

        """;
}
