using Signatures.Examples;

namespace Signatures.PackageTests;

/// <summary>
/// Build-time emission from the package alone (buildTransitive/Signatures.Emit.targets running tools/cli/): a consumer
/// built against the feed has <c>signatures/&lt;Namespace.Class&gt;/</c> beside its output with MLflow's texts, and
/// building it again writes nothing.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class EmissionTests(PackageFeed feed)
{
    [Fact]
    public void The_build_writes_the_signature_files_and_the_declared_example()
    {
        ConsumerProject consumer = feed.Built("Tabular");
        string folder = consumer.PathOf("bin/Release/net10.0/signatures/Tabular.TextModel");
        ExpectedSignature expected = ExpectedSignature.Tabular();

        Assert.Equal(expected.DictJson + "\n", File.ReadAllText(Path.Combine(folder, "signature.json")));
        Assert.Equal(expected.MLmodelYaml, File.ReadAllText(Path.Combine(folder, "signature.yaml")));
        // The same rows given to the runtime's own example writer, not through the generated code.
        InputExampleFiles example = InputExample.DataFrame(["prompt"], [["hi"], ["there"]]).Write();
        Assert.Equal(example.InputExampleJson, File.ReadAllText(Path.Combine(folder, InputExampleFiles.InputExampleFileName)));
        Assert.Equal(example.ServingInputExampleJson, File.ReadAllText(Path.Combine(folder, InputExampleFiles.ServingInputExampleFileName)));
    }

    [Fact]
    public void A_class_without_an_example_gets_no_example_files()
    {
        string folder = feed.Built("Tensor").PathOf("bin/Release/net10.0/signatures");
        string[] classes = Directory.GetDirectories(folder);

        Assert.NotEmpty(classes);
        Assert.All(classes, c => Assert.True(File.Exists(Path.Combine(c, "signature.json")), c));
        Assert.All(classes, c => Assert.False(File.Exists(Path.Combine(c, InputExampleFiles.InputExampleFileName)), c));
    }

    [Fact]
    public void A_second_build_writes_nothing()
    {
        ConsumerProject consumer = feed.Built("Tabular");
        string folder = consumer.PathOf("bin/Release/net10.0/signatures");
        Dictionary<string, (DateTime Time, byte[] Bytes)> before = Snapshot(folder);

        consumer.Build().EnsureSuccess();

        Dictionary<string, (DateTime Time, byte[] Bytes)> after = Snapshot(folder);
        Assert.Equal(4, before.Count);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach ((string path, (DateTime time, byte[] bytes)) in before)
        {
            Assert.True(time == after[path].Time, $"the second build rewrote {path}");
            Assert.Equal(bytes, after[path].Bytes);
        }
    }

    private static Dictionary<string, (DateTime Time, byte[] Bytes)> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (File.GetLastWriteTimeUtc(f), File.ReadAllBytes(f)), StringComparer.Ordinal);
}
