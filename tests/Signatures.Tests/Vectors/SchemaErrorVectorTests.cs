using System.Text.Json.Nodes;

namespace Signatures.Tests.Vectors;

/// <summary>Every line of <c>schema_errors.jsonl</c>: what MLflow refuses to read or write is refused here, with a
/// <see cref="SignatureException"/> from the API and exit code 1 from <c>signatures format</c>.</summary>
public class SchemaErrorVectorTests
{
    public static IEnumerable<object[]> DictRows() =>
        VectorFiles.Read("schema_errors.jsonl").Where(r => JsonNode.Parse((string)r[1])!["signature_dict"] is not null);

    public static IEnumerable<object[]> ConstructorRows() =>
        VectorFiles.Read("schema_errors.jsonl").Where(r => JsonNode.Parse((string)r[1])!["signature_dict"] is null);

    [Theory]
    [MemberData(nameof(DictRows))]
    public void Reading_is_refused_with_a_signature_exception(string id, string line)
    {
        string json = JsonNode.Parse(line)!["signature_dict"]!.ToJsonString();
        var error = Assert.Throws<SignatureException>(() => ModelSignature.FromDictJson(json));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), id);
    }

    [Theory]
    [MemberData(nameof(DictRows))]
    public void Format_exits_1_with_one_line_on_stderr(string id, string line)
    {
        string json = JsonNode.Parse(line)!["signature_dict"]!.ToJsonString();
        using var file = new TempFile(json);
        var result = CliRunner.Run("format", "--signature", file.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("signatures: ", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.True(id.Length > 0);
    }

    [Theory]
    [MemberData(nameof(DictRows))]
    public void The_mlmodel_form_is_refused_too(string id, string line)
    {
        JsonNode dict = JsonNode.Parse(line)!["signature_dict"]!;
        string yaml = "flavors: {}\nsignature:\n" + string.Concat(new[] { "inputs", "outputs", "params" }
            .Where(k => dict[k] is not null)
            .Select(k => $"  {k}: '{dict[k]!.GetValue<string>().Replace("'", "''")}'\n"));
        Assert.Throws<SignatureException>(() => ModelSignature.FromMLmodelYaml(yaml));
        Assert.True(id.Length > 0);
    }

    /// <summary>Constructor-stage lines have no JSON: each names a Python construction MLflow refuses. The C# API
    /// must make the equivalent impossible, by its types or with a <see cref="SignatureException"/>. The check is
    /// chosen by what MLflow's error says (ids of further vectors may differ; their errors are of the same kinds).</summary>
    [Theory]
    [MemberData(nameof(ConstructorRows))]
    public void The_equivalent_construction_is_impossible_in_csharp(string id, string line)
    {
        JsonNode vector = JsonNode.Parse(line)!;
        string message = vector["error_message"]!.GetValue<string>();
        var checks = ConstructionChecks.Where(c => message.Contains(c.Key, StringComparison.Ordinal)).Select(c => c.Value).ToArray();
        Assert.True(checks.Length > 0,
            $"constructor vector '{id}' ({vector["constructor"]}: {message}) has no C# check yet: add one to {nameof(ConstructionChecks)}");
        foreach (Action check in checks) check();
    }

    private static readonly ScalarType Long = ColumnType.Of(DataType.Long);

    private static void OnlyConstructorsTaking(Type type, int position, Type parameterType) =>
        Assert.All(type.GetConstructors(), c => Assert.True(parameterType.IsAssignableFrom(c.GetParameters()[position].ParameterType),
            $"{type.Name} constructor parameter {position} is {c.GetParameters()[position].ParameterType.Name}"));

    /// <summary>MLflow's error text -> the C# check that the same construction cannot happen.</summary>
    private static readonly Dictionary<string, Action> ConstructionChecks = new()
    {
        // Schema(ColSpec): the C# constructor takes a sequence of InputSpec, so a single spec is a list of one.
        ["Inputs of Schema must be a list"] = () => OnlyConstructorsTaking(typeof(Schema), 0, typeof(IEnumerable<InputSpec>)),
        // TensorSpec(type='float32'): the dtype is the NumpyDType enum, never a string or another object.
        ["Expected `dtype` to be instance of"] = () => OnlyConstructorsTaking(typeof(TensorSpec), 0, typeof(NumpyDType)),
        ["Expected `shape` to be instance of"] = () => OnlyConstructorsTaking(typeof(TensorSpec), 1, typeof(IEnumerable<long>)),
        ["does not support size information"] = () => Assert.All(Enum.GetValues<NumpyDType>(), d => Assert.False(NumpyDTypeNames.IsSizedFlexible(d.ToNumpyName()))),
        // ModelSignature(inputs=list): inputs and outputs are Schema, params ParamSchema.
        ["inputs must be either None"] = () => OnlyConstructorsTaking(typeof(ModelSignature), 0, typeof(Schema)),
        ["outputs must be either None"] = () => OnlyConstructorsTaking(typeof(ModelSignature), 1, typeof(Schema)),
        ["If params are provided"] = () => OnlyConstructorsTaking(typeof(ModelSignature), 2, typeof(ParamSchema)),
        ["At least one of inputs, outputs or params"] = () => Assert.Throws<SignatureException>(() => new ModelSignature(null, null, null)),
        // ColSpec/Property/Array/Map types are ColumnType values, never strings or other objects.
        ["for the 'type' argument"] = () => OnlyConstructorsTaking(typeof(ColSpec), 0, typeof(ColumnType)),
        ["for the 'dtype' argument"] = () => Assert.Equal(typeof(ColumnType), typeof(ObjectProperty).GetProperty(nameof(ObjectProperty.Type))!.PropertyType),
        ["Unsupported type"] = () => Assert.Equal(typeof(DataType), typeof(ScalarType).GetProperty(nameof(ScalarType.DataType))!.PropertyType),
        ["Expected name to be a string"] = () => Assert.Equal(typeof(string), typeof(ObjectProperty).GetProperty(nameof(ObjectProperty.Name))!.PropertyType),
        ["Expected properties to be a list"] = () => OnlyConstructorsTaking(typeof(ObjectType), 0, typeof(IEnumerable<ObjectProperty>)),
        ["Expected values to be instance of Property"] = () => OnlyConstructorsTaking(typeof(ObjectType), 0, typeof(IEnumerable<ObjectProperty>)),
        ["Found duplicated property names"] = () => Assert.Throws<SignatureException>(() =>
            new ObjectType([new ObjectProperty("a", Long), new ObjectProperty("a", ColumnType.Of(DataType.String))])),
        ["Creating Object with empty properties"] = () => Assert.Throws<SignatureException>(() => new ObjectType([])),
        ["Creating Schema with empty inputs"] = () => Assert.Throws<SignatureException>(() => new Schema()),
        ["combination of named and unnamed"] = () => Assert.Throws<SignatureException>(() => new Schema(new ColSpec(Long, "a"), new ColSpec(Long))),
        ["Creating Schema with a combination of {0} and {1}"] = () =>
            Assert.Throws<SignatureException>(() => new Schema(new ColSpec(Long, "a"), new TensorSpec(NumpyDType.Int64, [-1], "t"))),
        ["multiple unnamed TensorSpecs"] = () =>
            Assert.Throws<SignatureException>(() => new Schema(new TensorSpec(NumpyDType.Int64, [-1]), new TensorSpec(NumpyDType.Int64, [-1]))),
        ["unnamed optional inputs"] = () => Assert.Throws<SignatureException>(() => new Schema(new ColSpec(Long, null, false))),
        ["Duplicated parameters found"] = () =>
            Assert.Throws<SignatureException>(() => new ParamSchema(new ParamSpec("p", DataType.Long, 1L), new ParamSpec("p", DataType.Long, 1L))),
        ["Binary type is not supported for parameters"] = () => Assert.Throws<SignatureException>(() => new ParamSpec("p", DataType.Binary, "YQ==")),
        ["'dtype' must be DataType, Object or str"] = () => Assert.Throws<SignatureException>(() => ParamSpec.FromJson("p", new ArrayType(Long), "[1]", isList: false)),
        ["Value must be a 1D array"] = () => Assert.Throws<SignatureException>(() => new ParamSpec("p", DataType.Long, 1L, isList: true)),
        ["Failed to validate type and shape"] = () => Assert.Throws<SignatureException>(() => new ParamSpec("p", DataType.Long, "1")),
        ["has no attribute 'isoformat'"] = () => Assert.Throws<SignatureException>(() => new ParamSpec("p", DataType.Datetime, null)),
    };
}
