using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Json.Schema;
using Signatures.Benchmarks.Contracts;
using Signatures.Enforcement;

namespace Signatures.Benchmarks;

/// <summary>
/// Reading one serving request of 1,000 rows x 10 columns (<c>dataframe_records</c>, 230 KB: two <c>long</c>, one
/// <c>integer</c>, three <c>double</c> with 17-digit values, one <c>float</c>, two <c>string</c> (some non-ASCII), one
/// <c>boolean</c>, all required) into rows of <see cref="CustomerRow"/>:
/// <list type="bullet">
/// <item>baseline: System.Text.Json's source-generated deserializer, no validation at all;</item>
/// <item>the signature's generated <c>ReadRequest</c>: full enforcement (envelope, columns, every value by the
/// conversion policy), typed rows;</item>
/// <item>System.Text.Json plus JsonSchema.Net checking the same things (envelope, required columns, types, integer
/// ranges) before deserializing;</item>
/// <item>the dynamic <see cref="RequestEnforcer"/> on the same body (typed columns, no rows).</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private byte[] body = [];
    private RequestEnforcer enforcer = null!;
    private JsonSchema schema = null!;
    private readonly EvaluationOptions flag = new() { OutputFormat = OutputFormat.Flag };

    /// <summary>Builds the body, the enforcer and the JSON Schema, and checks that every contender reads the same rows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        enforcer = new RequestEnforcer(CustomerModel.Signature);
        schema = JsonSchema.FromText(RecordsSchema);
        body = Encoding.UTF8.GetBytes(BuildRecordsBody(rows: 1000));

        CustomerRow[] generated = CustomerModel.ReadRequest(body).Input;
        List<CustomerRow> stj = JsonSerializer.Deserialize(body, CustomerJsonContext.Default.CustomerRecordsRequest)!.DataframeRecords;
        if (!generated.SequenceEqual(stj)) throw new InvalidOperationException("The generated reader and System.Text.Json read different rows.");
        if (SystemTextJsonWithJsonSchemaNet() != generated.Length) throw new InvalidOperationException("JsonSchema.Net refused the body.");
        if (!enforcer.Enforce(body).IsAccepted) throw new InvalidOperationException("The enforcer refused the body.");
    }

    /// <summary>Baseline: System.Text.Json's source-generated deserializer, no validation.</summary>
    [Benchmark(Baseline = true)]
    public int SystemTextJsonSourceGen() => JsonSerializer.Deserialize(body, CustomerJsonContext.Default.CustomerRecordsRequest)!.DataframeRecords.Count;

    /// <summary>The signature's generated reader: full enforcement, typed rows.</summary>
    [Benchmark]
    public int GeneratedReadRequest() => CustomerModel.ReadRequest(body).Input.Length;

    /// <summary>System.Text.Json + JsonSchema.Net: parse, validate the same checks, then deserialize.</summary>
    [Benchmark]
    public int SystemTextJsonWithJsonSchemaNet()
    {
        JsonNode node = JsonNode.Parse(body)!;
        if (!schema.Evaluate(node, flag).IsValid) throw new InvalidOperationException("invalid");
        return node.Deserialize(CustomerJsonContext.Default.CustomerRecordsRequest)!.DataframeRecords.Count;
    }

    /// <summary>The dynamic enforcer on the same body.</summary>
    [Benchmark]
    public int DynamicEnforcer() => ((ColumnsInput)enforcer.Enforce(body).Request!.Input).RowCount;

    // The signature's checks in JSON Schema: the envelope, every column required, types, integer ranges. (float32's
    // range cannot be written: JsonSchema.Net keeps bounds as decimals, and 3.4e38 does not fit one.)
    private const string RecordsSchema = """
        {
          "type": "object",
          "required": ["dataframe_records"],
          "properties": {
            "dataframe_records": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "age", "income", "score", "ratio", "name", "city", "active", "visits", "balance"],
                "properties": {
                  "id": { "type": "integer", "minimum": -9223372036854775808, "maximum": 9223372036854775807 },
                  "age": { "type": "integer", "minimum": -2147483648, "maximum": 2147483647 },
                  "income": { "type": "number" },
                  "score": { "type": "number" },
                  "ratio": { "type": "number" },
                  "name": { "type": "string" },
                  "city": { "type": "string" },
                  "active": { "type": "boolean" },
                  "visits": { "type": "integer", "minimum": -9223372036854775808, "maximum": 9223372036854775807 },
                  "balance": { "type": "number" }
                }
              }
            }
          }
        }
        """;

    internal static string BuildRecordsBody(int rows)
    {
        var random = new Random(42);
        var builder = new StringBuilder(rows * 260);
        builder.Append("{\"dataframe_records\": [");
        string[] cities = ["Paris", "Berlin", "Lisbon", "Zürich", "Kraków", "Oslo"];
        for (int r = 0; r < rows; r++)
        {
            if (r > 0) builder.Append(", ");
            builder.Append("{\"id\": ").Append(r)
                .Append(", \"age\": ").Append(random.Next(18, 90))
                .Append(", \"income\": ").Append((random.NextDouble() * 100000).ToString("R", CultureInfo.InvariantCulture))
                .Append(", \"score\": ").Append(random.NextDouble().ToString("R", CultureInfo.InvariantCulture))
                .Append(", \"ratio\": ").Append(((float)random.NextDouble()).ToString("R", CultureInfo.InvariantCulture))
                .Append(", \"name\": \"user ").Append(r).Append('"')
                .Append(", \"city\": \"").Append(cities[r % cities.Length]).Append('"')
                .Append(", \"active\": ").Append(r % 3 == 0 ? "true" : "false")
                .Append(", \"visits\": ").Append(random.NextInt64(0, 1L << 40))
                .Append(", \"balance\": ").Append((random.NextDouble() * 1e6 - 5e5).ToString("R", CultureInfo.InvariantCulture))
                .Append('}');
        }
        builder.Append("]}");
        return builder.ToString();
    }
}
