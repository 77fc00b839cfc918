using System.Globalization;
using System.Text.Json.Nodes;
using Signatures.Examples;
using Signatures.Inference;
using Signatures.Tests.Vectors;

namespace Signatures.Tests.Inference;

/// <summary>infer.jsonl: every vector whose input a C# value can express gives MLflow's exact <c>signature_dict</c>
/// (or MLflow's refusal). The vector's description becomes the C# value a user would pass: typed arrays for a
/// DataFrame with dtypes, <see cref="ColumnTable.Series"/> for a Series, <see cref="InputExample"/>s otherwise.</summary>
public class InferVectorTests
{
    /// <summary>Vectors C# cannot express, with the reason (also listed in docs/build-time.md).</summary>
    private static readonly Dictionary<string, string> NotExpressible = new()
    {
        ["scalar_np_int32"] = "a numpy scalar: C# has no separate numpy scalar types; an int is a Python int",
        ["scalar_np_int8"] = "a numpy scalar: C# has no separate numpy scalar types; an sbyte is a Python int",
    };

    public static IEnumerable<object[]> Rows() => VectorFiles.Read("infer.jsonl");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Signature_is_inferred_as_MLflow_infers_it(string id, string line)
    {
        if (NotExpressible.ContainsKey(id)) return;
        JsonNode v = JsonNode.Parse(line)!;
        if (v["expect"]!.GetValue<string>() == "error")
        {
            Assert.Throws<InputExampleException>(() => SignatureInference.Infer(Input(v)));
            return;
        }
        ModelSignature signature = SignatureInference.Infer(Input(v), v["model_output"] is JsonObject output ? Value(output) : null);
        Assert.Equal(v["signature_dict"]!.ToJsonString(), Normalize(signature.ToDictJson()));
    }

    [Fact]
    public void Counts_of_expressible_vectors_are_known()
    {
        int all = Rows().Count();
        Assert.True(all >= 31);
        Assert.Equal(2, NotExpressible.Count);
        Assert.All(NotExpressible.Keys, id => Assert.Contains(Rows(), r => (string)r[0] == id));
    }

    // Python's json.dumps separators vs System.Text.Json's: compare as parsed JSON text.
    private static string Normalize(string pythonJson) => JsonNode.Parse(pythonJson)!.ToJsonString();

    private static object? Input(JsonNode v)
    {
        object? data = Value(v["model_input"]!.AsObject());
        if (v["params"] is JsonObject parameters)
        {
            var list = parameters.Select(p => new KeyValuePair<string, object?>(p.Key, PythonValue(p.Value))).ToList();
            return ((InputExample)data!).WithParams(list);
        }
        return data;
    }

    private static object? Value(JsonObject description)
    {
        string kind = description["kind"]!.GetValue<string>();
        if (kind == "series")
        {
            var values = (List<object?>)PythonValue(description["data"])!;
            return ColumnTable.Series(values.ToArray(), description["name"]?.GetValue<string>());
        }
        if (kind == "dataframe" && description["dtypes"] is JsonObject dtypes)
        {
            var data = description["data"]!.AsObject();
            return ColumnTable.FromColumns(data.Select(c => new KeyValuePair<string, Array>(c.Key, Typed(c.Value!.AsArray(), dtypes[c.Key]!.GetValue<string>()))));
        }
        return InputExample.FromDescriptor(description.ToJsonString());
    }

    private static Array Typed(JsonArray values, string dtype)
    {
        double[] numbers = values.Select(n => n!.GetValue<double>()).ToArray();
        return dtype switch
        {
            "int8" => numbers.Select(n => (sbyte)n).ToArray(),
            "int16" => numbers.Select(n => (short)n).ToArray(),
            "int32" => numbers.Select(n => (int)n).ToArray(),
            "int64" => numbers.Select(n => (long)n).ToArray(),
            "uint8" => numbers.Select(n => (byte)n).ToArray(),
            "uint16" => numbers.Select(n => (ushort)n).ToArray(),
            "uint32" => numbers.Select(n => (uint)n).ToArray(),
            "uint64" => numbers.Select(n => (ulong)n).ToArray(),
            "float16" => numbers.Select(n => (Half)n).ToArray(),
            "float32" => numbers.Select(n => (float)n).ToArray(),
            "float64" => numbers,
            "bool" => numbers.Select(n => n != 0).ToArray(),
            _ => throw new InvalidOperationException("dtype " + dtype),
        };
    }

    // A Python value description ($ tags included) as the CLR value, through the example reader's own rules.
    private static object? PythonValue(JsonNode? node)
    {
        var example = InputExample.FromDescriptor(new JsonObject { ["kind"] = "python", ["value"] = node?.DeepClone() }.ToJsonString());
        return ((JsonObjectExample)example).Value;
    }
}
