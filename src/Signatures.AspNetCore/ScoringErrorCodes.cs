namespace Signatures.AspNetCore;

/// <summary>The <c>error_code</c> values MLflow's scoring server writes in its error bodies.</summary>
public static class ScoringErrorCodes
{
    /// <summary>The body could not be read as a request (syntax, envelope, a value the parser cannot convert), or the model failed.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The request does not fit the signature (a missing column, a tensor of the wrong shape) or a param is invalid.</summary>
    public const string InvalidParameterValue = "INVALID_PARAMETER_VALUE";
}
