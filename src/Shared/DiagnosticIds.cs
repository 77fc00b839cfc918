namespace Signatures.Shared;

/// <summary>
/// Every diagnostic id Signatures reports, as named constants (Meziantou's <c>RuleIdentifiers</c> table).
/// Ids are stable and ranges are never reused: <c>SIG00xx</c> contract declaration, <c>SIG01xx</c> type
/// mapping, <c>SIG02xx</c> tensors, <c>SIG03xx</c> params, <c>SIG04xx</c> external artifacts,
/// <c>SIG09xx</c> configuration. The analyzers own the descriptors; the code fixes find them by these ids.
/// </summary>
internal static class DiagnosticIds
{
    // SIG00xx: contract declaration
    public const string ContractMustBePartial = "SIG0001";
    public const string GenericContract = "SIG0002";
    public const string ContractNestedInGenericType = "SIG0003";
    public const string ContainingTypeMustBePartial = "SIG0004";
    public const string MultipleContractRoles = "SIG0005";
    public const string SignatureClassMustBeStaticPartial = "SIG0006";
    public const string UnsupportedSignatureTypeArgument = "SIG0007";
    public const string SignatureTypeArgumentRoleMismatch = "SIG0008";
    public const string EmptyContract = "SIG0009";
    public const string UnsupportedContractKind = "SIG0010";
    public const string GeneratedMemberNameTaken = "SIG0011";
    public const string MultipleSignatureAttributes = "SIG0012";
    public const string EmptySignature = "SIG0013";
    public const string InvalidInputExample = "SIG0014";
    public const string ReadRequestNotGenerated = "SIG0015";
    public const string ContractInterfacesNotGenerated = "SIG0016";

    // SIG01xx: type mapping
    public const string LossyTypeMapping = "SIG0101";
    public const string NarrowingColumnType = "SIG0102";
    public const string UnsupportedMemberType = "SIG0103";
    public const string DuplicateColumnName = "SIG0104";
    public const string NullableIntegerColumn = "SIG0105";
    public const string EmptyColumnName = "SIG0106";
    public const string MixedColumnsAndTensors = "SIG0107";
    public const string ColumnTypeNotApplicable = "SIG0108";

    // SIG02xx: tensors
    public const string TensorRankMismatch = "SIG0201";
    public const string TensorDTypeMismatch = "SIG0202";
    public const string OptionalTensor = "SIG0203";
    public const string InvalidTensorDimension = "SIG0204";
    public const string ArrayDoesNotFitTensorShape = "SIG0205";
    public const string UnsupportedTensorType = "SIG0206";
    public const string UnknownTensorDType = "SIG0207";

    // SIG03xx: params
    public const string NonConstantParamDefault = "SIG0301";
    public const string MultiDimensionalParam = "SIG0302";
    public const string ParamDefaultDoesNotFitType = "SIG0303";
    public const string BinaryParam = "SIG0304";
    public const string TensorParam = "SIG0305";
    public const string UnsupportedParamType = "SIG0306";

    // SIG04xx: external artifacts
    public const string ArtifactNotFound = "SIG0401";
    public const string ArtifactUnreadable = "SIG0402";
    public const string MemberNotInArtifact = "SIG0403";
    public const string ArtifactMemberMissing = "SIG0404";
    public const string ArtifactTypeDiffers = "SIG0405";
    public const string ArtifactTypeWidened = "SIG0406";
    public const string ArtifactRequiredDiffers = "SIG0407";
    public const string ArtifactTensorDTypeDiffers = "SIG0408";
    public const string ArtifactTensorShapeDiffers = "SIG0409";
    public const string ArtifactParamTypeDiffers = "SIG0410";
    public const string ArtifactParamDefaultDiffers = "SIG0411";
    public const string ArtifactSchemaKindDiffers = "SIG0412";

    // SIG09xx: configuration
    public const string InvalidColumnNamingOption = "SIG0901";
}
