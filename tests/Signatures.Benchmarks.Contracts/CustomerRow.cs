using System.Text.Json.Serialization;

namespace Signatures.Benchmarks.Contracts;

/// <summary>The 10-column row of the request-reading benchmarks: two longs, an integer, three doubles, a float, two
/// strings and a boolean, all required. The same type is what System.Text.Json's generator deserializes.</summary>
[ModelInput(Naming = ColumnNaming.SnakeCase)]
public sealed partial record CustomerRow
{
    public long Id { get; set; }
    public int Age { get; set; }
    public double Income { get; set; }
    public double Score { get; set; }
    public float Ratio { get; set; }
    public string Name { get; set; } = "";
    public string City { get; set; } = "";
    public bool Active { get; set; }
    public long Visits { get; set; }
    public double Balance { get; set; }
}

/// <summary>The benchmark model: customer rows in, a score out.</summary>
[ModelSignature<CustomerRow, double>]
public static partial class CustomerModel;

/// <summary>The <c>dataframe_records</c> envelope as System.Text.Json reads it.</summary>
public sealed class CustomerRecordsRequest
{
    [JsonPropertyName("dataframe_records")]
    public List<CustomerRow> DataframeRecords { get; set; } = [];
}

/// <summary>System.Text.Json's source-generated metadata for the baseline.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CustomerRecordsRequest))]
public sealed partial class CustomerJsonContext : JsonSerializerContext;
