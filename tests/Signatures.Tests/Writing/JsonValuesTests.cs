using System.Buffers;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Signatures.Writing;

namespace Signatures.Tests.Writing;

/// <summary>The JSON each CLR value is written as, by the overloads generated writers call.</summary>
public class JsonValuesTests
{
    [Theory]
    [InlineData(2.0, "2.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e20, "1E+20")]
    [InlineData(123456789012345678.0, "1.2345678901234568E+17")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Doubles_are_decimal_literals_of_their_shortest_digits(double value, string expected) =>
        Assert.Equal(expected, Written(w => JsonValues.Write(w, value)));

    [Fact]
    public void Floats_keep_their_own_shortest_digits_and_never_become_inexact_integers()
    {
        Assert.Equal("0.1", Written(w => JsonValues.Write(w, 0.1f)));
        Assert.Equal("-47403190.0", Written(w => JsonValues.Write(w, -47403192f)));
        Assert.Equal("Infinity", Written(w => JsonValues.Write(w, float.PositiveInfinity)));
        Assert.Equal("0.099975586", Written(w => JsonValues.Write(w, (Half)0.1)));
    }

    [Fact]
    public void Whole_numbers_in_floating_point_are_written_as_integers_for_integer_columns()
    {
        Assert.Equal("3", Written(w => JsonValues.WriteIntegral(w, 3.0)));
        Assert.Equal("3.5", Written(w => JsonValues.WriteIntegral(w, 3.5)));
        Assert.Equal("100000000000000000000", Written(w => JsonValues.WriteIntegral(w, 1e20)));
        Assert.Equal("12", Written(w => JsonValues.WriteIntegral(w, 12.000m)));
        Assert.Equal("1.25", Written(w => JsonValues.WriteIntegral(w, 1.25m)));
    }

    [Fact]
    public void Large_integers_dates_and_bytes()
    {
        Assert.Equal("170141183460469231731687303715884105727", Written(w => JsonValues.Write(w, Int128.MaxValue)));
        Assert.Equal("340282366920938463463374607431768211455", Written(w => JsonValues.Write(w, UInt128.MaxValue)));
        Assert.Equal("-123456789012345678901234567890", Written(w => JsonValues.Write(w, BigInteger.Parse("-123456789012345678901234567890"))));
        Assert.Equal("\"2024-02-29T10:20:30.12\"", Written(w => JsonValues.Write(w, new DateTime(2024, 2, 29, 10, 20, 30, 120))));
        Assert.Equal("\"2024-02-29T10:20:30.0000001\"", Written(w => JsonValues.Write(w, new DateTime(2024, 2, 29, 10, 20, 30).AddTicks(1))));
        Assert.Equal("\"0001-01-01T00:00:00\"", Written(w => JsonValues.Write(w, DateTime.MinValue)));
        Assert.Equal("\"2024-02-29\"", Written(w => JsonValues.Write(w, new DateOnly(2024, 2, 29))));
        Assert.Equal("\"2024-02-29T08:00:00\"", Written(w => JsonValues.Write(w, new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.FromHours(2)))));
        Assert.Equal("\"AQID\"", Written(w => JsonValues.Write(w, new byte[] { 1, 2, 3 })));
        Assert.Equal("null", Written(w => JsonValues.Write(w, (byte[]?)null)));
        Assert.Equal("\"x\"", Written(w => JsonValues.Write(w, 'x')));
    }

    [Fact]
    public void Any_values_are_written_as_plain_json_or_refused_by_type()
    {
        object value = new Dictionary<string, object?> { ["a"] = new object?[] { 1, 2.5, null, "s", true }, ["b"] = JsonDocument.Parse("{\"c\":[1]}").RootElement };
        Assert.Equal("""{"a":[1,2.5,null,"s",true],"b":{"c":[1]}}""", Written(w => JsonValues.WriteAny(w, value)));
        var error = Assert.Throws<ArgumentException>(() => Written(w => JsonValues.WriteAny(w, new Uri("http://x"))));
        Assert.Contains("System.Uri", error.Message);
        Assert.Contains("string keys", Assert.Throws<ArgumentException>(() => Written(w => JsonValues.WriteAny(w, new Dictionary<int, int> { [1] = 2 }))).Message);
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
