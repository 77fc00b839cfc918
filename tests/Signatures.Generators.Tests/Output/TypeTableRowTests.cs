using Signatures.Generators.Tests.Infrastructure;

namespace Signatures.Generators.Tests.Output;

/// <summary>Every row of DESIGN.md's type table, through the real generator: the generated <c>SchemaJson</c> is the
/// column the table names, and the generated <c>Schema</c> object serializes to the same bytes at run time.</summary>
public class TypeTableRowTests
{
    [Theory]
    // scalars
    [InlineData("bool", "{\"type\": \"boolean\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("sbyte", "{\"type\": \"integer\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("short", "{\"type\": \"integer\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("int", "{\"type\": \"integer\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("byte", "{\"type\": \"integer\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("ushort", "{\"type\": \"integer\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("uint", "{\"type\": \"long\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("long", "{\"type\": \"long\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("nint", "{\"type\": \"long\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("ulong", "{\"type\": \"long\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("nuint", "{\"type\": \"long\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Half", "{\"type\": \"float\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("float", "{\"type\": \"float\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("double", "{\"type\": \"double\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("decimal", "{\"type\": \"double\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Int128", "{\"type\": \"long\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.UInt128", "{\"type\": \"long\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Numerics.BigInteger", "{\"type\": \"long\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("string", "{\"type\": \"string\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("char", "{\"type\": \"string\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Guid", "{\"type\": \"string\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("byte[]", "{\"type\": \"binary\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.ReadOnlyMemory<byte>", "{\"type\": \"binary\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.DateTime", "{\"type\": \"datetime\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.DateOnly", "{\"type\": \"datetime\", \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.DateTimeOffset", "{\"type\": \"datetime\", \"name\": \"Value\", \"required\": true}")]
    // T? (nullable) -> required false
    [InlineData("int?", "{\"type\": \"integer\", \"name\": \"Value\", \"required\": false}")]
    [InlineData("string?", "{\"type\": \"string\", \"name\": \"Value\", \"required\": false}")]
    [InlineData("System.DateTime?", "{\"type\": \"datetime\", \"name\": \"Value\", \"required\": false}")]
    // T[], List<T>, IReadOnlyList<T>, ... -> array
    [InlineData("long[]", "{\"type\": \"array\", \"items\": {\"type\": \"long\"}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Collections.Generic.List<string>", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Collections.Generic.IReadOnlyList<double>", "{\"type\": \"array\", \"items\": {\"type\": \"double\"}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Collections.Generic.IEnumerable<bool>", "{\"type\": \"array\", \"items\": {\"type\": \"boolean\"}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Collections.Generic.IList<float>", "{\"type\": \"array\", \"items\": {\"type\": \"float\"}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Collections.Generic.ICollection<int>", "{\"type\": \"array\", \"items\": {\"type\": \"integer\"}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Collections.Generic.IReadOnlyCollection<int>", "{\"type\": \"array\", \"items\": {\"type\": \"integer\"}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Collections.Immutable.ImmutableArray<long>", "{\"type\": \"array\", \"items\": {\"type\": \"long\"}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("int[][]", "{\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"type\": \"integer\"}}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("string[]?", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"name\": \"Value\", \"required\": false}")]
    // nested record/class -> object (properties sorted by name)
    [InlineData("Nested", "{\"type\": \"object\", \"properties\": {\"Amount\": {\"type\": \"double\", \"required\": false}, \"Label\": {\"type\": \"string\", \"required\": true}, \"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"required\": true}}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("Nested?", "{\"type\": \"object\", \"properties\": {\"Amount\": {\"type\": \"double\", \"required\": false}, \"Label\": {\"type\": \"string\", \"required\": true}, \"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"required\": true}}, \"name\": \"Value\", \"required\": false}")]
    [InlineData("NestedStruct", "{\"type\": \"object\", \"properties\": {\"X\": {\"type\": \"integer\", \"required\": true}}, \"name\": \"Value\", \"required\": true}")]
    // string-keyed dictionaries -> map
    [InlineData("System.Collections.Generic.Dictionary<string, long>", "{\"type\": \"map\", \"values\": {\"type\": \"long\"}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Collections.Generic.IReadOnlyDictionary<string, Nested>", "{\"type\": \"map\", \"values\": {\"type\": \"object\", \"properties\": {\"Amount\": {\"type\": \"double\", \"required\": false}, \"Label\": {\"type\": \"string\", \"required\": true}, \"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"required\": true}}}, \"name\": \"Value\", \"required\": true}")]
    [InlineData("System.Collections.Generic.IDictionary<string, int[]>", "{\"type\": \"map\", \"values\": {\"type\": \"array\", \"items\": {\"type\": \"integer\"}}, \"name\": \"Value\", \"required\": true}")]
    public void Column_types_follow_the_design_table(string clrType, string expectedColumn) =>
        AssertSchema($"public {clrType} Value {{ get; init; }} = default!;", "[" + expectedColumn + "]");

    [Theory]
    [InlineData("bool", "bool")]
    [InlineData("sbyte", "int8")]
    [InlineData("short", "int16")]
    [InlineData("int", "int32")]
    [InlineData("byte", "uint8")]
    [InlineData("ushort", "uint16")]
    [InlineData("uint", "uint32")]
    [InlineData("long", "int64")]
    [InlineData("nint", "int64")]
    [InlineData("ulong", "uint64")]
    [InlineData("nuint", "uint64")]
    [InlineData("System.Half", "float16")]
    [InlineData("float", "float32")]
    [InlineData("double", "float64")]
    [InlineData("string", "str")]
    [InlineData("char", "str")]
    [InlineData("System.Guid", "str")]
    [InlineData("byte[]", "bytes")]
    [InlineData("System.DateTime", "datetime64[ns]")]
    [InlineData("System.DateOnly", "datetime64[ns]")]
    public void Tensor_dtypes_follow_the_element_type(string element, string dtype)
    {
        // Both layouts: one multi-dimensional array and a jagged one. C# writes the outermost rank first,
        // so a 2-D array of byte[] elements is byte[,][].
        string multiDimensional = element == "byte[]" ? "byte[,][]" : element + "[,]";
        AssertSchema($"[Tensor(-1, 2)] public {multiDimensional} Value {{ get; init; }} = default!;",
            $"[{{\"name\": \"Value\", \"type\": \"tensor\", \"tensor-spec\": {{\"dtype\": \"{dtype}\", \"shape\": [-1, 2]}}}}]");
        AssertSchema($"[Tensor(-1, 2)] public {element}[][] Value {{ get; init; }} = default!;",
            $"[{{\"name\": \"Value\", \"type\": \"tensor\", \"tensor-spec\": {{\"dtype\": \"{dtype}\", \"shape\": [-1, 2]}}}}]");
    }

    [Fact]
    public void Explicit_column_type_widens_the_natural_type() =>
        AssertSchema("[Column(Type = DataType.Long)] public int Value { get; init; }",
            "[{\"type\": \"long\", \"name\": \"Value\", \"required\": true}]");

    [Fact]
    public void Column_required_false_makes_a_non_nullable_member_optional() =>
        AssertSchema("[Column(Required = false)] public double Value { get; init; }",
            "[{\"type\": \"double\", \"name\": \"Value\", \"required\": false}]");

    private static void AssertSchema(string member, string expectedJson)
    {
        string source = $$"""
            using Signatures;
            namespace T;
            public record Nested(string Label, double? Amount, [property: Column("tags")] string[] Tags);
            public struct NestedStruct { public int X; }
            [ModelInput]
            public partial class Contract
            {
                {{member}}
            }
            """;
        var assembly = GeneratorHarness.Run(source).Load();
        Type contract = GeneratedMembers.Type(assembly, "T.Contract");
        Assert.Equal(expectedJson, GeneratedMembers.Const(contract, "SchemaJson"));
        Assert.Equal(expectedJson, ((Schema)GeneratedMembers.Static(contract, "Schema")!).ToJson());
    }
}
