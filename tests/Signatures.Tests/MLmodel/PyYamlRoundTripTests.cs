using System.Text;
using Signatures.Models;

namespace Signatures.Tests.MLmodel;

/// <summary>Whatever strings an MLmodel holds (keys and values), the written file reads back to the same strings and
/// writing it again gives the same bytes: quoting, escaping and folding never change content.</summary>
public class PyYamlRoundTripTests
{
    private const string Header = "flavors:\n  python_function:\n    loader_module: m\nmodel_uuid: u\nutc_time_created: '2024-01-01 00:00:00'\n";

    public static IEnumerable<object[]> Tricky() => new[]
    {
        "", " ", "  lead", "trail ", "a: b", "a #b", "#a", "- a", "-a", "? a", "?a", ":a", "a:", "[a]", "{a}", "a, b", "&a", "*a", "!a", "|a", ">a",
        "'a'", "\"a\"", "%a", "@a", "`a", "yes", "No", "on", "null", "~", "1", "0x1F", "017", "1:20", "1.5", "1e3", ".inf", "-.NaN", "2024-01-01",
        "2024-01-01 10:00:00", "<<", "=", "---", "...", "a\nb", "a\n", "\na", "a\n\nb", "a \nb", "a\n b", "tab\there", "nul\0x", "bell\a", "esc\u001b",
        "caf\u00e9", "\u00a0nbsp", "\u6570\u5b57", "emoji \U0001F600", "line\u2028sep", "bom\ufeff", "back\\slash", new string('x', 200),
        string.Join(" ", Enumerable.Repeat("word", 60)), string.Join(" ", Enumerable.Repeat("caf\u00e9", 40)), "a  b   c", new string(' ', 3) + "x" + new string(' ', 3),
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Tricky))]
    public void A_string_value_and_key_survive_writing_and_reading(string text) => AssertRoundTrip(text);

    [Fact]
    public void Random_strings_survive_writing_and_reading()
    {
        var random = new Random(20251205);
        const string alphabet = "ab :#-?,[]{}&*!|>'\"%@`\t\n\\~.0123456789eE+\u00e9\u00a0\u2028\u6570";
        for (int i = 0; i < 300; i++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, i % 10 == 0 ? 200 : 20);
            for (int c = 0; c < length; c++) builder.Append(alphabet[random.Next(alphabet.Length)]);
            AssertRoundTrip(builder.ToString());
        }
    }

    private static void AssertRoundTrip(string text)
    {
        // Build a file that holds the string as a key and as a value through the writer itself, then read it back.
        string seed = MLmodelFile.Parse(Header + "metadata:\n  placeholder: x\n").ToYaml();
        string quotedKey = "\"" + Escape(text) + "\"";
        string source = seed.Replace("  placeholder: x\n", $"  {quotedKey}: {quotedKey}\n", StringComparison.Ordinal);
        string written = MLmodelFile.Parse(source).ToYaml();
        string again = MLmodelFile.Parse(written).ToYaml();
        Assert.Equal(written, again);
        Assert.True(written.All(c => c < 0x80), "MLflow's file is ASCII");
        // The value read back from the written text is the original string.
        string probe = written.Replace("metadata:\n", "metadata:\n", StringComparison.Ordinal);
        Assert.Contains(text, ReadMetadataValues(probe));
    }

    private static IEnumerable<string> ReadMetadataValues(string yaml)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
        var metadata = (YamlDotNet.RepresentationModel.YamlMappingNode)root.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("metadata")];
        foreach (var entry in metadata.Children)
        {
            yield return ((YamlDotNet.RepresentationModel.YamlScalarNode)entry.Key).Value!;
            yield return ((YamlDotNet.RepresentationModel.YamlScalarNode)entry.Value).Value!;
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (Rune rune in text.EnumerateRunes())
        {
            int v = rune.Value;
            if (v == '"' || v == '\\') builder.Append('\\').Append((char)v);
            else if (v is >= 0x20 and < 0x7f) builder.Append((char)v);
            else builder.Append(v <= 0xFFFF ? $"\\u{v:X4}" : $"\\U{v:X8}");
        }
        return builder.ToString();
    }
}
