namespace Signatures.Enforcement;

/// <summary>
/// Limits that keep a hostile or broken request from taking the process down. The defaults are safe for a model
/// server; exceeding any of them refuses the request at the <see cref="RejectionStage.Parse"/> stage. Every entry point
/// that takes options (<see cref="RequestEnforcer"/>, a signature's generated <c>ReadRequest</c>) checks them with
/// <see cref="Validate"/> first, so out-of-range options are an <see cref="ArgumentException"/> at the call.
/// </summary>
public sealed record EnforcementOptions
{
    /// <summary>The highest <see cref="MaxDepth"/> allowed.</summary>
    public const int MaxDepthLimit = 1000;

    /// <summary>The defaults.</summary>
    public static EnforcementOptions Default { get; } = new();

    /// <summary>Deepest nesting of JSON arrays and objects (the body's top-level object counts as 1). Default 64; from 2 to
    /// <see cref="MaxDepthLimit"/>. Whatever the limit, a body is read only as deep as the reading thread's stack allows: a
    /// body nested deeper than that is refused at the parse stage, never a stack overflow.</summary>
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

    /// <summary>Most keys in any one JSON object of the body (a record's columns, a map's or an <c>any</c> object's
    /// entries, the <c>inputs</c> dict), and most columns of one request (the <c>columns</c> of <c>dataframe_split</c>,
    /// the distinct keys of all records, a CSV header). Default 100,000.</summary>
    public int MaxKeys { get; init; } = 100_000;

    /// <summary>Longest string (a value or a key) in bytes as sent, escapes included; for CSV, longest field. Default
    /// 16,777,216 (16 MiB).</summary>
    public int MaxStringBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Most entries of the <c>params</c> object, declared or not. Default 1,000.</summary>
    public int MaxParams { get; init; } = 1_000;

    /// <summary>Checks every limit is in its range (what each entry point taking options does first).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range; the message names it.</exception>
    public void Validate()
    {
        if (MaxDepth is < 2 or > MaxDepthLimit) throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, $"MaxDepth must be between 2 and {MaxDepthLimit}.");
        if (MaxBodyBytes < 1) throw new ArgumentOutOfRangeException(nameof(MaxBodyBytes), MaxBodyBytes, "MaxBodyBytes must be positive.");
        if (MaxRows < 1) throw new ArgumentOutOfRangeException(nameof(MaxRows), MaxRows, "MaxRows must be positive.");
        if (MaxTensorElements < 1) throw new ArgumentOutOfRangeException(nameof(MaxTensorElements), MaxTensorElements, "MaxTensorElements must be positive.");
        if (MaxReportedProblems < 1) throw new ArgumentOutOfRangeException(nameof(MaxReportedProblems), MaxReportedProblems, "MaxReportedProblems must be positive.");
        if (MaxKeys < 1) throw new ArgumentOutOfRangeException(nameof(MaxKeys), MaxKeys, "MaxKeys must be positive.");
        if (MaxStringBytes < 1) throw new ArgumentOutOfRangeException(nameof(MaxStringBytes), MaxStringBytes, "MaxStringBytes must be positive.");
        if (MaxParams < 1) throw new ArgumentOutOfRangeException(nameof(MaxParams), MaxParams, "MaxParams must be positive.");
    }
}
