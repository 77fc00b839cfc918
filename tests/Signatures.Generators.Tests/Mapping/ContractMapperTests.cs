using Signatures.Shared.Mapping;

namespace Signatures.Generators.Tests.Mapping;

public class ContractMapperTests
{
    [Fact]
    public void Positional_record_members_keep_declaration_order_and_parameter_attributes()
    {
        var members = MappingHarness.Columns("""
            using Signatures;
            public partial record C([Column("a b")] double A, [property: Column("x")] long? B, string? Note, [SignatureIgnore] int Skip)
            {
                public bool Extra { get; init; }
                public static int Static => 1;
                private int Hidden => 2;
            }
            """);
        Assert.Equal(["A", "B", "Note", "Extra"], members.Select(m => m.MemberName));
        Assert.Equal(["a b", "x", "Note", "Extra"], members.Select(m => m.Name(NamingPolicy.Default)));
        Assert.Equal([true, false, false, true], members.Select(m => m.Required));
        Assert.Equal(["double", "long", "string", "boolean"], members.Select(m => m.Column!.DataType));
        Assert.Contains(members[1].Issues, i => i.Kind == MappingIssueKind.NullableInteger);
    }
}

public class MappingIssueTests
{
    private static MemberMapping Member(string declaration, string usings = "") => MappingHarness.Column($$"""
        using System;
        using System.Collections.Generic;
        using Signatures;
        {{usings}}
        public record Node(string Name, Node? Next);
        public record Empty;
        public enum Color { Red }
        public class C { {{declaration}} }
        """);

    [Theory]
    [InlineData("public ulong V { get; set; }", "ulong", "long")]
    [InlineData("public decimal V { get; set; }", "decimal", "double")]
    [InlineData("public DateTimeOffset V { get; set; }", "DateTimeOffset", "DateTime")]
    [InlineData("public List<UInt128> V { get; set; } = [];", "UInt128", "long")]
    public void Lossy_types_are_generated_and_reported(string declaration, string clr, string suggestion)
    {
        MemberMapping member = Member(declaration);
        Assert.True(member.IsGeneratable);
        MappingIssue issue = Assert.Single(member.Issues);
        Assert.Equal(MappingIssueKind.LossyType, issue.Kind);
        Assert.Equal(clr, issue.ClrType);
        Assert.Equal(suggestion, issue.Suggestion);
        Assert.False(issue.IsBlocking);
    }

    [Theory]
    [InlineData("public Color V { get; set; }", nameof(MappingIssueKind.UnsupportedType), "")]
        [InlineData("public HashSet<int> V { get; set; } = [];", nameof(MappingIssueKind.UnsupportedCollection), "")]
    [InlineData("public Dictionary<int, string> V { get; set; } = [];", nameof(MappingIssueKind.NonStringMapKey), "")]
    [InlineData("public int[,] V { get; set; } = new int[0, 0];", nameof(MappingIssueKind.MultiDimensionalArrayWithoutTensor), "")]
    [InlineData("public Node V { get; set; } = null!;", nameof(MappingIssueKind.RecursiveType), ".Next")]
    [InlineData("public Empty V { get; set; } = null!;", nameof(MappingIssueKind.EmptyObject), "")]
    [InlineData("public List<Uri> V { get; set; } = [];", nameof(MappingIssueKind.UnsupportedType), "[]")]
    [InlineData("public Missing V { get; set; }", nameof(MappingIssueKind.UnsupportedType), "")]
    [InlineData("[Tensor(-1, 2)] public float[] V { get; set; } = [];", nameof(MappingIssueKind.TensorRankMismatch), "")]
    [InlineData("[Tensor(-1)] public List<float> V { get; set; } = [];", nameof(MappingIssueKind.TensorNotArray), "")]
    [InlineData("[Tensor(-2)] public float[] V { get; set; } = [];", nameof(MappingIssueKind.TensorInvalidDimension), "")]
    [InlineData("[Tensor(-1, DType = \"float128\")] public float[] V { get; set; } = [];", nameof(MappingIssueKind.TensorUnknownDType), "")]
    [InlineData("[Tensor(-1)] public decimal[] V { get; set; } = [];", nameof(MappingIssueKind.TensorElementUnsupported), "")]
    public void Unsupported_members_carry_one_blocking_issue(string declaration, string kind, string path)
    {
        MemberMapping member = Member(declaration);
        Assert.False(member.IsGeneratable);
        Assert.Equal(MemberKind.Unsupported, member.Kind);
        MappingIssue issue = Assert.Single(member.Issues, i => i.IsBlocking);
        Assert.Equal(Enum.Parse<MappingIssueKind>(kind), issue.Kind);
        Assert.Equal(path, issue.Path);
        Assert.NotEmpty(issue.Detail);
    }

