namespace Signatures.PackageTests;

/// <summary>
/// Consumers published trimmed and NativeAOT-compiled: no trim or AOT warning (each one listed, not summarized per
/// assembly), and the published program prints exactly what the framework-dependent build prints.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PublishTests(PackageFeed feed)
{
    [Theory]
    [InlineData("Tabular")]
    [InlineData("Tensor")]
    public void A_trimmed_publish_has_no_trim_warning_and_runs(string consumer)
    {
        ConsumerProject built = feed.Built(consumer);

        (ProcessOutput publish, string folder) = built.Publish("trimmed", "--self-contained", "-p:PublishTrimmed=true", "-p:TrimmerSingleWarn=false");

        AssertPublishedCleanly(publish);
        AssertRunsAsBuilt(built, folder, consumer);
    }

    [NativeAotFact]
    public void A_NativeAOT_publish_has_no_AOT_warning_and_runs_Tabular() => NativeAot("Tabular");

    [NativeAotFact]
    public void A_NativeAOT_publish_has_no_AOT_warning_and_runs_Tensor() => NativeAot("Tensor");

    private void NativeAot(string consumer)
    {
        ConsumerProject built = feed.Built(consumer);

        (ProcessOutput publish, string folder) = built.Publish("aot", "-p:PublishAot=true", "-p:TrimmerSingleWarn=false");

        AssertPublishedCleanly(publish);
        AssertRunsAsBuilt(built, folder, consumer);
    }

    private static void AssertPublishedCleanly(ProcessOutput publish)
    {
        Assert.True(publish.ExitCode == 0, publish.All);
        Assert.DoesNotContain(": warning ", publish.All, StringComparison.Ordinal);
    }

    private static void AssertRunsAsBuilt(ConsumerProject built, string publishFolder, string consumer)
    {
        byte[] body = ConsumerTests.Body(consumer);
        string expected = built.RunBuilt(body).EnsureSuccess().StandardOutput;

        ProcessOutput published = built.RunPublished(publishFolder, body).EnsureSuccess();

        Assert.Contains("--- typed", expected, StringComparison.Ordinal);
        Assert.Equal(expected, published.StandardOutput);
    }
}
