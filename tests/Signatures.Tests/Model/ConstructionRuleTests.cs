namespace Signatures.Tests.Model;

/// <summary>MLflow's construction rules (spec §3) hold for the C# API: what MLflow refuses cannot be built.</summary>
public class ConstructionRuleTests
{
    private static readonly ScalarType Long = ColumnType.Of(DataType.Long);

    [Fact]
    public void An_object_needs_properties() =>
        Assert.Equal("Creating Object with empty properties is not allowed.", Assert.Throws<SignatureException>(() => new ObjectType([])).Message);

    [Fact]
    public void Object_property_names_are_unique()
    {
        var error = Assert.Throws<SignatureException>(() => new ObjectType([new ObjectProperty("a", Long), new ObjectProperty("a", Long)]));
        Assert.Contains("`a`", error.Message);
    }

    [Fact]
    public void Object_properties_are_sorted_by_ordinal_name()
    {
        var obj = new ObjectType([new ObjectProperty("zeta", Long), new ObjectProperty("alpha", Long), new ObjectProperty("Mid", Long)]);
        Assert.Equal(["Mid", "alpha", "zeta"], obj.Properties.Select(p => p.Name).ToArray());
    }

    [Fact]
    public void A_signature_needs_at_least_one_part() =>
        Assert.Equal("At least one of inputs, outputs or params must be provided",
            Assert.Throws<SignatureException>(() => new ModelSignature(null, null, null)).Message);

    [Fact]
    public void An_empty_param_schema_counts_as_a_part_and_is_written_as_null()
    {
        // MLflow: ModelSignature(params=ParamSchema([])) is allowed; to_dict's falsy check writes null.
        var signature = new ModelSignature(null, null, new ParamSchema());
        Assert.Equal("{\"inputs\": null, \"outputs\": null, \"params\": null}", signature.ToDictJson());
    }

    [Fact]
    public void A_schema_needs_inputs() => Assert.Throws<SignatureException>(() => new Schema());

    [Fact]
    public void Named_and_unnamed_inputs_do_not_mix()
    {
        var error = Assert.Throws<SignatureException>(() => new Schema(new ColSpec(DataType.Long, "a"), new ColSpec(DataType.Long)));
        Assert.EndsWith("Got input names ['a', None]", error.Message);
    }

    [Fact]
    public void Columns_and_tensors_do_not_mix() =>
        Assert.Throws<SignatureException>(() => new Schema(new ColSpec(DataType.Long, "a"), new TensorSpec(NumpyDType.Float32, [-1], "t")));

    [Fact]
    public void Several_unnamed_tensors_are_refused() =>
        Assert.Throws<SignatureException>(() => new Schema(new TensorSpec(NumpyDType.Float32, [-1]), new TensorSpec(NumpyDType.Int64, [-1])));

    [Fact]
    public void Unnamed_columns_cannot_be_optional() =>
        Assert.Throws<SignatureException>(() => new Schema(new ColSpec(DataType.Long, required: false)));

    [Fact]
    public void An_unnamed_legacy_column_with_required_null_is_allowed()
    {
        // MLflow tests `required is False`; a legacy complex column read back has required None.
        var schema = new Schema(new ColSpec(new ArrayType(Long), required: null));
        Assert.Equal("[{\"type\": \"array\", \"items\": {\"type\": \"long\"}, \"required\": null}]", schema.ToJson());
    }

    [Fact]
    public void Tensor_dimensions_are_minus_one_or_more() =>
        Assert.Throws<SignatureException>(() => new TensorSpec(NumpyDType.Float32, [-2]));

    [Fact]
    public void Param_names_are_unique()
    {
        var error = Assert.Throws<SignatureException>(() => new ParamSchema(new ParamSpec("p", DataType.Long, 1L), new ParamSpec("p", DataType.Long, 2L)));
        Assert.Equal("Duplicated parameters found in schema: ['p']", error.Message);
    }

    [Fact]
    public void Binary_params_are_refused() =>
        Assert.StartsWith("Binary type is not supported for parameters", Assert.Throws<SignatureException>(() => new ParamSpec("p", DataType.Binary, "YQ==")).Message);

    [Fact]
    public void A_datetime_param_needs_a_default()
    {
        // MLflow accepts None here but then fails in to_dict() ('NoneType' object has no attribute 'isoformat').
        var error = Assert.Throws<SignatureException>(() => new ParamSpec("d", DataType.Datetime, null));
        Assert.Contains("'d'", error.Message);
        Assert.Contains("isoformat", error.Message);
    }

    [Fact]
    public void A_datetime_list_param_cannot_hold_null() =>
        Assert.Throws<SignatureException>(() => new ParamSpec("d", DataType.Datetime, new object?[] { "2024-01-01", null }, isList: true));

    [Fact]
    public void Other_scalar_params_may_default_to_null() =>
        Assert.Equal("null", new ParamSpec("p", DataType.Double, null).DefaultJson);

    [Fact]
    public void A_list_param_needs_a_list_default() =>
        Assert.StartsWith("Value must be a 1D array with shape (-1,) for param 'p': long (default: None) (shape: (-1,))",
            Assert.Throws<SignatureException>(() => new ParamSpec("p", DataType.Long, null, isList: true)).Message);

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(0.1f, "0.10000000149011612")]
    [InlineData(2L, "2.0")]
    public void Float_param_defaults_are_written_as_python_writes_them(object value, string json) =>
        Assert.Equal(json, new ParamSpec("p", DataType.Double, value).DefaultJson);

    [Fact]
    public void Clr_date_defaults_are_written_with_isoformat()
    {
        Assert.Equal("\"2024-01-02T00:00:00\"", new ParamSpec("d", DataType.Datetime, new DateTime(2024, 1, 2)).DefaultJson);
        Assert.Equal("\"2024-01-02T03:04:05.123456\"", new ParamSpec("d", DataType.Datetime, new DateTime(2024, 1, 2, 3, 4, 5).AddTicks(1_234_560)).DefaultJson);
        Assert.Equal("\"2024-01-02\"", new ParamSpec("d", DataType.Datetime, new DateOnly(2024, 1, 2)).DefaultJson);
        Assert.Equal("[\"2024-01-02\"]", new ParamSpec("d", DataType.Datetime, new[] { new DateOnly(2024, 1, 2) }, isList: true).DefaultJson);
    }

    [Fact]
    public void Params_are_scalar_or_object_types() =>
        Assert.Throws<SignatureException>(() => ParamSpec.FromJson("p", new ArrayType(Long), "[1]", isList: false));
}