    [Theory]
    [InlineData("[Tensor(-1, DType = \"float32\")] public double[] V { get; set; } = [];", nameof(MappingIssueKind.TensorDTypeMismatch))]
    [InlineData("[Tensor(-1)] public float[]? V { get; set; }", nameof(MappingIssueKind.OptionalTensor))]
    [InlineData("[Column(Type = DataType.Integer)] public long V { get; set; }", nameof(MappingIssueKind.LossyDeclaration))]
    [InlineData("[Column(Type = DataType.Long)] public string[] V { get; set; } = [];", nameof(MappingIssueKind.LossyDeclaration))]
    [InlineData("[Column(Type = DataType.Long)] public Dictionary<string, object> V { get; set; } = [];", nameof(MappingIssueKind.DeclarationNotApplicable))]
    [InlineData("public int? V { get; set; }", nameof(MappingIssueKind.NullableInteger))]
    public void Advisory_facts_do_not_block_generation(string declaration, string kind)
    {
        MemberMapping member = Member(declaration);
        Assert.True(member.IsGeneratable);
        Assert.Equal(Enum.Parse<MappingIssueKind>(kind), Assert.Single(member.Issues).Kind);
    }

    [Fact]
    public void Tensor_mapping_reports_dtype_shape_and_layout()
    {
        MemberMapping jagged = Member("[Tensor(-1, 28, 28)] public float[][][] V { get; set; } = [];");
        Assert.Equal(new TensorMapping("float32", new([-1, 28, 28]), "float", 3, true, new([1, 1, 1])), jagged.Tensor);
        MemberMapping multi = Member("[Tensor(-1, 28, DType = \"uint8\")] public byte[,] V { get; set; } = new byte[0, 0];");
        Assert.Equal(new TensorMapping("uint8", new([-1, 28]), "byte", 2, false, new([2])), multi.Tensor);
        MemberMapping scalar = Member("[Tensor] public double V { get; set; }");
        Assert.Equal(new TensorMapping("float64", Shared.EquatableArray<int>.Empty, "double", 0, false, Shared.EquatableArray<int>.Empty), scalar.Tensor);
    }
}

public class ParamMappingTests
{
    private static ParamMapping Param(string declaration) => Assert.Single(MappingHarness.Params($$"""
        using System;
        using System.Collections.Generic;
        using Signatures;
        public record Cfg(double T, string? Stop = null);
        public class P { {{declaration}} }
        """));

