using System.Numerics;
using System.Text.Json;
using Signatures.Validation;

namespace Signatures.Tests.Validation;

/// <summary>The number checks generated validators call agree with what the enforcer accepts at each boundary.</summary>
public class ValueChecksTests
{
    [Theory]
    [InlineData("2147483647", DataType.Integer, true)]
    [InlineData("2147483648", DataType.Integer, false)]
    [InlineData("-2147483648", DataType.Integer, true)]
    [InlineData("-2147483649", DataType.Integer, false)]
    [InlineData("9223372036854775807", DataType.Long, true)]
    [InlineData("9223372036854775808", DataType.Long, false)]
    [InlineData("-9223372036854775808", DataType.Long, true)]
    [InlineData("16777216", DataType.Float, true)]
    [InlineData("16777217", DataType.Float, false)]
    [InlineData("9007199254740992", DataType.Double, true)]
    [InlineData("9007199254740993", DataType.Double, false)]
    [InlineData("340282366920938463463374607431768211455", DataType.Float, false)]
    [InlineData("340282366920938463463374607431768211455", DataType.Double, false)]
    [InlineData("170141183460469231731687303715884105727", DataType.Float, false)]
    [InlineData("170141183460469231731687303715884105727", DataType.Double, false)]
    [InlineData("-170141183460469231731687303715884105728", DataType.Double, true)]
    [InlineData("12", DataType.String, true)]
    public void Integers_fit_by_range_and_exactness(string text, DataType type, bool fits)
    {
        var big = BigInteger.Parse(text);
        Assert.Equal(fits, ValueChecks.Fits(big, type));
        if (big >= (BigInteger)Int128.MinValue && big <= (BigInteger)Int128.MaxValue) Assert.Equal(fits, ValueChecks.Fits((Int128)big, type));
        if (big >= 0 && big <= (BigInteger)UInt128.MaxValue) Assert.Equal(fits, ValueChecks.Fits((UInt128)big, type));
        if (!fits) Assert.Contains(text, ValueChecks.Mismatch(big, type));
    }

    [Theory]
    [InlineData(3.0, DataType.Integer, true)]
    [InlineData(3.5, DataType.Integer, false)]
    [InlineData(-2147483648.0, DataType.Integer, true)]
    [InlineData(2147483648.0, DataType.Integer, false)]
    [InlineData(-9.2233720368547758E18, DataType.Long, true)]
    [InlineData(9.2233720368547758E18, DataType.Long, false)]
    [InlineData(double.NaN, DataType.Long, false)]
    [InlineData(3.4028234663852886E38, DataType.Float, true)]
    [InlineData(3.5E38, DataType.Float, false)]
    [InlineData(double.PositiveInfinity, DataType.Float, true)]
    [InlineData(double.NaN, DataType.Float, true)]
    [InlineData(1e308, DataType.Double, true)]
    public void Floating_point_numbers_fit_whole_in_range_or_without_overflow(double value, DataType type, bool fits)
    {
        Assert.Equal(fits, ValueChecks.Fits(value, type));
        // (decimal)double keeps 15 significant digits, so only smaller values convert exactly.
        if (double.IsFinite(value) && Math.Abs(value) < 1e15) Assert.Equal(fits, ValueChecks.Fits((decimal)value, type));
    }

    [Fact]
    public void Strings_fit_datetime_and_binary_by_their_syntax()
    {
        Assert.True(ValueChecks.Fits("2024-02-29T10:20:30.5Z", DataType.Datetime));
        Assert.False(ValueChecks.Fits("2024-02-30", DataType.Datetime));
        Assert.Contains("is not an ISO-8601 date", ValueChecks.Mismatch("2024-02-30", DataType.Datetime));
        Assert.True(ValueChecks.Fits("AQID", DataType.Binary));
        Assert.False(ValueChecks.Fits("AQI", DataType.Binary));
        Assert.True(ValueChecks.Fits("anything", DataType.String));
    }

    [Fact]
    public void Null_tests_cover_any_member_kind()
    {
        Assert.True(ValueChecks.IsNull<string?>(null));
        Assert.False(ValueChecks.IsNull(42));
        Assert.True(ValueChecks.IsNull<int?>(null));
        Assert.True(ValueChecks.IsNull(default(JsonElement)));
        Assert.True(ValueChecks.IsNull(JsonDocument.Parse("null").RootElement));
        Assert.False(ValueChecks.IsNull(JsonDocument.Parse("0").RootElement));
        Assert.True(ValueChecks.IsNull((JsonElement?)null));
        int[] array = [1, 2];
        Assert.Same(array, ValueChecks.AsList(array));
        Assert.Equal([1, 2], ValueChecks.AsList(new HashSet<int> { 1, 2 }).Order());
    }
}
