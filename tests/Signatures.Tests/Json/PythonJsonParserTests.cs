using Signatures.Json;

namespace Signatures.Tests.Json;

/// <summary>The reader parses signature JSON as Python's <c>json.loads</c> does (expected texts are CPython's).</summary>
public class PythonJsonParserTests
{
    private static string RoundTrip(string json) => PythonJsonValueWriter.Write(PythonJsonParser.Parse(json, "the text"));

    [Theory]
    [InlineData("-Infinity", "-Infinity")]
    [InlineData("NaN", "NaN")]
    [InlineData("[1e5, 1E-2, -0, 1.5e+3]", "[100000.0, 0.01, 0, 1500.0]")]
    [InlineData("{\"a\": 1, \"a\": 2, \"b\": 3}", "{\"a\": 2, \"b\": 3}")]
    [InlineData("\"\\ud800\"", "\"\\ud800\"")]
    [InlineData("\"\\ud83d\\ude00 \\u00E9\\/\"", "\"\\ud83d\\ude00 \\u00e9/\"")]
    [InlineData(" \t\r\n[ true , false , null ] \n", "[true, false, null]")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("1e400", "Infinity")]
    [InlineData("-1e400", "-Infinity")]
    [InlineData("{}", "{}")]
    [InlineData("[[]]", "[[]]")]
    public void Accepts_what_python_accepts(string json, string dumped) => Assert.Equal(dumped, RoundTrip(json));

    [Theory]
    [InlineData("[1,]", "Expecting value: line 1 column 4 (char 3)")]
    [InlineData("{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)")]
    [InlineData("{\"a\": 1,}", "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)")]
    [InlineData("[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)")]
    [InlineData("\"abc", "Unterminated string starting at: line 1 column 1 (char 0)")]
    [InlineData("\"a\u0001\"", "Invalid control character at: line 1 column 3 (char 2)")]
    [InlineData("\"\\x\"", "Invalid \\escape: line 1 column 2 (char 1)")]
    [InlineData("\"\\u12G4\"", "Invalid \\uXXXX escape: line 1 column 3 (char 2)")]
    [InlineData("", "Expecting value: line 1 column 1 (char 0)")]
    [InlineData("  ", "Expecting value: line 1 column 3 (char 2)")]
    [InlineData("01", "Extra data: line 1 column 2 (char 1)")]
    [InlineData("1.", "Extra data: line 1 column 2 (char 1)")]
    [InlineData("1e", "Extra data: line 1 column 2 (char 1)")]
    [InlineData("-", "Expecting value: line 1 column 1 (char 0)")]
    [InlineData("[-]", "Expecting value: line 1 column 2 (char 1)")]
    [InlineData("[1] x", "Extra data: line 1 column 5 (char 4)")]
    [InlineData("{1: 2}", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)")]
    [InlineData("nul", "Expecting value: line 1 column 1 (char 0)")]
    [InlineData("\uFEFF[]", "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)")]
    [InlineData("{\"a\":\n 1 x}", "Expecting ',' delimiter: line 2 column 4 (char 9)")]
    public void Refuses_what_python_refuses_with_its_message(string json, string message)
    {
        var error = Assert.Throws<SignatureException>(() => PythonJsonParser.Parse(json, "the text"));
        Assert.Equal("The text is not valid JSON: " + message, error.Message);
    }

    [Fact]
    public void Integers_longer_than_pythons_conversion_limit_are_refused()
    {
        string ok = new('9', PythonJsonParser.MaxIntegerDigits);
        Assert.Equal(ok, RoundTrip(ok));
        var error = Assert.Throws<SignatureException>(() => PythonJsonParser.Parse("-" + ok + "9", "the text"));
        Assert.Contains("4300 digits", error.Message);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_without_overflowing_the_stack()
    {
        int depth = PythonJsonParser.MaxDepth;
        Assert.Equal(new string('[', depth) + new string(']', depth), RoundTrip(new string('[', depth) + new string(']', depth)));
        var error = Assert.Throws<SignatureException>(() => PythonJsonParser.Parse(new string('[', 100_000), "the text"));
        Assert.Contains("nested more than", error.Message);
    }

    [Fact]
    public void Integers_and_floats_stay_distinct()
    {
        PythonJsonValue value = PythonJsonParser.Parse("[1, 1.0, -0, 2e0]", "x");
        Assert.Equal(
            [PythonJsonKind.Integer, PythonJsonKind.Float, PythonJsonKind.Integer, PythonJsonKind.Float],
            value.Items.Select(i => i.Kind).ToArray());
        Assert.Equal(0.0, value.Items[2].ToDouble());
        Assert.False(double.IsNegative(value.Items[2].ToDouble())); // Python's int -0 is 0
    }

    [Theory]
    [InlineData("null", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("-0.0", false)]
    [InlineData("\"\"", false)]
    [InlineData("[]", false)]
    [InlineData("{}", false)]
    [InlineData("NaN", true)]
    [InlineData("\"0\"", true)]
    [InlineData("[0]", true)]
    [InlineData("0.5", true)]
    public void Truthiness_is_pythons(string json, bool truthy) => Assert.Equal(truthy, PythonJsonParser.Parse(json, "x").IsTruthy);
}
