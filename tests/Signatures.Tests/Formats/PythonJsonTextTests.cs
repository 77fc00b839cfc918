using System.Text;
using Signatures.Formats;

namespace Signatures.Tests.Formats;

/// <summary>Python's float repr and json.dumps string escaping (expected texts are what CPython prints).</summary>
public class PythonJsonTextTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001234, "1.234e-05")]
    [InlineData(1e16, "1e+16")]
    [InlineData(9999999999999998.0, "9999999999999998.0")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(1e22, "1e+22")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(2.2250738585072014e-308, "2.2250738585072014e-308")]
    [InlineData(123456789.125, "123456789.125")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(9007199254740992.0, "9007199254740992.0")]
    [InlineData(-1.5e-7, "-1.5e-07")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void FormatDouble_matches_python_repr(double value, string expected) =>
        Assert.Equal(expected, PythonJsonText.FormatDouble(value));

    [Theory]
    [InlineData(0.1f, "0.1")]
    [InlineData(16777216f, "16777216.0")]
    [InlineData(1e-5f, "1e-05")]
    [InlineData(3.4028235e38f, "3.4028235e+38")]
    public void FormatSingle_uses_the_shortest_float32_digits(float value, string expected) =>
        Assert.Equal(expected, PythonJsonText.FormatSingle(value));

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("tab\tnl\ncr\rbs\bff\f", "\"tab\\tnl\\ncr\\rbs\\bff\\f\"")]
    [InlineData("\u0001\u001f\u007f", "\"\\u0001\\u001f\\u007f\"")]
    [InlineData("pr\u00e9nom \u4e2d", "\"pr\\u00e9nom \\u4e2d\"")]
    [InlineData("\U0001F600", "\"\\ud83d\\ude00\"")]
    [InlineData("/<>&'", "\"/<>&'\"")]
    public void Strings_are_escaped_like_json_dumps(string value, string expected)
    {
        var builder = new StringBuilder();
        PythonJsonText.AppendString(builder, value);
        Assert.Equal(expected, builder.ToString());
    }
}
