using System.Text.Json.Serialization;

namespace Signatures.Benchmarks.Serving;

/// <summary>The <c>dataframe_split</c> body as a plain DTO for the System.Text.Json baseline (nothing validated).</summary>
public sealed class SplitRequest
{
    /// <summary>The table.</summary>
    [JsonPropertyName("dataframe_split")]
    public SplitTable? DataframeSplit { get; set; }
}

/// <summary>Columns and rows.</summary>
public sealed class SplitTable
{
    /// <summary>Column names.</summary>
    [JsonPropertyName("columns")]
    public string[]? Columns { get; set; }

    /// <summary>Rows of values.</summary>
    [JsonPropertyName("data")]
    public double[][]? Data { get; set; }
}

/// <summary>The response of the baseline.</summary>
public sealed class PredictionsResponse
{
    /// <summary>One class per row.</summary>
    [JsonPropertyName("predictions")]
    public long[] Predictions { get; set; } = [];
}

/// <summary>The source-generated serializers of the baseline.</summary>
[JsonSerializable(typeof(SplitRequest))]
[JsonSerializable(typeof(PredictionsResponse))]
public sealed partial class SplitJsonContext : JsonSerializerContext;
