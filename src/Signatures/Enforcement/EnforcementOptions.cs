namespace Signatures.Enforcement;

/// <summary>
/// Limits that keep a hostile or broken request from taking the process down. The defaults are safe for a model
/// server; exceeding any of them refuses the request at the <see cref="RejectionStage.Parse"/> stage.
/// </summary>
public sealed record EnforcementOptions
{
    /// <summary>The defaults.</summary>
    public static EnforcementOptions Default { get; } = new();

    /// <summary>Deepest nesting of JSON arrays and objects (the body's top-level object counts as 1). Default 64; at most 1000.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Largest body in bytes. Default 64 MiB.</summary>
    public int MaxBodyBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Most rows of a column-based input (and most rows of a table read into tensors). Default 1,000,000.</summary>
    public int MaxRows { get; init; } = 1_000_000;

    /// <summary>Most tensor elements in one request, over all tensors. Default 16,777,216 (2^24).</summary>
    public long MaxTensorElements { get; init; } = 16_777_216;

    /// <summary>
    /// Accepts null (and missing) values in required columns of the types where MLflow's scoring server accepts them:
    /// <c>boolean</c>, <c>float</c>, <c>double</c>, <c>string</c>, <c>datetime</c> and <c>any</c>. MLflow's
    /// <c>required</c> on a column only means "present", and signatures written before MLflow 2.10 have no
    /// <c>required</c> key, so every column of such a model is required while its real requests (and the serving
    /// examples MLflow logged with it) carry nulls. A null accepted this way is a missing value in the result, never
    /// a made-up value (MLflow's server turns a null boolean into <c>False</c>). Nulls in <c>integer</c>, <c>long</c>,
    /// <c>binary</c> and Array/Object/Map columns stay refused, as MLflow refuses them. Default <see langword="false"/>:
    /// a required column needs a value in every row (spec/conversion-policy.md).
    /// </summary>
    public bool AllowNullsInRequiredColumns { get; init; }

    /// <summary>Most problems listed in one error message before the rest are only counted. Default 10.</summary>
    public int MaxReportedProblems { get; init; } = 10;

    internal void Validate()
    {
        if (MaxDepth is < 2 or > 1000) throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, "MaxDepth must be between 2 and 1000.");
        if (MaxBodyBytes < 1) throw new ArgumentOutOfRangeException(nameof(MaxBodyBytes), MaxBodyBytes, "MaxBodyBytes must be positive.");
        if (MaxRows < 1) throw new ArgumentOutOfRangeException(nameof(MaxRows), MaxRows, "MaxRows must be positive.");
        if (MaxTensorElements < 1) throw new ArgumentOutOfRangeException(nameof(MaxTensorElements), MaxTensorElements, "MaxTensorElements must be positive.");
        if (MaxReportedProblems < 1) throw new ArgumentOutOfRangeException(nameof(MaxReportedProblems), MaxReportedProblems, "MaxReportedProblems must be positive.");
    }
}
