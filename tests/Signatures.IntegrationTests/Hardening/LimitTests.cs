using System.Text;
using Signatures.Enforcement;
using Signatures.IntegrationTests.Reading;

namespace Signatures.IntegrationTests.Hardening;

/// <summary>
/// The limits on keys and columns, string length and params: one rule for the dynamic enforcer and the generated reader
/// (the same parse-stage rejection from both), with defaults no real serving request reaches.
/// </summary>
public class LimitTests
{
    private static string Both(string body, EnforcementOptions? options, string contentType = "application/json")
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        string typed = MixedModel.ReadRequest(bytes, contentType, options).ToNormalizedJson();
        string dynamic = RequestEnforcer.Enforce(MixedModel.Signature, bytes, contentType, options).ToJson();
        Assert.Equal(dynamic, typed);
        return typed;
    }

    private static void AssertParseRejection(string document, string message)
    {
        Assert.StartsWith("{\"ok\": false, \"stage\": \"parse\"", document, StringComparison.Ordinal);
        Assert.Contains(message, document, StringComparison.Ordinal);
    }

    private const string Record = """{"id": 1, "count": 2, "score": 0.5, "name": "a"}""";

    private static string WithParams(string parameters) => "{\"dataframe_records\": [" + Record + "], \"params\": " + parameters + "}";

    [Fact]
    public void The_defaults_are_far_beyond_a_real_request()
    {
        Assert.Equal(100_000, EnforcementOptions.Default.MaxKeys);
        Assert.Equal(16 * 1024 * 1024, EnforcementOptions.Default.MaxStringBytes);
        Assert.Equal(1_000, EnforcementOptions.Default.MaxParams);
        Assert.StartsWith("{\"ok\": true", Both(WithParams("""{"top_k": 5}"""), null), StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_with_more_keys_than_the_limit_is_refused()
    {
        var options = new EnforcementOptions { MaxKeys = 3 };
        AssertParseRejection(Both($$"""{"dataframe_records": [{{Record}}]}""", options), "an object with more than 3 keys (the limit)");
        AssertParseRejection(Both("""{"dataframe_records": [{"id": 1}], "a": 1, "b": 2, "c": 3}""", options), "more than 3 keys");
        Assert.StartsWith("{\"ok\": true", Both($$"""{"dataframe_records": [{{Record}}]}""", new EnforcementOptions { MaxKeys = 4 }), StringComparison.Ordinal);

        // The default: one object of 100,001 keys.
        string keys = string.Join(", ", Enumerable.Range(0, 100_001).Select(i => $"\"k{i}\": 0"));
        AssertParseRejection(Both("{\"dataframe_records\": [" + Record + "], \"other\": {" + keys + "}}", null), "more than 100000 keys");
    }

    [Fact]
    public void More_columns_than_the_limit_are_refused_however_they_arrive()
    {
        var options = new EnforcementOptions { MaxKeys = 4 };
        // Records may each bring new keys: the columns of the whole request count.
        AssertParseRejection(Both("""{"dataframe_records": [{"id": 1, "a": 1}, {"id": 2, "b": 1}, {"id": 3, "c": 1}, {"id": 4, "d": 1}]}""", options), "more than 4 columns (the limit)");
        AssertParseRejection(Both("""{"dataframe_split": {"columns": ["id", "count", "score", "name", "flag"], "data": []}}""", options), "more than 4 columns");
        AssertParseRejection(Both("id,count,score,name,flag\n1,2,0.5,a,true\n", options, "text/csv"), "more than 4 columns");
    }

    [Fact]
    public void A_string_longer_than_the_limit_is_refused()
    {
        // Keys count too: "dataframe_records" is 17 bytes.
        var options = new EnforcementOptions { MaxStringBytes = 20 };
        string u21 = "abcdefghijklmnopqrstu";
        AssertParseRejection(Both("""{"dataframe_records": [{"id": 1, "count": 2, "score": 0.5, "name": "abcdefghijklmnopqrstu"}]}""", options), "a string of 21 bytes, more than the limit of 20");
        AssertParseRejection(Both("""{"dataframe_records": [{"id": 1, "count": 2, "score": 0.5, "name": "a", "abcdefghijklmnopqrstu": 0}]}""", options), "a string of 21 bytes");
        AssertParseRejection(Both("{\"dataframe_records\": [{\"id\": 1, \"count\": 2, \"score\": 0.5, \"name\": \"" + string.Concat(Enumerable.Repeat("\\u00e9", 4)) + "\"}]}", options), "a string of 24 bytes");
        AssertParseRejection(Both("id,count,score,name\n1,2,0.5," + u21 + "\n", options, "text/csv"), "a string of 21 bytes");
        AssertParseRejection(Both("id,count,score,name\n1,2,0.5,\"abc,defghijklmnopqrstu\"\n", options, "text/csv"), "a string of 22 bytes");
        Assert.StartsWith("{\"ok\": true", Both("""{"dataframe_records": [{"id": 1, "count": 2, "score": 0.5, "name": "abcdefghijklmnopqrst"}]}""", options), StringComparison.Ordinal);
    }

    [Fact]
    public void More_params_than_the_limit_are_refused()
    {
        var options = new EnforcementOptions { MaxParams = 2 };
        AssertParseRejection(Both(WithParams("""{"top_k": 1, "label": "x", "other": 3}"""), options), "more than 2 params (the limit)");
        Assert.StartsWith("{\"ok\": true", Both(WithParams("""{"top_k": 1, "label": "x"}"""), options), StringComparison.Ordinal);
        string many = string.Join(", ", Enumerable.Range(0, 1_001).Select(i => $"\"p{i}\": {i}"));
        AssertParseRejection(Both(WithParams("{" + many + "}"), null), "more than 1000 params");
    }
}
