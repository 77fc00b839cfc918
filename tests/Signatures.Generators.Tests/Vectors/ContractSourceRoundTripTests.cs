using System.Text.Json.Nodes;
using Signatures.Generators.Tests.Infrastructure;
using Signatures.Tests.Vectors;

namespace Signatures.Generators.Tests.Vectors;

/// <summary>Schema first, round trip: for every signature in the MLflow vectors that C# can express, the contracts
/// <see cref="ContractSource"/> writes compile, and the generator turns them back into MLflow's exact
/// <c>to_dict()</c> JSON and MLmodel YAML. The ones C# cannot express give a reason, and are listed with it in
/// docs/artifacts.md.</summary>
public class ContractSourceRoundTripTests
{
    public static IEnumerable<object[]> Vectors() => VectorFiles.Read("schema_json.jsonl");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Written_contracts_generate_MLflow_s_exact_signature_or_a_documented_reason(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        ModelSignature signature = ModelSignature.FromDictJson(vector["signature_dict"]!.ToJsonString());
        if (!ContractSource.TryWrite(signature, "RoundTrip.Models", "Sig", out string source, out string reason))
        {
            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.True(InexpressibleSection().Contains($"`{id}`", StringComparison.Ordinal),
                $"{id} cannot be written as C# ({reason}), but docs/artifacts.md does not list it");
            return;
        }
        Assert.False(InexpressibleSection().Contains($"`{id}`", StringComparison.Ordinal), $"{id} is expressible but listed as not in docs/artifacts.md");

        var assembly = GeneratorHarness.Run(source).Load();
        Type sig = GeneratedMembers.Type(assembly, "RoundTrip.Models.Sig");
        Assert.Equal(signature.ToDictJson(), GeneratedMembers.Const(sig, "SignatureJson"));
        Assert.Equal(vector["mlmodel_yaml_block"]!.GetValue<string>(), GeneratedMembers.Const(sig, "SignatureYaml"));
    }

    [Fact]
    public void Most_vectors_are_expressible()
    {
        int expressible = Vectors().Count(row =>
            ContractSource.TryWrite(ModelSignature.FromDictJson(JsonNode.Parse((string)row[1])!["signature_dict"]!.ToJsonString()), "N", "S", out _, out _));
        Assert.True(expressible >= 20, $"only {expressible} vectors are expressible");
    }

    [Fact]
    public void A_project_naming_policy_does_not_change_the_written_contracts()
    {
        ModelSignature signature = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"double\", \"name\": \"sepal length (cm)\", \"required\": true}, {\"type\": \"long\", \"name\": \"petal_count\", \"required\": false}]", "outputs": "[{\"type\": \"long\", \"required\": true}]", "params": null}""");
        string source = ContractSource.Write(signature, "Iris", "IrisModel");
        var assembly = GeneratorHarness.Run(source, new Dictionary<string, string> { ["SignaturesColumnNaming"] = "CamelCase" }).Load();
        Assert.Equal(signature.ToDictJson(), GeneratedMembers.Const(GeneratedMembers.Type(assembly, "Iris.IrisModel"), "SignatureJson"));
    }

    [Fact]
    public void Names_that_are_not_CSharp_identifiers_are_refused()
    {
        ModelSignature signature = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"long\", \"required\": true}]", "outputs": null, "params": null}""");
        Assert.Throws<ArgumentException>(() => ContractSource.Write(signature, "Models", "1Model"));
        Assert.Throws<ArgumentException>(() => ContractSource.Write(signature, "Models..Iris", "Model"));
    }

    private static string InexpressibleSection()
    {
        string text = File.ReadAllText(Path.Combine(VectorFiles.RepoRoot(), "docs", "artifacts.md"));
        int start = text.IndexOf("### Signatures C# cannot express", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/artifacts.md has no '### Signatures C# cannot express' section");
        int end = text.IndexOf("\n#", start + 4, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }
}