    [Theory]
    [InlineData("public long V { get; set; } = 2;", "long", false, "2")]
    [InlineData("public long V { get; set; }", "long", false, "0")]
    [InlineData("public double V { get; set; } = 1;", "double", false, "1.0")]
    [InlineData("public double V = 1e300;", "double", false, "1e+300")]
    [InlineData("public float V { get; set; } = 0.1f;", "float", false, "0.10000000149011612")]
    [InlineData("public double V { get; set; } = -0.0;", "double", false, "-0.0")]
    [InlineData("public decimal V { get; set; } = 1.25m;", "double", false, "1.25")]
    [InlineData("public bool V { get; set; } = true;", "boolean", false, "true")]
    [InlineData("public string V { get; set; } = \"é\\\"\";", "string", false, "\"\\u00e9\\\"\"")]
    [InlineData("public char V { get; set; } = 'x';", "string", false, "\"x\"")]
    [InlineData("public string? V { get; set; }", "string", false, "null")]
    [InlineData("public const string Name = \"n\"; public string V { get; set; } = Name + \"!\";", "string", false, "\"n!\"")]
    [InlineData("public long[] V { get; set; } = [1, -2, 3];", "long", true, "[1, -2, 3]")]
    [InlineData("public double[] V { get; set; } = new[] { 1, 2 };", "double", true, "[1.0, 2.0]")]
    [InlineData("public List<string?> V { get; set; } = new() { \"a\", null };", "string", true, "[\"a\", null]")]
    [InlineData("public IReadOnlyList<bool> V { get; set; } = new bool[] { true };", "boolean", true, "[true]")]
    [InlineData("public DateTime V { get; set; } = new(2024, 2, 29, 23, 59, 59, 123, 456, DateTimeKind.Utc);", "datetime", false, "\"2024-02-29T23:59:59.123456\"")]
    [InlineData("public DateTime[] V { get; set; } = [new DateTime(2023, 6, 26), new(2023, 6, 27)];", "datetime", true, "[\"2023-06-26T00:00:00\", \"2023-06-27T00:00:00\"]")]
    [InlineData("[Column(Type = DataType.Datetime)] public string V { get; set; } = \"2023-06-06\";", "datetime", false, "\"2023-06-06\"")]
    [InlineData("public Cfg V { get; set; } = new(0.5);", "object", false, "{\"T\": 0.5}")]
    [InlineData("public Cfg V { get; set; } = new Cfg(T: 1, Stop: \"x\");", "object", false, "{\"T\": 1.0, \"Stop\": \"x\"}")]
    public void Defaults_are_normalised_as_MLflow_does(string declaration, string type, bool isList, string json)
    {
        ParamMapping param = Param(declaration);
        Assert.True(param.IsGeneratable, string.Join("; ", param.Issues));
        Assert.Equal(type, param.TypeName);
        Assert.Equal(isList, param.IsList);
        Assert.Equal(json, param.Default!.ToJson(Shared.Mapping.NamingPolicy.Default));
    }

    [Theory]
    [InlineData("public long V { get; set; } = Environment.ProcessorCount;", nameof(MappingIssueKind.ParamDefaultNotConstant))]
    [InlineData("public long[] V { get; set; } = [.. Array.Empty<long>()];", nameof(MappingIssueKind.ParamDefaultNotConstant))]
    [InlineData("public long[]? V { get; set; }", nameof(MappingIssueKind.ParamDefaultInvalid))]
    [InlineData("public DateTime? V { get; set; }", nameof(MappingIssueKind.ParamDefaultInvalid))]
    [InlineData("public DateTime V { get; set; } = new(2023, 2, 30);", nameof(MappingIssueKind.ParamDefaultInvalid))]
    [InlineData("public double V { get; set; } = double.NaN;", nameof(MappingIssueKind.ParamDefaultInvalid))]
    [InlineData("public Cfg? V { get; set; }", nameof(MappingIssueKind.ParamDefaultInvalid))]
    [InlineData("public byte[] V { get; set; } = [];", nameof(MappingIssueKind.ParamUnsupportedType))]
    [InlineData("public Dictionary<string, long> V { get; set; } = [];", nameof(MappingIssueKind.ParamUnsupportedType))]
    [InlineData("public long[][] V { get; set; } = [];", nameof(MappingIssueKind.ParamMultiDimensional))]
    [InlineData("[Tensor(-1)] public float[] V { get; set; } = [];", nameof(MappingIssueKind.ParamUnsupportedType))]
    public void Params_the_generator_cannot_write_carry_a_blocking_issue(string declaration, string kind)
    {
        ParamMapping param = Param(declaration);
        Assert.False(param.IsGeneratable);
        Assert.Equal(Enum.Parse<MappingIssueKind>(kind), Assert.Single(param.Issues, i => i.IsBlocking).Kind);
    }
}

