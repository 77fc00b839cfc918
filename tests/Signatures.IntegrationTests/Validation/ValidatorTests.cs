using System.Collections.Immutable;
using System.Text.Json;
using Signatures.IntegrationTests.Contracts;
using Signatures.Validation;

namespace Signatures.IntegrationTests.Validation;

/// <summary>The generated validators: valid instances pass without allocating, and every violation is reported with its path.</summary>
public class ValidatorTests
{
    private static readonly JsonElement Payload = JsonDocument.Parse("""{"k": [1, 2]}""").RootElement;

    private static Order ValidOrder() => new()
    {
        Customer = "ada",
        Items = [new LineItem("a-1", 2, 9.5), new LineItem("b-2", 1, null)],
        OptionalItems = [new LineItem("c-3", 1, 1.0), null],
        Tags = new() { ["x"] = ["p", "q"] },
        Groups = new Dictionary<string, IReadOnlyList<LineItem>> { ["g"] = [new LineItem("d-4", 3, 0.25)] },
        Codes = [1, 2, 3],
        PlacedAt = new DateTime(2024, 5, 1, 12, 30, 0),
        Priority = 7,
        Serial = 42,
        Ratio = 0.5,
        Notes = null,
        Extra = null,
        Payload = Payload,
    };

    private static ImageBatch ValidBatch() => new(
        new byte[2, 28, 28],
        [[1f, 2f, 3f], [4f, 5f, 6f]],
        [[1, 2], [3, 4]],
        ["cat", "dog"]);

    [Fact]
    public void Valid_instances_are_valid()
    {
        Assert.True(Order.Validate(ValidOrder()).IsValid, Order.Validate(ValidOrder()).ToString());
        Assert.True(ImageBatch.Validate(ValidBatch()).IsValid, ImageBatch.Validate(ValidBatch()).ToString());
        Assert.True(IrisRow.ValidateRows([new IrisRow(5.1, 0.2, "setosa"), new IrisRow(6.2, 1.8, "virginica")]).IsValid);
        Assert.True(SensorReading.Validate(new SensorReading("t1", 20.5)).IsValid);
        Assert.True(SearchParams.Validate(new SearchParams()).IsValid);
        Assert.Equal("valid", Order.Validate(ValidOrder()).ToString());
    }

    [Fact]
    public void Validating_a_valid_instance_allocates_nothing()
    {
        Order order = ValidOrder();
        ImageBatch batch = ValidBatch();
        IrisRow[] rows = [new IrisRow(5.1, 0.2, "setosa"), new IrisRow(6.2, 1.8, "virginica")];
        var reading = new SensorReading("t1", 20.5);
        var parameters = new SearchParams { Stop = "x" };
        void ValidateAll()
        {
            Assert.True(Order.Validate(order).IsValid);
            Assert.True(ImageBatch.Validate(batch).IsValid);
            Assert.True(IrisRow.ValidateRows(rows).IsValid);
            Assert.True(SensorReading.Validate(reading).IsValid);
            Assert.True(SearchParams.Validate(parameters).IsValid);
        }

        ValidateAll(); // warm-up: JIT and static initialisation
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) ValidateAll();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Rows_report_their_index_and_column()
    {
        IrisRow[] rows =
        [
            new(5.1, 0.2, "setosa"), new(4.9, 0.2, "setosa"), new(6.2, 1.8, "virginica"),
            new(5.9, 1e39, null!), new(6.0, 1.5, "versicolor"),
        ];
        ValidationResult result = IrisRow.ValidateRows(rows);
        Assert.False(result.IsValid);
        Assert.Equal(
            ["rows[3].petal_width: 1E+39 overflows float", "rows[3].species: null is not allowed (the column is required)"],
            Messages(result));
    }

    [Fact]
    public void Nested_values_are_checked_at_their_paths()
    {
        Order order = ValidOrder() with
        {
            Customer = null!,
            Items = [new LineItem("a-1", 2, 9.5), null!, new LineItem(null!, 1, null)],
            OptionalItems = [null, new LineItem(null!, 1, null)],
            Tags = new() { ["x"] = ["p", null!] },
            Groups = new Dictionary<string, IReadOnlyList<LineItem>> { ["g"] = [null!], ["h"] = null! },
            Codes = default,
        };
        Assert.Equal(
        [
            "customer: null is not allowed (the column is required)",
            "items[1]: null is not allowed in a required array",
            "items[2].Sku: null is not allowed (the property is required)",
            "optional_items[1].Sku: null is not allowed (the property is required)",
            "tags['x'][1]: null is not allowed in an array of string",
            "groups['g'][0]: null is not allowed in a required array",
            "groups['h']: null is not allowed in a required map",
            "codes: null is not allowed (the column is required)",
        ], Messages(Order.Validate(order)));
    }

