using System.Text;
using Signatures.Enforcement;
using Signatures.Requests;

namespace Signatures.IntegrationTests.Hardening;

/// <summary>
/// Deep bodies and extreme limits through the generated reader: invalid options are refused at the call, a body nested
/// deeper than the limit is a parse-stage rejection, and the documented maximum depth is read and printed on small
/// thread stacks (a stack overflow would end the test host, which no assertion could catch).
/// </summary>
public class DeepNestingTests
{
    private static byte[] AnyBody(int depth)
    {
        // {"dataframe_records": [{"payload": [[[...1...]]]}]}: the envelope holds 3 levels, the value the rest.
        int arrays = depth - 3;
        var text = new StringBuilder("{\"dataframe_records\": [{\"payload\": ");
        text.Append('[', arrays).Append('1').Append(']', arrays).Append("}]}");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public void The_crash_shape_is_an_argument_exception_at_the_call()
    {
        // An 'any' column, the typed reader, a limit far beyond what a stack holds, a body nested 50,000 deep.
        var options = new EnforcementOptions { MaxDepth = 1_000_000 };
        byte[] body = AnyBody(50_000);

        var error = Assert.ThrowsAny<ArgumentException>(() => AnyPayloadModel.ReadRequest(body, options: options));
        Assert.Contains("MaxDepth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_deeper_than_the_maximum_limit_is_a_parse_rejection()
    {
        var options = new EnforcementOptions { MaxDepth = EnforcementOptions.MaxDepthLimit };
        ModelRequest<AnyPayload[]> request = AnyPayloadModel.ReadRequest(AnyBody(50_000), options: options);

        Assert.False(request.IsAccepted);
        Assert.Equal(RejectionStage.Parse, request.Rejection!.Stage);
        Assert.Contains("more than 1000 levels deep", request.Rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(256 * 1024)]
    [InlineData(512 * 1024)]
    public void The_maximum_depth_is_read_and_printed_on_a_small_stack(int stackBytes)
    {
        var options = new EnforcementOptions { MaxDepth = EnforcementOptions.MaxDepthLimit };
        byte[] body = AnyBody(EnforcementOptions.MaxDepthLimit);
        string? typed = null, dynamic = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                ModelRequest<AnyPayload[]> request = AnyPayloadModel.ReadRequest(body, options: options);
                typed = request.ToNormalizedJson();
                dynamic = RequestEnforcer.Enforce(AnyPayloadModel.Signature, body, options: options).ToJson();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, stackBytes);
        thread.Start();
        thread.Join();

        Assert.Null(failure);
        Assert.StartsWith("{\"ok\": true", typed, StringComparison.Ordinal);
        Assert.Equal(dynamic, typed);
        Assert.Contains(new string('[', EnforcementOptions.MaxDepthLimit - 3) + "1", typed, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> DeepShapes() => new()
    {
        { "any", "{\"dataframe_records\": [{\"payload\": %}]}" },                    // the any value, read
        { "any", "{\"dataframe_records\": [{\"payload\": 1, \"unknown\": %}]}" },   // an extra column, skipped
        { "any", "{\"dataframe_split\": {\"data\": [[%]], \"columns\": [\"payload\"]}}" },
        { "any", "{\"inputs\": {\"payload\": [%]}}" },
        { "any", "{\"instances\": [%]}" },
        { "any", "{\"dataframe_records\": [{\"payload\": 1}], \"params\": {\"p\": %}}" },
        { "any", "{\"dataframe_records\": [{\"payload\": 1}], \"extra\": %}" },
        { "any", "{\"dataframe_records\": [{\"payload\": %" },                       // cut short
        { "tensor", "{\"inputs\": %}" },
        { "tensor", "{\"inputs\": {\"Values\": %}}" },
        { "tensor", "{\"instances\": %}" },
        { "tensor", "{\"dataframe_split\": {\"columns\": [\"Values\"], \"data\": [[%]]}}" },
    };

    [Theory]
    [MemberData(nameof(DeepShapes))]
    public void Every_deep_shape_is_read_or_refused_on_a_256_KB_stack(string model, string shape)
    {
        var options = new EnforcementOptions { MaxDepth = EnforcementOptions.MaxDepthLimit };
        ModelSignature signature = model == "any" ? AnyPayloadModel.Signature : TensorPayloadModel.Signature;
        foreach (int depth in new[] { EnforcementOptions.MaxDepthLimit - 5, EnforcementOptions.MaxDepthLimit + 1, 50_000 })
        {
            string nested = new string('[', depth) + "{\"k\": 1}" + new string(']', depth);
            byte[] body = Encoding.UTF8.GetBytes(shape.Replace("%", nested, StringComparison.Ordinal));
            string? typed = null, dynamic = null;
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    typed = model == "any"
                        ? AnyPayloadModel.ReadRequest(body, options: options).ToNormalizedJson()
                        : TensorPayloadModel.ReadRequest(body, options: options).ToNormalizedJson();
                    dynamic = RequestEnforcer.Enforce(signature, body, options: options).ToJson();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            }, 256 * 1024);
            thread.Start();
            thread.Join();

            Assert.Null(failure);
            Assert.NotNull(typed);
            Assert.Equal(dynamic, typed);
            // Within the limit nothing is refused for its depth: the small stack holds every reader at the maximum.
            Assert.DoesNotContain("stack", typed, StringComparison.Ordinal);
            if (depth > EnforcementOptions.MaxDepthLimit) Assert.Contains("levels deep (the limit)", typed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_deep_schema_is_read_to_its_depth_or_refused_for_the_stack_never_overflowing_it()
    {
        // Nested Array types recurse in the reader by the schema (not the request): the stack guard is what holds here.
        const int Levels = 500; // signatures nest at most 512 levels
        string type = "{\"type\": \"long\"}";
        for (int i = 0; i < Levels; i++) type = "{\"type\": \"array\", \"items\": " + type + "}";
        ModelSignature signature = null!;
        string? failure = null;
        string dict = new System.Text.Json.Nodes.JsonObject { ["inputs"] = "[" + type[..^1] + ", \"name\": \"a\", \"required\": true}]" }.ToJsonString();
        var reader = new Thread(() =>
        {
            try
            {
                signature = ModelSignature.FromDictJson(dict);
            }
            catch (Exception e)
            {
                failure = e.ToString();
            }
        }, 16 * 1024 * 1024);
        reader.Start();
        reader.Join();
        Assert.Null(failure);
        byte[] body = Encoding.UTF8.GetBytes("{\"dataframe_records\": [{\"a\": " + new string('[', Levels) + "1" + new string(']', Levels) + "}]}");
        var options = new EnforcementOptions { MaxDepth = EnforcementOptions.MaxDepthLimit };

        string Run(int stackBytes)
        {
            string? document = null;
            var thread = new Thread(() =>
            {
                try
                {
                    document = RequestEnforcer.Enforce(signature, body, options: options).ToJson();
                }
                catch (Exception e)
                {
                    failure = e.ToString();
                }
            }, stackBytes);
            thread.Start();
            thread.Join();
            Assert.Null(failure);
            return document!;
        }

        Assert.Equal("""{"ok": false, "stage": "parse", "error": "The body nests arrays and objects deeper than the reading thread's stack holds; flatten the request."}""", Run(256 * 1024));
        Assert.StartsWith("{\"ok\": true", Run(16 * 1024 * 1024), StringComparison.Ordinal);
    }
}
