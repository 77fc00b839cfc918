namespace Signatures.Enforcement;

/// <summary>Where a request was refused.</summary>
public enum RejectionStage
{
    /// <summary>The body is not a well-formed request: bad JSON or CSV, no or several envelope keys, an unsupported
    /// content type, a limit exceeded.</summary>
    Parse,
    /// <summary>The input does not satisfy the input schema.</summary>
    Inputs,
    /// <summary>A param is invalid.</summary>
    Params,
}

/// <summary>The names of <see cref="RejectionStage"/> values in the normalized-request document.</summary>
public static class RejectionStageNames
{
    /// <summary><c>parse</c>, <c>inputs</c> or <c>params</c>.</summary>
    public static string ToDocumentName(this RejectionStage stage) => stage switch
    {
        RejectionStage.Parse => "parse",
        RejectionStage.Inputs => "inputs",
        _ => "params",
    };
}
