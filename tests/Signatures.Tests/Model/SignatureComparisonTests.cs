namespace Signatures.Tests.Model;

/// <summary>The run-time comparison of a contract's signature with a model's: the SIG04xx rules, one difference each.</summary>
public class SignatureComparisonTests
{
    private static ModelSignature Signature(string inputs, string? outputs = null, string? parameters = null) =>
        new(Schema(inputs), outputs is null ? null : Schema(outputs), parameters is null ? null : ModelSignature.FromDictJson(
            "{\"inputs\": null, \"outputs\": null, \"params\": " + System.Text.Json.JsonSerializer.Serialize(parameters) + "}").Params);

    private static Schema Schema(string json) =>
        ModelSignature.FromDictJson("{\"inputs\": " + System.Text.Json.JsonSerializer.Serialize(json) + ", \"outputs\": null, \"params\": null}").Inputs!;

    private static (string Id, string Part, string? Name)[] Compare(ModelSignature contract, ModelSignature model) =>
        SignatureComparison.Compare(contract, model).Select(static d => (d.Id, d.Part, d.Name)).ToArray();

    [Fact]
    public void Equal_signatures_have_no_difference_whatever_the_column_order()
    {
        var contract = Signature("""[{"type": "long", "name": "a", "required": true}, {"type": "string", "name": "b", "required": false}]""");
        var model = Signature("""[{"type": "string", "name": "b", "required": false}, {"type": "long", "name": "a", "required": true}]""");
        Assert.Empty(SignatureComparison.Compare(contract, model));
    }

    [Fact]
    public void Columns_differ_by_presence_type_widening_and_required()
    {
        var contract = Signature("""[{"type": "double", "name": "x", "required": true}, {"type": "string", "name": "y", "required": true}, {"type": "long", "name": "z", "required": true}, {"type": "boolean", "name": "only_contract", "required": true}]""");
        var model = Signature("""[{"type": "float", "name": "x", "required": true}, {"type": "long", "name": "y", "required": true}, {"type": "long", "name": "z", "required": false}, {"type": "binary", "name": "only_model", "required": true}]""");
        Assert.Equal(
            [("SIG0406", "inputs", "x"), ("SIG0405", "inputs", "y"), ("SIG0407", "inputs", "z"), ("SIG0403", "inputs", "only_contract"), ("SIG0404", "inputs", "only_model")],
            Compare(contract, model));
    }

    [Fact]
    public void A_narrowing_is_not_a_widening()
    {
        var contract = Signature("""[{"type": "integer", "name": "x", "required": true}]""");
        var model = Signature("""[{"type": "long", "name": "x", "required": true}]""");
        Assert.Equal([("SIG0405", "inputs", "x")], Compare(contract, model));
    }

    [Fact]
    public void Tensors_differ_by_dtype_and_shape_and_parts_by_kind()
    {
        var contract = Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "float64", "shape": [-1, 4]}, "name": "t"}]""",
            """[{"type": "double", "name": "score", "required": true}]""");
        var model = Signature("""[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 3]}, "name": "t"}]""",
            """[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1]}, "name": "score"}]""");
        Assert.Equal([("SIG0408", "inputs", "t"), ("SIG0409", "inputs", "t"), ("SIG0412", "outputs", null)], Compare(contract, model));
    }

    [Fact]
    public void Params_differ_by_type_default_presence_and_absence()
    {
        const string modelParams = """[{"name": "k", "type": "long", "default": 2, "shape": null}, {"name": "t", "type": "double", "default": 0.5, "shape": null}, {"name": "m", "type": "string", "default": "a", "shape": null}]""";
        const string contractParams = """[{"name": "k", "type": "long", "default": 3, "shape": null}, {"name": "t", "type": "float", "default": 0.5, "shape": null}, {"name": "c", "type": "boolean", "default": true, "shape": null}]""";
        const string columns = """[{"type": "long", "name": "a", "required": true}]""";
        Assert.Equal(
            [("SIG0411", "params", "k"), ("SIG0410", "params", "t"), ("SIG0403", "params", "c"), ("SIG0404", "params", "m")],
            Compare(Signature(columns, parameters: contractParams), Signature(columns, parameters: modelParams)));
        Assert.Equal([("SIG0412", "params", null)], Compare(Signature(columns), Signature(columns, parameters: modelParams)));
    }
}
