using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Signatures.Enforcement;
using Signatures.IntegrationTests.Vectors;
using Signatures.Tests.Vectors;

namespace Signatures.IntegrationTests.Hardening;

/// <summary>
/// Options are checked the same way at every entry point (an <see cref="ArgumentException"/> at the call), and under any
/// valid options, however extreme, a bad body is a rejection: the generated reader never throws.
/// </summary>
public class OptionsTests
{
    public static TheoryData<string, EnforcementOptions> InvalidOptions() => new()
    {
        { "MaxDepth", new() { MaxDepth = 1_000_000 } },
        { "MaxDepth", new() { MaxDepth = 1 } },
        { "MaxBodyBytes", new() { MaxBodyBytes = 0 } },
        { "MaxRows", new() { MaxRows = -1 } },
        { "MaxTensorElements", new() { MaxTensorElements = -1 } },
        { "MaxReportedProblems", new() { MaxReportedProblems = 0 } },
        { "MaxKeys", new() { MaxKeys = 0 } },
        { "MaxStringBytes", new() { MaxStringBytes = -5 } },
        { "MaxParams", new() { MaxParams = 0 } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Every_entry_point_refuses_invalid_options_at_the_call(string property, EnforcementOptions options)
    {
        byte[] body = """{"dataframe_records": [{"payload": 1}]}"""u8.ToArray();
        var calls = new Action[]
        {
            () => options.Validate(),
            () => _ = new RequestEnforcer(AnyPayloadModel.Signature, options),
            () => RequestEnforcer.Enforce(AnyPayloadModel.Signature, body, options: options),
            () => AnyPayloadModel.ReadRequest(body, options: options),
            () => AnyPayloadModel.ReadRequest(body.AsMemory(), options: options),
            () => TensorPayloadModel.ReadRequest(body, options: options),
            () => Reading.MixedModel.ReadRequest(body, options: options),
        };
        foreach (Action call in calls)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.Equal(property, error.ParamName);
        }
    }

    private static readonly EnforcementOptions Defaults = EnforcementOptions.Default;

    // Each limit at its smallest valid value, a small one, its default or its largest.
    private static readonly Gen<EnforcementOptions> EdgeOptions = Gen.Select(
        Gen.Select(
            Gen.OneOf(2, 3, Defaults.MaxDepth, EnforcementOptions.MaxDepthLimit),
            Gen.OneOf(1, 64, Defaults.MaxBodyBytes, int.MaxValue),
            Gen.OneOf(1, 2, Defaults.MaxRows, int.MaxValue),
            Gen.OneOf(1L, 2L, Defaults.MaxTensorElements, long.MaxValue)),
        Gen.Select(
            Gen.OneOf(1, 2, Defaults.MaxReportedProblems, int.MaxValue),
            Gen.OneOf(1, 3, Defaults.MaxKeys, int.MaxValue),
            Gen.OneOf(1, 8, Defaults.MaxStringBytes, int.MaxValue),
            Gen.OneOf(1, 2, Defaults.MaxParams, int.MaxValue)),
        (a, b) => new EnforcementOptions
        {
            MaxDepth = a.Item1, MaxBodyBytes = a.Item2, MaxRows = a.Item3, MaxTensorElements = a.Item4,
            MaxReportedProblems = b.Item1, MaxKeys = b.Item2, MaxStringBytes = b.Item3, MaxParams = b.Item4,
        });

    private static readonly (byte[] Body, string ContentType)[] VectorBodies = VectorFiles.Read("enforcement.jsonl").Concat(VectorFiles.Read("params.jsonl"))
        .Select(row => JsonNode.Parse((string)row[1])!)
        .Select(v => (Encoding.UTF8.GetBytes(v["body"]!.GetValue<string>()), v["content_type"]!.GetValue<string>()))
        .ToArray();

    private static readonly Type[] Models = GeneratedReaders.All.OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Under_any_valid_options_the_generated_readers_never_throw()
    {
        Gen.Select(Gen.Int[0, VectorBodies.Length - 1], Gen.Int[0, Models.Length - 1], EdgeOptions, Gen.Int[0, 3], Gen.Int[0, 100_000], Gen.Byte)
            .Sample(t =>
            {
                (byte[] body, string contentType) = VectorBodies[t.Item1];
                int at = t.Item5 % Math.Max(1, body.Length);
                body = t.Item4 switch
                {
                    1 => body[..at],
                    2 => [.. body[..at], t.Item6, .. body[at..]],
                    _ => body,
                };
                Type model = Models[t.Item2];
                string generated = GeneratedReaders.Document(GeneratedReaders.Read(model, body, contentType, t.Item3));
                string dynamic = RequestEnforcer.Enforce(GeneratedReaders.Signature(model), body, contentType, t.Item3).ToJson();
                Assert.StartsWith("{\"ok\": ", generated, StringComparison.Ordinal);
                Assert.StartsWith("{\"ok\": ", dynamic, StringComparison.Ordinal);
            }, iter: 3000);
    }

    [Fact]
    public void A_param_default_is_the_signature_s_own_value_whatever_the_request_limits()
    {
        // Defaults are read with the signature, not held to the request's depth, key or string limits.
        var signature = ModelSignature.FromDictJson("""{"inputs": "[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]", "params": "[{\"name\": \"greeting\", \"type\": \"string\", \"default\": \"hello world\", \"shape\": null}, {\"name\": \"weights\", \"type\": \"double\", \"default\": [1.0, 2.0, 3.0], \"shape\": [-1]}]"}""");
        var options = new EnforcementOptions { MaxDepth = 3, MaxKeys = 1, MaxStringBytes = 6, MaxParams = 1 };
        var enforcer = new RequestEnforcer(signature, options);
        Assert.Equal(
            """{"ok": true, "input": {"kind": "columns", "columns": ["a"], "types": ["long"], "rows": [[1]]}, "params": {"greeting": "hello world", "weights": [1.0, 2.0, 3.0]}, "warnings": []}""",
            enforcer.Enforce("""{"inputs": {"a": [1]}}"""u8).ToJson());
    }
}
