using System.Text;
using CsCheck;
using Signatures.Conversion;

namespace Signatures.Tests.Conversion;

/// <summary>The conversion policy, rule by rule, on the public helpers the generated readers will call.</summary>
public class ConversionRuleTests
{
    private static JsonValueClass Classify(string token)
    {
        Assert.True(JsonNumberText.TryClassify(Encoding.ASCII.GetBytes(token), out JsonValueClass valueClass), token);
        return valueClass;
    }

    [Theory]
    [InlineData("0", JsonValueClass.IntegerLiteral)]
    [InlineData("-7", JsonValueClass.IntegerLiteral)]
    [InlineData("1.0", JsonValueClass.DecimalLiteral)]
    [InlineData("1e2", JsonValueClass.DecimalLiteral)]
    [InlineData("-0.5E-3", JsonValueClass.DecimalLiteral)]
    [InlineData("NaN", JsonValueClass.NaN)]
    [InlineData("Infinity", JsonValueClass.PositiveInfinity)]
    [InlineData("-Infinity", JsonValueClass.NegativeInfinity)]
    public void Number_tokens_are_classified(string token, JsonValueClass expected) => Assert.Equal(expected, Classify(token));

    [Theory]
    [InlineData("01")]
    [InlineData("+1")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e")]
    [InlineData("-")]
    [InlineData("0x10")]
    [InlineData("nan")]
    [InlineData("inf")]
    [InlineData(" 1")]
    [InlineData("")]
    public void Malformed_number_text_is_not_a_number(string text) =>
        Assert.False(JsonNumberText.TryClassify(Encoding.ASCII.GetBytes(text), out _));

    [Theory]
    [InlineData("2147483647", ConversionStatus.Ok, 2147483647)]
    [InlineData("-2147483648", ConversionStatus.Ok, -2147483648)]
    [InlineData("2147483648", ConversionStatus.OutOfRange, 0)]
    [InlineData("-2147483649", ConversionStatus.OutOfRange, 0)]
    [InlineData("99999999999999999999999", ConversionStatus.OutOfRange, 0)]
    [InlineData("1.0", ConversionStatus.DecimalToInteger, 0)]
    [InlineData("1e2", ConversionStatus.DecimalToInteger, 0)]
    [InlineData("NaN", ConversionStatus.NonFiniteToInteger, 0)]
    public void Integer_targets_take_only_integer_literals_in_range(string token, ConversionStatus status, int value)
    {
        Assert.Equal(status, NumberConversion.ToInt32(Classify(token), Encoding.ASCII.GetBytes(token), out int result));
        if (status == ConversionStatus.Ok) Assert.Equal(value, result);
    }

    [Theory]
    [InlineData(ScalarKind.Int8, "-128", "127", "-129", "128")]
    [InlineData(ScalarKind.Int16, "-32768", "32767", "-32769", "32768")]
    [InlineData(ScalarKind.Int64, "-9223372036854775808", "9223372036854775807", "-9223372036854775809", "9223372036854775808")]
    [InlineData(ScalarKind.UInt8, "0", "255", "-1", "256")]
    [InlineData(ScalarKind.UInt16, "-0", "65535", "-1", "65536")]
    [InlineData(ScalarKind.UInt32, "0", "4294967295", "-1", "4294967296")]
    [InlineData(ScalarKind.UInt64, "0", "18446744073709551615", "-1", "18446744073709551616")]
    public void Every_integer_width_checks_both_ends_of_its_range(ScalarKind kind, string min, string max, string below, string above)
    {
        Assert.Equal(ConversionStatus.Ok, ToInteger(kind, min));
        Assert.Equal(ConversionStatus.Ok, ToInteger(kind, max));
        Assert.Equal(ConversionStatus.OutOfRange, ToInteger(kind, below));
        Assert.Equal(ConversionStatus.OutOfRange, ToInteger(kind, above));
    }

    [Fact]
    public void Integer_conversion_agrees_with_the_exact_value_for_any_long() =>
        Gen.Long.Sample(n =>
        {
            byte[] text = Encoding.ASCII.GetBytes(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(ConversionStatus.Ok, NumberConversion.ToInt64(JsonValueClass.IntegerLiteral, text, out long value));
            Assert.Equal(n, value);
            ConversionStatus narrow = NumberConversion.ToInt32(JsonValueClass.IntegerLiteral, text, out int small);
            Assert.Equal(n is >= int.MinValue and <= int.MaxValue ? ConversionStatus.Ok : ConversionStatus.OutOfRange, narrow);
            if (narrow == ConversionStatus.Ok) Assert.Equal(n, small);
        });

    [Theory]
    [InlineData("16777216", ConversionStatus.Ok)]
    [InlineData("16777217", ConversionStatus.InexactInteger)]
    [InlineData("-16777217", ConversionStatus.InexactInteger)]
    [InlineData("2147483648", ConversionStatus.Ok)]
    [InlineData("340282366920938463463374607431768211456", ConversionStatus.Overflow)]
    [InlineData("1e39", ConversionStatus.Overflow)]
    [InlineData("-1e39", ConversionStatus.Overflow)]
    [InlineData("1e-50", ConversionStatus.Ok)]
    [InlineData("0.1", ConversionStatus.Ok)]
    [InlineData("3.4028235e38", ConversionStatus.Ok)]
    public void Float32_rounds_decimals_but_never_to_infinity_and_takes_exact_integers_only(string token, ConversionStatus status) =>
        Assert.Equal(status, NumberConversion.ToSingle(Classify(token), Encoding.ASCII.GetBytes(token), out _));

    [Theory]
    [InlineData("9007199254740992", ConversionStatus.Ok)]
    [InlineData("9007199254740993", ConversionStatus.InexactInteger)]
    [InlineData("18446744073709551615", ConversionStatus.InexactInteger)]
    [InlineData("18446744073709551616", ConversionStatus.Ok)]
    [InlineData("100000000000000000000000", ConversionStatus.InexactInteger)]
    [InlineData("1267650600228229401496703205376", ConversionStatus.Ok)]
    [InlineData("1e308", ConversionStatus.Ok)]
    [InlineData("1e309", ConversionStatus.Overflow)]
    public void Float64_takes_exact_integers_and_refuses_overflow(string token, ConversionStatus status) =>
        Assert.Equal(status, NumberConversion.ToDouble(Classify(token), Encoding.ASCII.GetBytes(token), out _));

    [Theory]
    [InlineData("2048", ConversionStatus.Ok)]
    [InlineData("2049", ConversionStatus.InexactInteger)]
    [InlineData("65504", ConversionStatus.Ok)]
    [InlineData("65519", ConversionStatus.InexactInteger)]
    [InlineData("70000", ConversionStatus.Overflow)]
    [InlineData("65520.0", ConversionStatus.Overflow)]
    [InlineData("0.1", ConversionStatus.Ok)]
    public void Float16_has_its_own_exactness_and_overflow(string token, ConversionStatus status) =>
        Assert.Equal(status, NumberConversion.ToHalf(Classify(token), Encoding.ASCII.GetBytes(token), out _));

    [Fact]
    public void An_integer_literal_is_exact_in_float64_exactly_when_the_double_round_trips() =>
        Gen.Long.Sample(n =>
        {
            byte[] text = Encoding.ASCII.GetBytes(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            ConversionStatus status = NumberConversion.ToDouble(JsonValueClass.IntegerLiteral, text, out double value);
            bool exact = new System.Numerics.BigInteger((double)n) == n;
            Assert.Equal(exact ? ConversionStatus.Ok : ConversionStatus.InexactInteger, status);
            if (exact) Assert.Equal((double)n, value);
        });

    private static readonly Gen<string> DecimalLiterals = Gen.Select(
        Gen.Bool, Gen.Char['0', '9'].Array[1, 30], Gen.Char['0', '9'].Array[1, 30], Gen.Int[-330, 330],
        (negative, whole, fraction, exponent) =>
            (negative ? "-" : "") + (whole[0] == '0' ? "0" : new string(whole)) + "." + new string(fraction) + "e" + exponent.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<string> ShortDecimalLiterals = Gen.Select(
        Gen.Bool, Gen.Char['0', '9'].Array[1, 9], Gen.Char['0', '9'].Array[0, 9], Gen.Int[-25, 25], Gen.Bool,
        (negative, whole, fraction, exponent, withExponent) =>
            (negative ? "-" : "") + (whole[0] == '0' ? "0" : new string(whole)) + (fraction.Length > 0 ? "." + new string(fraction) : ".0") +
            (withExponent ? "E" + exponent.ToString("+0;-0", System.Globalization.CultureInfo.InvariantCulture) : ""));

    [Fact]
    public void Decimal_literals_round_exactly_as_the_framework_parsers_do()
    {
        ShortDecimalLiterals.Sample(text =>
        {
            Assert.Equal(ConversionStatus.Ok, NumberConversion.ToDouble(JsonValueClass.DecimalLiteral, Encoding.ASCII.GetBytes(text), out double value));
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
        }, iter: 20_000);
        Gen.Double.Where(double.IsFinite).Sample(d =>
        {
            string text = d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            if (!text.Contains('.') && !text.Contains('E')) text += ".0";
            Assert.Equal(ConversionStatus.Ok, NumberConversion.ToDouble(JsonValueClass.DecimalLiteral, Encoding.ASCII.GetBytes(text), out double value));
            Assert.Equal(d, value);
        }, iter: 20_000);
        DecimalLiterals.Sample(text =>
        {
            byte[] utf8 = Encoding.ASCII.GetBytes(text);
            double expectedDouble = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            float expectedSingle = float.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            ConversionStatus doubleStatus = NumberConversion.ToDouble(JsonValueClass.DecimalLiteral, utf8, out double d);
            ConversionStatus singleStatus = NumberConversion.ToSingle(JsonValueClass.DecimalLiteral, utf8, out float f);
            Assert.Equal(double.IsInfinity(expectedDouble) ? ConversionStatus.Overflow : ConversionStatus.Ok, doubleStatus);
            Assert.Equal(float.IsInfinity(expectedSingle) ? ConversionStatus.Overflow : ConversionStatus.Ok, singleStatus);
            if (doubleStatus == ConversionStatus.Ok) Assert.Equal(BitConverter.DoubleToInt64Bits(expectedDouble), BitConverter.DoubleToInt64Bits(d));
            if (singleStatus == ConversionStatus.Ok) Assert.Equal(BitConverter.SingleToInt32Bits(expectedSingle), BitConverter.SingleToInt32Bits(f));
        }, iter: 20_000);
    }

    [Fact]
    public void Non_finite_tokens_are_values_of_every_float_width()
    {
        Assert.Equal(ConversionStatus.Ok, NumberConversion.ToDouble(JsonValueClass.NaN, "NaN"u8, out double d));
        Assert.True(double.IsNaN(d));
        Assert.Equal(ConversionStatus.Ok, NumberConversion.ToSingle(JsonValueClass.NegativeInfinity, "-Infinity"u8, out float f));
        Assert.Equal(float.NegativeInfinity, f);
        Assert.Equal(ConversionStatus.Ok, NumberConversion.ToHalf(JsonValueClass.PositiveInfinity, "Infinity"u8, out Half h));
        Assert.Equal(Half.PositiveInfinity, h);
    }

    [Theory]
    [InlineData(JsonValueClass.True, ConversionStatus.Ok)]
    [InlineData(JsonValueClass.False, ConversionStatus.Ok)]
    [InlineData(JsonValueClass.IntegerLiteral, ConversionStatus.WrongKind)]
    [InlineData(JsonValueClass.String, ConversionStatus.WrongKind)]
    [InlineData(JsonValueClass.Null, ConversionStatus.WrongKind)]
    public void Booleans_are_only_true_and_false(JsonValueClass valueClass, ConversionStatus status) =>
        Assert.Equal(status, NumberConversion.ToBoolean(valueClass, out _));

    [Fact]
    public void Booleans_and_strings_are_never_numbers()
    {
        Assert.Equal(ConversionStatus.WrongKind, NumberConversion.ToInt64(JsonValueClass.True, "true"u8, out _));
        Assert.Equal(ConversionStatus.WrongKind, NumberConversion.ToDouble(JsonValueClass.String, "1.5"u8, out _));
        Assert.Equal(ConversionStatus.WrongKind, TextConversion.CheckString(JsonValueClass.IntegerLiteral));
    }

    [Theory]
    [InlineData("AQID", new byte[] { 1, 2, 3 })]
    [InlineData("AQID\n", new byte[] { 1, 2, 3 })]
    [InlineData("AQ ID\r\n", new byte[] { 1, 2, 3 })]
    [InlineData("AQ==", new byte[] { 1 })]
    [InlineData("", new byte[0])]
    public void Binary_takes_padded_base64_ignoring_whitespace(string text, byte[] expected)
    {
        Assert.Equal(ConversionStatus.Ok, TextConversion.ToBinary(JsonValueClass.String, Encoding.ASCII.GetBytes(text), out byte[] value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("AQI")]
    [InlineData("AQ")]
    [InlineData("***")]
    [InlineData("AQ==AQ==")]
    [InlineData("AQID-_==")]
    public void Binary_refuses_malformed_or_unpadded_base64(string text) =>
        Assert.Equal(ConversionStatus.InvalidBase64, TextConversion.ToBinary(JsonValueClass.String, Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void Base64_round_trips_any_bytes() =>
        Gen.Byte.Array[0, 100].Sample(bytes =>
        {
            byte[] text = Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks) + "\n");
            Assert.Equal(ConversionStatus.Ok, TextConversion.ToBinary(JsonValueClass.String, text, out byte[] value));
            Assert.Equal(bytes, value);
        });

    [Theory]
    [InlineData("2024-02-29", "2024-02-29T00:00:00", true)]
    [InlineData("2024-02-29T10:20", "2024-02-29T10:20:00", false)]
    [InlineData("2024-02-29 10:20:30.1234567", "2024-02-29T10:20:30.1234567", false)]
    [InlineData("2024-02-29T10:20:30.123456700", "2024-02-29T10:20:30.1234567", false)]
    [InlineData("2021-01-01T00:00:00+02:00", "2020-12-31T22:00:00", false)]
    [InlineData("2021-01-01T00:00:00Z", "2021-01-01T00:00:00", false)]
    public void Datetimes_are_iso_8601_converted_to_utc(string text, string normalized, bool dateOnly)
    {
        Assert.Equal(ConversionStatus.Ok, TextConversion.ToDateTime(JsonValueClass.String, Encoding.ASCII.GetBytes(text), out DateTime value, out bool isDateOnly));
        Assert.Equal(normalized, IsoDateTime.ToNormalizedFormat(value));
        Assert.Equal(dateOnly, isDateOnly);
    }

    [Theory]
    [InlineData("2024-02-30", ConversionStatus.DateTimeInvalid)]
    [InlineData("2023-02-29T00:00", ConversionStatus.DateTimeInvalid)]
    [InlineData("2024-01-01T24:00:00", ConversionStatus.DateTimeInvalid)]
    [InlineData("2024-01-01T10:20:30.12345678", ConversionStatus.DateTimeTooPrecise)]
    [InlineData("1", ConversionStatus.DateTimeSyntax)]
    [InlineData("2024/01/01", ConversionStatus.DateTimeSyntax)]
    [InlineData("2024-01-01T", ConversionStatus.DateTimeSyntax)]
    [InlineData("2024-01-01T10:20:30+0200", ConversionStatus.DateTimeSyntax)]
    [InlineData("\u00e92024-01-01", ConversionStatus.DateTimeSyntax)]
    public void Impossible_or_unparseable_datetimes_are_refused_with_the_reason(string text, ConversionStatus status) =>
        Assert.Equal(status, TextConversion.ToDateTime(JsonValueClass.String, Encoding.UTF8.GetBytes(text), out _, out _));

    [Fact]
    public void Numbers_are_never_datetimes() =>
        Assert.Equal(ConversionStatus.WrongKind, TextConversion.ToDateTime(JsonValueClass.IntegerLiteral, "1700000000"u8, out _, out _));

    [Fact]
    public void Iso_datetimes_round_trip_through_the_normalized_format() =>
        Gen.DateTime.Sample(value =>
        {
            string text = IsoDateTime.ToNormalizedFormat(value);
            Assert.Equal(ConversionStatus.Ok, TextConversion.ToDateTime(JsonValueClass.String, Encoding.ASCII.GetBytes(text), out DateTime parsed, out _));
            Assert.Equal(value.Ticks, parsed.Ticks);
        });

    [Theory]
    [InlineData("plain", false, "plain")]
    [InlineData("h\\u00e9llo \\u2713", true, "h\u00e9llo \u2713")]
    [InlineData("\\ud83d\\ude00", true, "\U0001F600")]
    [InlineData("a\\\"b\\\\c\\/d\\n\\t\\r\\b\\f", true, "a\"b\\c/d\n\t\r\b\f")]
    public void Json_string_literals_decode_exactly(string raw, bool escaped, string expected) =>
        Assert.Equal(expected, JsonStringText.Decode(Encoding.UTF8.GetBytes(raw), escaped));

    [Fact]
    public void A_lone_surrogate_escape_is_kept_as_python_keeps_it() =>
        Assert.Equal(new string([(char)0xD800, 'x']), JsonStringText.Decode("\\ud800x"u8, hasEscapes: true));

    [Theory]
    [InlineData(ScalarKind.Int32, "integer", ConversionStatus.DecimalToInteger, JsonValueClass.DecimalLiteral, "1.5",
        "expected integer, got 1.5 (a decimal literal cannot become an integer without loss)")]
    [InlineData(ScalarKind.Int64, "long", ConversionStatus.WrongKind, JsonValueClass.True, "true", "expected long, got true (a boolean is not a number)")]
    [InlineData(ScalarKind.String, "string", ConversionStatus.WrongKind, JsonValueClass.IntegerLiteral, "1", "expected string, got an integer literal 1")]
    [InlineData(ScalarKind.Boolean, "boolean", ConversionStatus.WrongKind, JsonValueClass.String, "false", "expected boolean (true/false), got a string \"false\"")]
    [InlineData(ScalarKind.Int32, "int32", ConversionStatus.OutOfRange, JsonValueClass.IntegerLiteral, "2147483648",
        "expected int32, got 2147483648 (out of range -2147483648..2147483647)")]
    [InlineData(ScalarKind.Binary, "binary", ConversionStatus.InvalidBase64, JsonValueClass.String, "***",
        "expected binary (a padded standard base64 string), got \"***\" (not padded standard base64)")]
    [InlineData(ScalarKind.DateTime, "datetime", ConversionStatus.WrongKind, JsonValueClass.IntegerLiteral, "0",
        "expected datetime (an ISO-8601 date or date-time string), got an integer literal 0 (numbers are not datetimes)")]
    public void Messages_name_what_arrived_and_why_it_was_refused(ScalarKind kind, string type, ConversionStatus status, JsonValueClass valueClass, string raw, string message) =>
        Assert.Equal(message, ConversionMessages.Describe(kind, type, status, valueClass, Encoding.UTF8.GetBytes(raw)));

    [Fact]
    public void Messages_cut_long_values_short() =>
        Assert.EndsWith("...", ConversionMessages.Describe(ScalarKind.Int64, "long", ConversionStatus.WrongKind, JsonValueClass.String, Encoding.ASCII.GetBytes(new string('x', 100_000))).TrimEnd('"'));

    private static ConversionStatus ToInteger(ScalarKind kind, string token)
    {
        byte[] text = Encoding.ASCII.GetBytes(token);
        return kind switch
        {
            ScalarKind.Int8 => NumberConversion.ToInt8(JsonValueClass.IntegerLiteral, text, out _),
            ScalarKind.Int16 => NumberConversion.ToInt16(JsonValueClass.IntegerLiteral, text, out _),
            ScalarKind.Int64 => NumberConversion.ToInt64(JsonValueClass.IntegerLiteral, text, out _),
            ScalarKind.UInt8 => NumberConversion.ToUInt8(JsonValueClass.IntegerLiteral, text, out _),
            ScalarKind.UInt16 => NumberConversion.ToUInt16(JsonValueClass.IntegerLiteral, text, out _),
            ScalarKind.UInt32 => NumberConversion.ToUInt32(JsonValueClass.IntegerLiteral, text, out _),
            _ => NumberConversion.ToUInt64(JsonValueClass.IntegerLiteral, text, out _),
        };
    }
}
