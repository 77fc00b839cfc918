using System.Text;
using System.Text.Json;
using Signatures.Enforcement;
using Signatures.Writing;

namespace Signatures.Tests.Enforcement;

/// <summary>
/// Nothing that reads or writes a request spends thread stack in proportion to the request's depth: values deeper than
/// any limit allows are written iteratively, skipped values keep every check, and a caller's value that contains itself
/// is an exception the caller can catch. Each runs on a small thread: a stack overflow would end the test host.
/// </summary>
public class StackDepthTests
{
    private static void OnThread(int stackBytes, Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, stackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new Xunit.Sdk.XunitException("The action failed on the small thread: " + failure);
    }

    [Fact]
    public void The_document_writer_writes_values_nested_far_deeper_than_any_limit_on_a_512_KB_stack()
    {
        // 16,000 levels overflowed the recursive writer on a 1 MB stack; arrays and objects alternate.
        const int Depth = 16_000;
        object? value = 1L;
        for (int i = 0; i < Depth; i++)
        {
            value = i % 2 == 0 ? new object?[] { value, null } : new ObjectValue([new("k", value)]);
        }
        string? written = null;
        OnThread(512 * 1024, () =>
        {
            var builder = new StringBuilder();
            NormalizedRequestWriter.WriteValue(builder, value);
            written = builder.ToString();
        });

        var expected = new StringBuilder();
        for (int i = Depth - 1; i >= 0; i--) expected.Append(i % 2 == 0 ? "[" : "{\"k\": ");
        expected.Append('1');
        for (int i = 0; i < Depth; i++) expected.Append(i % 2 == 0 ? ", null]" : "}");
        Assert.Equal(expected.ToString(), written);
    }

    [Fact]
    public void Tensors_of_every_rank_print_their_nested_lists()
    {
        var signature = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"int64\", \"shape\": [-1, 2, 0]}}]"}""");
        Assert.Equal("""{"ok": true, "input": {"kind": "tensor", "dtype": "int64", "shape": [2, 2, 0], "data": [[[], []], [[], []]]}, "params": null, "warnings": []}""",
            RequestEnforcer.Enforce(signature, """{"inputs": [[[], []], [[], []]]}"""u8).ToJson());
        var matrix = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"int64\", \"shape\": [-1, 3]}}]"}""");
        Assert.Equal("""{"ok": true, "input": {"kind": "tensor", "dtype": "int64", "shape": [2, 3], "data": [[1, 2, 3], [4, 5, 6]]}, "params": null, "warnings": []}""",
            RequestEnforcer.Enforce(matrix, """{"inputs": [[1, 2, 3], [4, 5, 6]]}"""u8).ToJson());
    }

    [Theory]
    [InlineData("""{"dataframe_records": [{"x": "a"}], "ignored": [[{"a": {"k": 1}, "k": [{"x": 1, "y": 2, "x": 3}]}]]}""", "duplicate key 'x'")]
    [InlineData("""{"dataframe_records": [{"x": "a"}], "ignored": [[{"a": 1, "b": 2, "a": 3}]]}""", "duplicate key 'a'")]
    [InlineData("""{"dataframe_records": [{"x": "a"}], "ignored": [[{"a": 1}, {"a": 2}], [1, 2}]}""", "expected ',' or ']'")]
    [InlineData("""{"dataframe_records": [{"x": "a"}], "ignored": [[[[[[[1]]]]]]]}""", "levels deep (the limit)")]
    public void Skipped_values_keep_every_check(string body, string problem)
    {
        var signature = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"string\", \"name\": \"x\", \"required\": true}]"}""");
        EnforcementResult result = RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes(body), options: new EnforcementOptions { MaxDepth = 7 });
        Assert.Equal(RejectionStage.Parse, result.Rejection!.Stage);
        Assert.Contains(problem, result.Rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_value_as_deep_as_the_limit_allows_is_accepted()
    {
        var signature = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"string\", \"name\": \"x\", \"required\": true}]"}""");
        string deep = new string('[', 990) + "{\"a\": 1, \"b\": [2]}" + new string(']', 990);
        EnforcementResult result = RequestEnforcer.Enforce(signature, Encoding.UTF8.GetBytes($$"""{"dataframe_records": [{"x": "a"}], "ignored": {{deep}}}"""),
            options: new EnforcementOptions { MaxDepth = EnforcementOptions.MaxDepthLimit });
        Assert.True(result.IsAccepted, result.ToJson());
    }

    [Fact]
    public void An_any_value_that_contains_itself_is_an_exception_the_caller_can_catch()
    {
        var cycle = new List<object?>();
        cycle.Add(cycle);
        Exception? caught = null;
        OnThread(256 * 1024, () =>
        {
            using var writer = new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { MaxDepth = int.MaxValue });
            caught = Record.Exception(() => JsonValues.WriteAny(writer, cycle));
        });
        Assert.IsType<InsufficientExecutionStackException>(caught);
    }
}
