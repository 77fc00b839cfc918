using Signatures.Generators.Tests.Infrastructure;

namespace Signatures.Generators.Tests.Output;

public class SmokeTests
{
    [Fact]
    public void Design_example_generates_signatures_equal_to_the_runtime_serializer()
    {
        var result = GeneratorHarness.Run("""
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

            [ModelSignature<MnistInput, float[]>]
            public static partial class Mnist;
            """);
        foreach (var (k, v) in result.Sources) Console.WriteLine("==== " + k + "\n" + v);
        var assembly = result.Load();
        foreach (string name in new[] { "Demo.IrisModel", "Demo.Text2Text", "Demo.Mnist" })
        {
            var type = GeneratedMembers.Type(assembly, name);
            var signature = GeneratedMembers.Signature(assembly, name);
            Assert.Equal(signature.ToDictJson(), GeneratedMembers.Const(type, "SignatureJson"));
            Assert.Equal(signature.ToMLmodelYaml(), GeneratedMembers.Const(type, "SignatureYaml"));
        }
    }
}