public class ColumnNamesTests
{
    [Theory]
    [InlineData("PetalWidth", "petal_width", "petalWidth")]
    [InlineData("IOStream", "io_stream", "ioStream")]
    [InlineData("URL", "url", "url")]
    [InlineData("Feature00", "feature00", "feature00")]
    [InlineData("already_snake", "already_snake", "already_snake")]
    [InlineData("X", "x", "x")]
    [InlineData("sepalLength", "sepal_length", "sepalLength")]
    public void Policies_split_words_like_System_Text_Json(string name, string snake, string camel)
    {
        Assert.Equal(name, ColumnNames.Apply(name, NamingPolicy.AsDeclared));
        Assert.Equal(snake, ColumnNames.Apply(name, NamingPolicy.SnakeCase));
        Assert.Equal(camel, ColumnNames.Apply(name, NamingPolicy.CamelCase));
        Assert.Equal(snake, System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name));
        Assert.Equal(camel, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name));
    }

    [Theory]
    [InlineData("SnakeCase", nameof(NamingPolicy.SnakeCase))]
    [InlineData("snake_case", nameof(NamingPolicy.SnakeCase))]
    [InlineData(" camelcase ", nameof(NamingPolicy.CamelCase))]
    [InlineData("AsDeclared", nameof(NamingPolicy.AsDeclared))]
    public void MSBuild_values_parse(string value, string expected)
    {
        Assert.True(ColumnNames.TryParsePolicy(value, out NamingPolicy policy));
        Assert.Equal(Enum.Parse<NamingPolicy>(expected), policy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Pascal")]
    [InlineData(null)]
    public void Unknown_MSBuild_values_are_rejected(string? value) => Assert.False(ColumnNames.TryParsePolicy(value, out _));

    [Fact]
    public void Shared_enums_agree_with_the_runtime()
    {
        foreach (ColumnNaming naming in Enum.GetValues<ColumnNaming>())
        {
            Assert.Equal(naming.ToString(), ((NamingPolicy)(int)naming).ToString());
        }
        Assert.Equal(Enum.GetNames<DataType>(), MlflowDataTypes.MemberNames);
        Assert.Equal(Enum.GetValues<DataType>().Select(t => t.ToMlflowName()), MlflowDataTypes.Names);
        Assert.Equal(Enum.GetValues<NumpyDType>().Select(t => t.ToNumpyName()), NumpyDTypes.Names);
        foreach (NumpyDType dtype in Enum.GetValues<NumpyDType>())
        {
            Assert.Equal(dtype.ToString(), NumpyDTypes.MemberName(dtype.ToNumpyName()));
        }
    }
}

public class SymbolFactsTests
{
    [Theory]
    [InlineData("N.Outer+Inner`1", "Inner", true)]
    [InlineData("N.Outer.Inner`1", "Inner", false)]
    [InlineData("Outer+Inner`1", "Inner", false)]
    [InlineData("N.Outer", "Outer", true)]
    [InlineData("M.N.Outer", "Outer", false)]
    [InlineData("Global", "Global", true)]
    [InlineData("N.Global", "Global", false)]
    public void Metadata_names_compare_segment_by_segment(string metadataName, string typeName, bool expected)
    {
        var compilation = MappingHarness.Compile("namespace N { public class Outer { public class Inner<T> { } } } public class Global { }");
        var type = typeName switch
        {
            "Inner" => compilation.GetTypeByMetadataName("N.Outer+Inner`1")!,
            "Outer" => compilation.GetTypeByMetadataName("N.Outer")!,
            _ => compilation.GetTypeByMetadataName("Global")!,
        };
        Assert.Equal(expected, SymbolFacts.HasMetadataName(type, metadataName));
        Assert.Equal(SymbolFacts.MetadataName(type) == metadataName, expected);
    }

    [Theory]
    [InlineData("System.Collections.Generic", true)]
    [InlineData("Collections.Generic", false)]
    [InlineData("System.Collections", false)]
    [InlineData("System.Collections.Generic.Extra", false)]
    public void Namespaces_compare_exactly(string ns, bool expected)
    {
        var list = MappingHarness.Compile("").GetTypeByMetadataName("System.Collections.Generic.List`1")!;
        Assert.Equal(expected, SymbolFacts.IsInNamespace(list, ns));
    }
}
