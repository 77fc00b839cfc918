using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Signatures;
using Signatures.Enforcement;

namespace Signatures.Benchmarks;

/// <summary>
/// The dynamic enforcer on a 1,000-row x 10-column <c>dataframe_split</c> body (longs, doubles, a float, an integer,
/// strings, a boolean) against <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same
/// body, which only tokenizes and indexes it (no conversion, no checks, no typed output).
/// </summary>
[MemoryDiagnoser]
public class EnforcerBenchmarks
{
    private static readonly (string Name, string Type)[] Columns =
    [
        ("id", "long"), ("age", "integer"), ("income", "double"), ("score", "double"), ("ratio", "float"),
        ("name", "string"), ("city", "string"), ("active", "boolean"), ("visits", "long"), ("balance", "double"),
    ];

    private byte[] body = [];
    private RequestEnforcer enforcer = null!;

    /// <summary>Builds the body and the enforcer.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string inputs = "[" + string.Join(", ", Columns.Select(c => $"{{\\\"type\\\": \\\"{c.Type}\\\", \\\"name\\\": \\\"{c.Name}\\\", \\\"required\\\": true}}")) + "]";
        enforcer = new RequestEnforcer(ModelSignature.FromDictJson($"{{\"inputs\": \"{inputs}\", \"outputs\": null, \"params\": null}}"));
        body = Encoding.UTF8.GetBytes(BuildBody(rows: 1000));
        EnforcementResult check = enforcer.Enforce(body);
        if (!check.IsAccepted) throw new InvalidOperationException("The benchmark body must be accepted: " + check.ToJson());
    }

    /// <summary>Baseline: System.Text.Json's DOM parse of the same bytes.</summary>
    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using JsonDocument document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("dataframe_split").GetProperty("data").GetArrayLength();
    }

    /// <summary>The enforcer: parse, convert every value by the policy, build typed columns.</summary>
    [Benchmark]
    public int EnforceDataframeSplit() => ((ColumnsInput)enforcer.Enforce(body).Request!.Input).RowCount;

    internal static string BuildBody(int rows)
    {
        var random = new Random(42);
        var builder = new StringBuilder(rows * 160);
        builder.Append("{\"dataframe_split\": {\"columns\": [");
        builder.AppendJoin(", ", Columns.Select(c => "\"" + c.Name + "\""));
        builder.Append("], \"data\": [");
        string[] cities = ["Paris", "Berlin", "Lisbon", "Zürich", "Kraków", "Oslo"];
        for (int r = 0; r < rows; r++)
        {
            if (r > 0) builder.Append(", ");
            builder.Append('[')
                .Append(r).Append(", ")
                .Append(random.Next(18, 90)).Append(", ")
                .Append((random.NextDouble() * 100000).ToString("R", CultureInfo.InvariantCulture)).Append(", ")
                .Append(random.NextDouble().ToString("R", CultureInfo.InvariantCulture)).Append(", ")
                .Append(((float)random.NextDouble()).ToString("R", CultureInfo.InvariantCulture)).Append(", ")
                .Append("\"user ").Append(r).Append("\", ")
                .Append('"').Append(cities[r % cities.Length]).Append("\", ")
                .Append(r % 3 == 0 ? "true" : "false").Append(", ")
                .Append(random.NextInt64(0, 1L << 40)).Append(", ")
                .Append((random.NextDouble() * 1e6 - 5e5).ToString("R", CultureInfo.InvariantCulture))
                .Append(']');
        }
        builder.Append("]}}");
        return builder.ToString();
    }
}
