using System.Text;
using Signatures.Formats;

namespace Signatures.Tests.Formats;

/// <summary>PyYAML's single-quoted folding, as <c>yaml.safe_dump({"signature": {"inputs": value}})</c> writes the
/// <c>inputs</c> line (expected texts were produced by PyYAML 6).</summary>
public class PyYamlTextTests
{
    private static string Line(string value)
    {
        var builder = new StringBuilder();
        PyYamlText.AppendKeyValue(builder, 2, "inputs", value, 4);
        return builder.ToString();
    }

    private static string A(int n) => new('a', n);

    private static string B20 => new('b', 20);

    [Fact]
    public void Quotes_are_doubled() =>
        Assert.Equal("  inputs: '[it''s a ''quoted'' value]'\n", Line("[it's a 'quoted' value]"));

    [Fact]
    public void Null_is_written_plain()
    {
        var builder = new StringBuilder();
        PyYamlText.AppendKeyValue(builder, 2, "params", null, 4);
        Assert.Equal("  params: null\n", builder.ToString());
    }

    [Fact]
    public void A_word_longer_than_the_line_is_not_broken() =>
        Assert.Equal($"  inputs: '[{new string('x', 100)}\n    y]'\n", Line($"[{new string('x', 100)} y]"));

    [Fact]
    public void Text_ending_at_column_80_before_a_space_stays_on_the_line() =>
        Assert.Equal($"  inputs: '[{A(68)} {B20}]'\n", Line($"[{A(68)} {B20}]"));

    [Fact]
    public void Text_ending_at_column_81_before_a_space_folds() =>
        Assert.Equal($"  inputs: '[{A(69)}\n    {B20}]'\n", Line($"[{A(69)} {B20}]"));

    [Fact]
    public void A_double_space_is_not_a_fold_point() =>
        Assert.Equal($"  inputs: '[{A(70)}  {B20}]'\n", Line($"[{A(70)}  {B20}]"));

    [Fact]
    public void A_quote_after_the_fold_point_is_doubled_on_the_next_line() =>
        Assert.Equal($"  inputs: '[{A(70)}\n    ''{B20}]'\n", Line($"[{A(70)} '{B20}]"));

    [Fact]
    public void A_trailing_space_is_never_a_fold_point() =>
        Assert.Equal($"  inputs: '[abc {new string('d', 90)} '\n", Line($"[abc {new string('d', 90)} "));

    [Fact]
    public void Doubled_quotes_count_toward_the_width() =>
        Assert.Equal($"  inputs: '[{new string('\'', 80)}\n    {B20}]'\n", Line($"[{new string('\'', 40)} {B20}]"));

    [Fact]
    public void Many_words_fold_onto_continuation_lines()
    {
        string words = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"word{i:00}"));
        string expected =
            "  inputs: '[word00 word01 word02 word03 word04 word05 word06 word07 word08 word09\n" +
            "    word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21\n" +
            "    word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33\n" +
            "    word34 word35 word36 word37 word38 word39]'\n";
        Assert.Equal(expected, Line($"[{words}]"));
    }
}
