using System.Text;
using CsCheck;
using Signatures.Formats;
using CommandLine = Signatures.Cli.CommandLine;

namespace Signatures.Tests.Properties;

/// <summary>Nothing crashes on any input: every reader either returns a signature or throws
/// <see cref="SignatureException"/>; and whatever it accepts, it writes back in a form it reads back the same.</summary>
public class ReaderFuzzProperties
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "\"", "\\", ",", ":", " ", "null", "true", "false", "NaN", "-Infinity", "1e999", "-0", "0.5", "123456789012345678901234",
        "\"type\"", "\"array\"", "\"object\"", "\"map\"", "\"items\"", "\"values\"", "\"properties\"", "\"tensor\"", "\"tensor-spec\"", "\"required\"",
        "\"name\"", "\"default\"", "\"shape\"", "\"dtype\"", "\"any\"", "\"sparkml_vector\"", "\"datetime\"", "[-1]", "{}", "[]", "\\u0000", "\\ud800", "\\\"",
        "'", "''", "\n", "\t", "\r\n", "&a ", "*a", "!!str ", "!!python/tuple ", "---\n", "# c\n", "- ", "? ", "|\n", ">-\n", "%YAML 1.1\n", "\u0000", "\ud800", "\u00e9",
    ];

    private static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(text);
        int mutations = random.Next(1, 5);
        for (int m = 0; m < mutations; m++)
        {
            int at = builder.Length == 0 ? 0 : random.Next(builder.Length + 1);
            switch (random.Next(4))
            {
                case 0 when builder.Length > 0:
                    int length = Math.Min(random.Next(1, 8), builder.Length - Math.Min(at, builder.Length - 1));
                    builder.Remove(Math.Min(at, builder.Length - 1), length);
                    break;
                case 1 when builder.Length > 0:
                    int from = random.Next(builder.Length);
                    int count = Math.Min(random.Next(1, 30), builder.Length - from);
                    builder.Insert(at, builder.ToString(from, count));
                    break;
                case 2 when builder.Length > 0:
                    builder[Math.Min(at, builder.Length - 1)] = (char)random.Next(0, 128);
                    break;
                default:
                    builder.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Reads <paramref name="text"/>; any exception other than <see cref="SignatureException"/> fails the test.
    /// What is accepted must format, read back equal, and format the same.</summary>
    private static void ReadsOrRefuses(Func<string, ModelSignature> read, string text)
    {
        ModelSignature signature;
        try
        {
            signature = read(text);
        }
        catch (SignatureException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            return;
        }
        string json = signature.ToDictJson();
        string yaml = signature.ToMLmodelYaml();
        if (signature.Inputs is null && signature.Outputs is null && signature.Params is not { Params.Count: > 0 })
        {
            return; // {"params": "[]"}: MLflow writes all-null, which nobody can read back
        }
        // An empty param schema is written as null (MLflow's falsy check), so it reads back as no param schema.
        ModelSignature expected = signature.Params is { Params.Count: 0 } ? new ModelSignature(signature.Inputs, signature.Outputs) : signature;
        ModelSignature again = ModelSignature.FromDictJson(json);
        Assert.Equal(expected, again);
        Assert.Equal(json, again.ToDictJson());
        Assert.Equal(expected, ModelSignature.FromMLmodelYaml(yaml));
    }

    private static readonly Gen<string> RandomText = Gen.OneOf(Gen.String, Gen.Char["{}[]\":,0123456789.-eE ntrufalsNIy\\'\n#&*!|>-"].Array[0, 60].Select(c => new string(c)));

    [Fact]
    public void Random_text_never_crashes_any_reader() =>
        RandomText.Sample(text =>
        {
            ReadsOrRefuses(ModelSignature.FromDictJson, text);
            ReadsOrRefuses(ModelSignature.FromMLmodelYaml, text);
            ReadsOrRefuses(ModelSignature.Parse, text);
        }, iter: 3000);

    [Fact]
    public void Mutated_to_dict_json_never_crashes() =>
        Gen.Select(SignatureGen.Signatures, Gen.Int).Sample((signature, seed) =>
            ReadsOrRefuses(ModelSignature.FromDictJson, Mutate(signature.ToDictJson(), seed)), iter: 3000);

    [Fact]
    public void Mutated_schema_strings_never_crash() =>
        Gen.Select(SignatureGen.Signatures, Gen.Int, Gen.Int[0, 2]).Sample((signature, seed, part) =>
        {
            var (inputs, outputs, parameters) = signature.ToDictValues();
            string?[] parts = [inputs, outputs, parameters];
            parts[part] = Mutate(parts[part] ?? "[]", seed);
            string Quote(string? s) => s is null ? "null" : PythonJsonText.QuoteString(s);
            ReadsOrRefuses(ModelSignature.FromDictJson, $"{{\"inputs\": {Quote(parts[0])}, \"outputs\": {Quote(parts[1])}, \"params\": {Quote(parts[2])}}}");
        }, iter: 5000);

    [Fact]
    public void Mutated_mlmodel_files_never_crash() =>
        Gen.Select(SignatureGen.Signatures, Gen.Int).Sample((signature, seed) =>
            ReadsOrRefuses(ModelSignature.FromMLmodelYaml, Mutate("artifact_path: m\nflavors:\n  x: {}\n" + signature.ToMLmodelYaml(), seed)), iter: 3000);

    [Fact]
    public void The_command_line_never_throws_and_answers_with_0_1_or_2() =>
        Gen.Select(SignatureGen.Signatures, Gen.Int, Gen.Bool).Sample((signature, seed, yaml) =>
        {
            string text = Mutate(yaml ? signature.ToMLmodelYaml() : signature.ToDictJson(), seed);
            string[] args = Mutate("format --signature - --yaml", seed).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exitCode = CommandLine.Run(args, new StringReader(text), stdout, stderr);
            Assert.Contains(exitCode, new[] { 0, 1, 2 });
            if (exitCode != 0)
            {
                Assert.StartsWith("signatures: ", stderr.ToString());
                Assert.Single(stderr.ToString().TrimEnd('\n', '\r').Split('\n'));
            }
        }, iter: 1000);
}