    [Fact]
    public void Numbers_the_declared_type_cannot_hold_are_violations()
    {
        Order order = ValidOrder() with { Priority = 1L << 40, Serial = ulong.MaxValue, Ratio = double.MaxValue };
        Assert.Equal(
        [
            "priority: 1099511627776 is outside the range of integer (int32)",
            "serial: 18446744073709551615 is outside the range of long (int64)",
            "ratio: 1.7976931348623157E+308 overflows float",
        ], Messages(Order.Validate(order)));
        // Infinity and NaN are float values too: only a finite double too large for float32 overflows.
        Assert.True(Order.Validate(ValidOrder() with { Ratio = double.PositiveInfinity }).IsValid);
    }

    [Fact]
    public void Any_columns_accept_every_value_but_a_missing_required_one()
    {
        Assert.Equal(["payload: null is not allowed (the column is required)"], Messages(Order.Validate(ValidOrder() with { Payload = default })));
        Assert.Equal(["payload: null is not allowed (the column is required)"],
            Messages(Order.Validate(ValidOrder() with { Payload = JsonDocument.Parse("null").RootElement })));
        Assert.True(Order.Validate(ValidOrder() with { Extra = new[] { 1, 2 } }).IsValid);
    }

    [Fact]
    public void Tensor_dimensions_and_jagged_rows_are_checked()
    {
        var batch = new ImageBatch(
            new byte[2, 28, 27],
            [[1f, 2f, 3f], [4f, 5f], null!],
            [[1, 2], [3]],
            ["cat", null!]);
        Assert.Equal(
        [
            "images: dimension 2 is 27, expected 28",
            "boxes[1]: dimension 1 is 2, expected 3",
            "boxes[2]: null is not allowed inside a tensor",
            "tokens[1]: dimension 1 is 1 here but 2 in the first row (a tensor cannot be ragged)",
            "labels[1]: null is not allowed in a tensor of str",
        ], Messages(ImageBatch.Validate(batch)));
        Assert.Equal(["images: tensor is required but was null"], Messages(ImageBatch.Validate(ValidBatch() with { Images = null! })));
    }

    [Fact]
    public void A_null_instance_is_a_violation_at_the_root()
    {
        Assert.Equal(["the value is null"], Messages(IrisRow.Validate(null!)));
        Assert.Equal(["rows[1]: the value is null"], Messages(IrisRow.ValidateRows([new IrisRow(1, 1, "a"), null!])));
        Assert.Equal(["sensor: null is not allowed (the column is required)"], Messages(SensorReading.Validate(new SensorReading(null!, 1))));
    }

    [Fact]
    public void Params_may_be_null_but_list_items_may_not()
    {
        Assert.True(SearchParams.Validate(new SearchParams { Stop = null }).IsValid);
        Assert.True(SearchParams.Validate(new SearchParams { Filters = null! }).IsValid);
        Assert.Equal(["filters[1]: null is not allowed in an array of string"], Messages(SearchParams.Validate(new SearchParams { Filters = ["a", null!] })));
    }

    [Fact]
    public void Generic_code_validates_any_contract_through_the_interface()
    {
        static bool IsValid<T>(T value) where T : IModelContract<T> => T.Validate(value).IsValid;
        static string Collect<T>(T value) where T : IModelContract<T>
        {
            var errors = new ValidationCollector();
            T.Validate(value, ref errors);
            return errors.ToResult().ToString();
        }

        Assert.True(IsValid(ValidOrder()));
        Assert.False(IsValid(new SensorReading(null!, 1)));
        Assert.Equal("sensor: null is not allowed (the column is required)", Collect(new SensorReading(null!, 1)));
    }

    private static string[] Messages(ValidationResult result) => result.Errors.ToArray().Select(e => e.ToString()).ToArray();
}
