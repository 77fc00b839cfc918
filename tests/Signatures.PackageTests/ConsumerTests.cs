namespace Signatures.PackageTests;

/// <summary>
/// The consumers build from the packed package alone, and what they generate is MLflow's: the signature constants
/// equal MLflow's text, and the generated ReadRequest gives the runtime enforcer's document for a request.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ConsumerTests(PackageFeed feed)
{
    public static TheoryData<string> Consumers => new() { "Tabular", "Tensor" };

    [Theory]
    [MemberData(nameof(Consumers))]
    public void The_consumer_builds_without_a_warning(string consumer)
    {
        ProcessOutput build = feed.Built(consumer).FirstBuild!;

        Assert.DoesNotContain(": warning ", build.All, StringComparison.Ordinal);
        Assert.Contains("0 Warning(s)", build.All, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Consumers))]
    public void The_generated_signature_constants_equal_MLflow_text(string consumer)
    {
        ExpectedSignature expected = Expected(consumer);

        IReadOnlyDictionary<string, string> output = Run(consumer);

        Assert.Equal(expected.DictJson + "\n", output["signature_json"]);
        Assert.Equal(expected.MLmodelYaml, output["signature_yaml"]);
    }

    [Theory]
    [MemberData(nameof(Consumers))]
    public void The_generated_ReadRequest_gives_the_enforcer_document(string consumer)
    {
        string document = Expected(consumer).Enforced(Body(consumer));

        IReadOnlyDictionary<string, string> output = Run(consumer);

        Assert.StartsWith("{\"ok\": true", document, StringComparison.Ordinal);
        Assert.Equal(document + "\n", output["request"]);
    }

    [Fact]
    public void Tabular_rows_and_params_arrive_typed_with_the_declared_defaults()
    {
        string typed = Run("Tabular")["typed"];

        Assert.Equal(
            "rows: hi | there\nvalid: True\nparams: p_int=3 p_float=0.1 p_dt=2023-06-26T10:20:30 p_list=[2] p_obj.k=1\n",
            typed);
    }

    [Fact]
    public void Tensor_members_arrive_as_arrays_of_the_declared_shapes()
    {
        string typed = Run("Tensor")["typed"];

        Assert.Equal($"scalar: 1.5\nfixed: 3, ragged: 1x2\nimage: 1x224x224x3, last pixel {RequestBodies.ImageValue(223, 223, 2)}\nvalid: True\n", typed);
    }

    internal static ExpectedSignature Expected(string consumer) =>
        consumer == "Tabular" ? ExpectedSignature.Tabular() : ExpectedSignature.Tensor();

    internal static byte[] Body(string consumer) => consumer == "Tabular" ? RequestBodies.Tabular : RequestBodies.Tensor;

    private IReadOnlyDictionary<string, string> Run(string consumer) =>
        ConsumerOutput.Sections(feed.Built(consumer).RunBuilt(Body(consumer)).EnsureSuccess().StandardOutput);
}
