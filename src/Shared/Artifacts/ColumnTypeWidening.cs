namespace Signatures.Shared.Artifacts;

/// <summary>MLflow's lossless widenings between column types: every value of the narrower type is exact in the wider
/// one. One rule for the analyzers' comparison with an artifact (SIG0406), the run-time comparison and the type table.</summary>
internal static class ColumnTypeWidening
{
    /// <summary>Whether a column of MLflow type <paramref name="modelType"/> fits a contract declaring
    /// <paramref name="contractType"/> without loss (the same type included).</summary>
    public static bool IsLossless(string modelType, string contractType) =>
        modelType == contractType
        || (modelType, contractType) is ("integer", "long") or ("integer", "double") or ("float", "double");
}
