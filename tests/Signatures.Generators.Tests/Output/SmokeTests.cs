using Signatures.Generators.Tests.Infrastructure;

namespace Signatures.Generators.Tests.Output;

public class SmokeTests
{
    [Fact]
    public void Design_example_generates_signatures_equal_to_the_runtime_serializer()
    {
        var result = GeneratorHarness.Run(DesignExample.Source + """

            [ModelSignature<MnistInput, float[]>]
            public static partial class Mnist;
            """);
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
