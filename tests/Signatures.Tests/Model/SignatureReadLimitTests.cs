using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Signatures.Tests.Model;

/// <summary>
/// Reading a signature has a length limit, checked before anything is read, and memory in proportion to the text: a
/// small multiple of its size for real signatures and for any other text. Memory is measured as the bytes the reading
/// thread allocates (a count, not a timing).
/// </summary>
public class SignatureReadLimitTests(ITestOutputHelper output)
{
    private static readonly string Small = """{"inputs": "[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]", "outputs": null, "params": null}""";

    [Fact]
    public void Text_longer_than_the_default_limit_is_refused_before_it_is_read()
    {
        // Not a signature at all (as /dev/zero is not): the length alone refuses it, whatever it holds.
        string huge = "{" + new string(' ', SignatureReadOptions.DefaultMaxLength);
        foreach (Func<string, ModelSignature> read in new Func<string, ModelSignature>[] { ModelSignature.FromDictJson, ModelSignature.FromMLmodelYaml, ModelSignature.Parse })
        {
            var error = Assert.Throws<SignatureException>(() => read(huge));
            Assert.Contains("16,777,217 characters, more than the limit of 16,777,216", error.Message, StringComparison.Ordinal);
            Assert.Contains("SignatureReadOptions.MaxLength", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_limit_can_be_raised_or_lowered()
    {
        string yaml = "signature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n";
        var tight = new SignatureReadOptions { MaxLength = 40 };
        Assert.Contains("MLmodel file has 73 characters", Assert.Throws<SignatureException>(() => ModelSignature.FromMLmodelYaml(yaml, tight)).Message, StringComparison.Ordinal);
        Assert.Contains("signature JSON has", Assert.Throws<SignatureException>(() => ModelSignature.Parse(Small, tight)).Message, StringComparison.Ordinal);
        Assert.Throws<SignatureException>(() => ModelSignature.FromDictJson(Small, tight));

        var exact = new SignatureReadOptions { MaxLength = Small.Length };
        Assert.Equal(Small, ModelSignature.FromDictJson(Small, exact).ToDictJson());
        Assert.Equal(Small, ModelSignature.Parse(yaml, new SignatureReadOptions { MaxLength = yaml.Length }).ToDictJson());
        Assert.Equal(Small, ModelSignature.FromMLmodelYaml(yaml, null).ToDictJson());
    }

    [Fact]
    public void Invalid_options_are_an_argument_exception()
    {
        var options = new SignatureReadOptions { MaxLength = 0 };
        Assert.Equal("MaxLength", Assert.Throws<ArgumentOutOfRangeException>(() => ModelSignature.FromDictJson(Small, options)).ParamName);
        Assert.Equal("MaxLength", Assert.Throws<ArgumentOutOfRangeException>(() => ModelSignature.FromMLmodelYaml(Small, options)).ParamName);
        Assert.Equal("MaxLength", Assert.Throws<ArgumentOutOfRangeException>(() => ModelSignature.Parse(Small, options)).ParamName);
    }

    private static string WideSchema(int columns)
    {
        var specs = new StringBuilder("[");
        for (int i = 0; i < columns; i++)
        {
            if (i > 0) specs.Append(", ");
            specs.Append((i % 4) switch
            {
                0 => $$"""{"type": "double", "name": "feature_{{i}}", "required": true}""",
                1 => """{"type": "array", "items": {"type": "object", "properties": {"qty": {"type": "long", "required": true}, "sku": {"type": "string", "required": false}}}, "name": "items_""" + i + "\", \"required\": false}",
                2 => """{"type": "map", "values": {"type": "array", "items": {"type": "string"}}, "name": "tags_""" + i + "\", \"required\": true}",
                _ => $$"""{"type": "string", "name": "caf\u00e9 {{i}}", "required": false}""",
            });
        }
        return specs.Append(']').ToString();
    }

    private static double BytesPerChar(Func<string, ModelSignature> read, string text)
    {
        read(text); // the first call's one-time costs (type loading) are not the reading's
        long before = GC.GetAllocatedBytesForCurrentThread();
        read(text);
        return (double)(GC.GetAllocatedBytesForCurrentThread() - before) / text.Length;
    }

    [Fact]
    public void Reading_a_real_signature_takes_a_small_multiple_of_its_size()
    {
        ModelSignature signature = ModelSignature.FromDictJson(new JsonObject
        {
            ["inputs"] = WideSchema(8_000),
            ["outputs"] = """[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 10]}}]""",
            ["params"] = """[{"name": "top_k", "type": "long", "default": 3, "shape": null}]""",
        }.ToJsonString());
        string dict = signature.ToDictJson();
        string yaml = "artifact_path: model\nflavors: {}\n" + signature.ToMLmodelYaml();

        double dictCost = BytesPerChar(ModelSignature.FromDictJson, dict);
        double yamlCost = BytesPerChar(ModelSignature.FromMLmodelYaml, yaml);
        output.WriteLine($"to_dict JSON, {dict.Length:N0} characters: {dictCost:F1} bytes allocated per character");
        output.WriteLine($"MLmodel YAML, {yaml.Length:N0} characters: {yamlCost:F1} bytes allocated per character");
        // Measured: about 12 (JSON) and 14 (YAML); the text itself takes 2 bytes per character.
        Assert.InRange(dictCost, 0, 20);
        Assert.InRange(yamlCost, 0, 20);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("[]")]
    [InlineData("[0]")]
    [InlineData("[[[[1]]]]")]
    [InlineData("{\"a\": 0}")]
    [InlineData("\"x\"")]
    [InlineData("\"\\n\"")]
    [InlineData("null")]
    public void Reading_any_text_takes_a_bounded_multiple_of_its_size(string item)
    {
        // Values MLflow ignores (an extra key) are still parsed: the shapes that cost most per character.
        string values = "[" + string.Join(", ", Enumerable.Repeat(item, 50_000)) + "]";
        string dict = """{"inputs": "[{\"type\": \"long\"}]", "extra": """ + values + "}";
        double cost = BytesPerChar(ModelSignature.FromDictJson, dict);
        output.WriteLine($"{item}: {cost:F1} bytes allocated per character");
        // Measured: 5 to 26 (nested one-item lists cost most).
        Assert.InRange(cost, 0, 40);
    }

    [Theory]
    [InlineData("k{0}: 1\n")]
    [InlineData("- [0]\n")]
    [InlineData("- {{a: b}}\n")]
    [InlineData("- 'x'\n")]
    [InlineData("- \"\\n\"\n")]
    [InlineData("-\n")]
    public void Reading_any_MLmodel_text_takes_a_bounded_multiple_of_its_size(string line)
    {
        var yaml = new StringBuilder("signature:\n  inputs: '[{\"type\": \"long\"}]'\nextra:\n");
        for (int i = 0; i < 50_000; i++) yaml.Append("  ").AppendFormat(System.Globalization.CultureInfo.InvariantCulture, line, i);
        double cost = BytesPerChar(ModelSignature.FromMLmodelYaml, yaml.ToString());
        output.WriteLine($"{line.TrimEnd()}: {cost:F1} bytes allocated per character");
        // Measured: 55 to 122, most of it the YAML parser's events, garbage as soon as the next one is read; the tree
        // the reader keeps is 13 to 26 bytes per character (measured apart, with full collections, outside the suite).
        Assert.InRange(cost, 0, 160);
    }
}

/// <summary>Signatures nested as deep as the readers allow are read, or refused with a <see cref="SignatureException"/>,
/// on a thread with a small stack: never a stack overflow.</summary>
public class SignatureDepthTests
{
    private static Exception? OnSmallThread(Action action)
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
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        return failure;
    }

    [Theory]
    [InlineData(250)]
    [InlineData(600)]
    public void Deeply_nested_types_are_read_or_refused_on_a_256_KB_stack(int levels)
    {
        string type = "{\"type\": \"long\"}";
        for (int i = 0; i < levels; i++) type = "{\"type\": \"array\", \"items\": " + type + "}";
        string schema = "[{\"type\": \"array\", \"items\": " + type + ", \"name\": \"a\", \"required\": true}]";
        string dict = new System.Text.Json.Nodes.JsonObject { ["inputs"] = schema }.ToJsonString();
        string yaml = "signature:\n  inputs: " + System.Text.Json.JsonSerializer.Serialize(schema) + "\n";
        string deepYaml = "signature:\n  inputs: '[]'\nextra: " + new string('[', levels * 2) + new string(']', levels * 2) + "\n";

        foreach (string text in new[] { dict, yaml, deepYaml })
        {
            Exception? failure = OnSmallThread(() =>
            {
                ModelSignature signature = ModelSignature.Parse(text);
                _ = signature.ToDictJson();
                _ = signature.ToMLmodelYaml();
                _ = signature.GetHashCode();
                Assert.Equal(signature, ModelSignature.Parse(text));
            });
            if (failure is not null) Assert.IsType<SignatureException>(failure);
        }
    }
}
