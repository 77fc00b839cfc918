namespace Signatures.PackageTests;

/// <summary>
/// The ONNX build step from the package alone (buildTransitive/Signatures.Onnx.targets running tools/cli/
/// onnx-signature): a consumer's <c>SignaturesOnnxModel</c> gets its signature file in obj/, and a broken model is a
/// build error SIGB010 naming it.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class OnnxModelTests(PackageFeed feed)
{
    [Fact]
    public void A_model_gets_its_signature_file_and_a_broken_one_fails_the_build_with_its_path()
    {
        ConsumerProject consumer = feed.Copy("Tabular");
        File.Copy(PackageFeed.OnnxTestModel, consumer.PathOf("prep.onnx"));
        File.WriteAllText(consumer.PathOf("broken.onnx"), "not a model");
        string project = consumer.PathOf("Tabular.csproj");
        // The good model first: the step runs the models in order and stops at the first failure.
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", """
              <ItemGroup>
                <SignaturesOnnxModel Include="prep.onnx" />
                <SignaturesOnnxModel Include="broken.onnx" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal));

        ProcessOutput build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(consumer.PathOf("broken.onnx") + " : error SIGB010: ONNX model", build.All, StringComparison.Ordinal);
        Assert.Equal(OnnxModelFile.ReadSignature(PackageFeed.OnnxTestModel).ToDictJson() + "\n",
            File.ReadAllText(consumer.PathOf("obj/Release/net10.0/signatures/onnx/prep.onnx.signature.json")));
        Assert.False(File.Exists(consumer.PathOf("obj/Release/net10.0/signatures/onnx/broken.onnx.signature.json")));
    }
}
