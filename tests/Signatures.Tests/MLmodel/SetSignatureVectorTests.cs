using System.Globalization;
using System.Text.Json.Nodes;
using Signatures.Models;
using Signatures.Tests.Vectors;
using Xunit;

namespace Signatures.Tests.MLmodel;

/// <summary>set_signature.jsonl: from <c>mlmodel_in</c>, the signature and the example info (and the clock at
/// <c>utc_now</c>), the writer gives MLflow's <c>mlmodel_out</c> byte for byte; MLflow's load failures fail too.</summary>
public class SetSignatureVectorTests
{
    public static IEnumerable<object[]> Rows() => VectorFiles.Read("set_signature.jsonl");

    [Theory]
    [MemberData(nameof(Rows))]
    public void MLmodel_is_written_as_MLflow_writes_it(string id, string line)
    {
        JsonNode v = JsonNode.Parse(line)!;
        Assert.False(string.IsNullOrEmpty(id));
        if (v["env"] is JsonObject) return; // Databricks emulation (DATABRICKS_RUNTIME_VERSION) is out of scope
        string input = v["mlmodel_in"]!.GetValue<string>();
        var clock = new FixedClock(v["utc_now"]?.GetValue<string>());
        if (v["expect"]!.GetValue<string>() == "error")
        {
            Assert.Throws<SignatureException>(() => Apply(v, MLmodelFile.Parse(input, clock)));
            return;
        }
        MLmodelFile file = MLmodelFile.Parse(input, clock);
        Apply(v, file);
        Assert.Equal(v["mlmodel_out"]!.GetValue<string>(), file.ToYaml());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void MLflow_output_is_a_fixed_point(string id, string line)
    {
        // Loading what MLflow wrote and saving it again changes nothing (MLflow's own save is idempotent).
        JsonNode v = JsonNode.Parse(line)!;
        Assert.False(string.IsNullOrEmpty(id));
        if (v["expect"]!.GetValue<string>() != "ok") return;
        string output = v["mlmodel_out"]!.GetValue<string>();
        Assert.Equal(output, MLmodelFile.Parse(output, new FixedClock(null)).ToYaml());
    }

    [Fact]
    public void Every_vector_line_is_checked()
    {
        // Guards against a silently empty or filtered vector file: the count is printed in the closing note.
        Assert.True(Rows().Count() >= 40);
    }

    private static string Apply(JsonNode v, MLmodelFile file)
    {
        file.SetSignature(v["signature_dict"] is JsonObject dict ? ModelSignature.FromDictJson(dict.ToJsonString()) : null);
        if (v["input_example_info"] is JsonObject info)
        {
            file.SetSavedInputExampleInfo(info.Select(e => new KeyValuePair<string, string>(e.Key, e.Value!.GetValue<string>())).ToList());
        }
        return file.ToYaml();
    }

    private sealed class FixedClock(string? utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow is null
            ? new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)
            : new DateTimeOffset(DateTime.Parse(utcNow, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);
    }
}
