namespace Signatures.PackageTests;

/// <summary>The packed analyzers speak in a consumer's build (also about a model artifact given as AdditionalFiles), and
/// the packed code fixes apply with <c>dotnet format</c>.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class AnalyzerAndCodeFixTests(PackageFeed feed)
{
    private const string HelpLink = "https://github.com/signatures-dotnet/Signatures/blob/main/docs/diagnostics/SIG0101.md";

    [Fact]
    public void A_lossy_member_is_a_SIG0101_build_warning_with_its_help_link()
    {
        ProcessOutput build = feed.Copy("Lossy").Build().EnsureSuccess();

        string warning = Assert.Single(build.All.Split('\n').Where(l => l.Contains("SIG0101", StringComparison.Ordinal)).Distinct());
        Assert.Contains("Contracts.cs(", warning, StringComparison.Ordinal);
        Assert.Contains(": warning SIG0101:", warning, StringComparison.Ordinal);
        Assert.Contains("'Order.Amount'", warning, StringComparison.Ordinal);
        Assert.Contains(HelpLink, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Dotnet_format_applies_the_SIG0101_code_fix()
    {
        ConsumerProject lossy = feed.Copy("Lossy");
        lossy.Build().EnsureSuccess();

        feed.Dotnet(lossy.Folder, "format", "analyzers", "--diagnostics", "SIG0101", "--severity", "warn", "--no-restore").EnsureSuccess();

        string fixedSource = File.ReadAllText(lossy.PathOf("Contracts.cs"));
        Assert.Contains("public partial record Order(string Customer, double Amount);", fixedSource, StringComparison.Ordinal);
        ProcessOutput rebuild = lossy.Build().EnsureSuccess();
        Assert.DoesNotContain("SIG0101", rebuild.All, StringComparison.Ordinal);
    }

    [Fact]
    public void The_packed_artifact_analyzer_reads_the_MLmodel_given_as_AdditionalFiles()
    {
        ProcessOutput build = feed.Copy("Drifted").Build().EnsureSuccess();

        string[] lines = build.All.Split('\n');
        string missingFromModel = Assert.Single(lines.Where(l => l.Contains(": warning SIG0403:", StringComparison.Ordinal)).Distinct());
        Assert.Contains("'Order.Amount'", missingFromModel, StringComparison.Ordinal);
        string missingFromContract = Assert.Single(lines.Where(l => l.Contains(": warning SIG0404:", StringComparison.Ordinal)).Distinct());
        Assert.Contains("'Region'", missingFromContract, StringComparison.Ordinal);
    }
}
