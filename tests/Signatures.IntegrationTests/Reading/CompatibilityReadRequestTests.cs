using System.Text;
using Signatures.Enforcement;
using Signatures.IntegrationTests.Vectors;
using Signatures.Requests;

namespace Signatures.IntegrationTests.Reading;

/// <summary>The MLflow compatibility rules hold through the generated <c>ReadRequest</c> as through the enforcer:
/// records in <c>instances</c> with different keys, a bare value for a named column, nulls in required columns.</summary>
public class CompatibilityReadRequestTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Refused<T>(ModelRequest<T> request)
    {
        Assert.False(request.IsAccepted);
        Assert.Equal(RejectionStage.Inputs, request.Rejection!.Stage);
        return request.Rejection.Message;
    }

    [Fact]
    public void Instances_records_with_different_keys_are_refused()
    {
        const string records = """[{"a": 1, "b": "x", "c": 0.5}, {"a": 2, "b": "y"}]""";
        Assert.Contains("record 1 lacks 'c'", Refused(LongStringOptionalDoubleModel.ReadRequest(Utf8($$"""{"instances": {{records}}}"""))), StringComparison.Ordinal);
        Assert.Contains("record 1 has 'zzz' besides", Refused(LongStringOptionalDoubleModel.ReadRequest(Utf8("""{"instances": [{"a": 1, "b": "x"}, {"a": 2, "b": "y", "zzz": 1}]}"""))), StringComparison.Ordinal);
        Assert.Equal([new(1, "x", 0.5), new(2, "y", null)], LongStringOptionalDoubleModel.ReadRequest(Utf8($$"""{"dataframe_records": {{records}}}""")).Input);
        Assert.Equal([new(1, "x", 0.5), new(2, "y", null)], LongStringOptionalDoubleModel.ReadRequest(Utf8($$"""{"inputs": {{records}}}""")).Input);
    }

    [Theory]
    [InlineData("""{"inputs": "hello"}""")]
    [InlineData("""{"instances": "hello"}""")]
    public void A_bare_value_for_a_named_column_is_refused(string body) =>
        Assert.Contains("single value", Refused(StringXModel.ReadRequest(Utf8(body))), StringComparison.Ordinal);

    [Theory]
    [InlineData("""{"inputs": ["hello"]}""")]
    [InlineData("""{"instances": ["hello"]}""")]
    [InlineData("""{"inputs": {"x": "hello"}}""")]
    public void A_named_column_takes_a_list_or_its_name(string body) =>
        Assert.Equal([new StringX("hello")], StringXModel.ReadRequest(Utf8(body)).Input);

    [Fact]
    public void A_null_in_a_required_column_names_the_option_and_the_option_cannot_fill_a_non_nullable_member()
    {
        byte[] body = Utf8("""{"dataframe_records": [{"x": null}]}""");
        Assert.Contains("AllowNullsInRequiredColumns", Refused(StringXModel.ReadRequest(body)), StringComparison.Ordinal);
        var lenient = new EnforcementOptions { AllowNullsInRequiredColumns = true };
        Assert.Contains("C# type cannot hold", Refused(StringXModel.ReadRequest(body, options: lenient)), StringComparison.Ordinal);
        Assert.Contains("C# type cannot hold", Refused(DoubleXModel.ReadRequest(body, options: lenient)), StringComparison.Ordinal);
    }
}
