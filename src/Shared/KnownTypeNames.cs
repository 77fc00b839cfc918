namespace Signatures.Shared;

/// <summary>Metadata names of the runtime library's attributes and types. The compiler extensions cannot
/// reference the net10.0 runtime, so they match these names; a test checks each against <c>typeof(...).FullName</c>.</summary>
internal static class KnownTypeNames
{
    public const string ModelInputAttribute = "Signatures.ModelInputAttribute";
    public const string ModelOutputAttribute = "Signatures.ModelOutputAttribute";
    public const string ModelParamsAttribute = "Signatures.ModelParamsAttribute";
    public const string ColumnAttribute = "Signatures.ColumnAttribute";
    public const string TensorAttribute = "Signatures.TensorAttribute";
    public const string SignatureIgnoreAttribute = "Signatures.SignatureIgnoreAttribute";
    public const string ModelSignatureAttribute2 = "Signatures.ModelSignatureAttribute`2";
    public const string ModelSignatureAttribute3 = "Signatures.ModelSignatureAttribute`3";
    public const string ColumnNaming = "Signatures.ColumnNaming";
    public const string DataType = "Signatures.DataType";
    public const string ModelContractInterface = "Signatures.IModelContract`1";
    public const string ModelParamsInterface = "Signatures.IModelParams`1";
    public const string NoSchema = "Signatures.NoSchema";
    public const string ModelArtifactAttribute = "Signatures.ModelArtifactAttribute";
}
