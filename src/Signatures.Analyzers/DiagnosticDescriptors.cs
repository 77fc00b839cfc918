using Microsoft.CodeAnalysis;
using Signatures.Shared;

namespace Signatures.Analyzers;

/// <summary>
/// Every descriptor Signatures reports (the single place they live; ids in <see cref="DiagnosticIds"/>, release
/// tracking in AnalyzerReleases.Unshipped.md, one page per id under docs/diagnostics). Each message names the
/// member and says what to do; every severity can be changed in .editorconfig
/// (<c>dotnet_diagnostic.SIG0101.severity = error</c>).
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Format: <c>Model contract '{0}' must be declared partial ...</c>. {0}: the contract.</summary>
    public static readonly DiagnosticDescriptor ContractMustBePartial = Create(
        DiagnosticIds.ContractMustBePartial,
        "Model contract must be partial",
        "Model contract '{0}' must be declared partial so Signatures can generate its schema; add the 'partial' modifier",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Model contract '{0}' is generic ...</c>. {0}: the contract.</summary>
    public static readonly DiagnosticDescriptor GenericContract = Create(
        DiagnosticIds.GenericContract,
        "Model contract cannot be generic",
        "Model contract '{0}' is generic, but a contract describes one fixed schema; declare it without type parameters",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Model contract '{0}' is nested in the generic type '{1}' ...</c>.</summary>
    public static readonly DiagnosticDescriptor ContractNestedInGenericType = Create(
        DiagnosticIds.ContractNestedInGenericType,
        "Model contract cannot be nested in a generic type",
        "Model contract '{0}' is nested in the generic type '{1}', so it has no single schema; move it out of '{1}'",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Model contract '{0}' is nested in '{1}', which must also be partial ...</c>.</summary>
    public static readonly DiagnosticDescriptor ContainingTypeMustBePartial = Create(
        DiagnosticIds.ContainingTypeMustBePartial,
        "Type containing a model contract must be partial",
        "Model contract '{0}' is nested in '{1}', which must also be partial for the generated code to extend it; add the 'partial' modifier to '{1}'",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Type '{0}' has more than one role attribute ({1}) ...</c>.</summary>
    public static readonly DiagnosticDescriptor MultipleContractRoles = Create(
        DiagnosticIds.MultipleContractRoles,
        "Model contract has more than one role",
        "Type '{0}' has more than one role attribute ({1}); a contract is an input, an output or params, so keep one and declare another type for the other role",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Signature class '{0}' must be declared 'static partial' ...</c>.</summary>
    public static readonly DiagnosticDescriptor SignatureClassMustBeStaticPartial = Create(
        DiagnosticIds.SignatureClassMustBeStaticPartial,
        "Signature class must be static partial",
        "Signature class '{0}' must be declared 'static partial' so Signatures can add its Signature members; add the missing '{1}' modifier",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Type argument '{0}' of the [ModelSignature] on '{1}' cannot be its {2} ...; use {3}</c>.</summary>
    public static readonly DiagnosticDescriptor UnsupportedSignatureTypeArgument = Create(
        DiagnosticIds.UnsupportedSignatureTypeArgument,
        "Signature type argument is not a contract or a supported type",
        "Type argument '{0}' of the [ModelSignature] on '{1}' cannot be its {2}: {3}; use {4}",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>'{0}' is a [{1}] contract but is used as the {2} of '{3}' ...</c>.</summary>
    public static readonly DiagnosticDescriptor SignatureTypeArgumentRoleMismatch = Create(
        DiagnosticIds.SignatureTypeArgumentRoleMismatch,
        "Contract used in the wrong role",
        "'{0}' is a [{1}] contract but is used as the {2} of '{3}'; pass a [{4}] contract or change the attribute on '{0}'",
        DiagnosticCategories.Contract, DiagnosticSeverity.Info);

    /// <summary>Format: <c>Model contract '{0}' has no public member ...</c>.</summary>
    public static readonly DiagnosticDescriptor EmptyContract = Create(
        DiagnosticIds.EmptyContract,
        "Model contract has no columns",
        "Model contract '{0}' has no public member that maps to a column or tensor, and MLflow rejects an empty schema; add a member",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Model contract '{0}' is a {1}, which cannot carry a schema ...</c>.</summary>
    public static readonly DiagnosticDescriptor UnsupportedContractKind = Create(
        DiagnosticIds.UnsupportedContractKind,
        "Type cannot be a model contract",
        "Model contract '{0}' is a {1}, which cannot carry a generated schema; declare it as a record, class or struct",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Signatures cannot add '{1}' to '{0}' because {2} ...</c>.</summary>
    public static readonly DiagnosticDescriptor GeneratedMemberNameTaken = Create(
        DiagnosticIds.GeneratedMemberNameTaken,
        "Generated member name is taken",
        "Signatures cannot add '{1}' to '{0}' because {2}; rename it, or the type gets no generated members",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Signature class '{0}' carries {1} [ModelSignature] attributes ...</c>.</summary>
    public static readonly DiagnosticDescriptor MultipleSignatureAttributes = Create(
        DiagnosticIds.MultipleSignatureAttributes,
        "More than one signature on a class",
        "Signature class '{0}' carries {1} [ModelSignature] attributes, but a class holds one signature; declare one class per signature",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Signature '{0}' has no inputs, outputs or params ...</c>.</summary>
    public static readonly DiagnosticDescriptor EmptySignature = Create(
        DiagnosticIds.EmptySignature,
        "Signature has no inputs, outputs or params",
        "Signature '{0}' has no inputs, outputs or params, and MLflow requires at least one of them; replace a NoSchema with a contract or a type such as string",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Input example member '{0}' of signature '{1}' {2}; {3}</c>. {2}: what is wrong, {3}: the fix.</summary>
    public static readonly DiagnosticDescriptor InvalidInputExample = Create(
        DiagnosticIds.InvalidInputExample,
        "Declared input example does not fit the signature",
        "Input example member '{0}' of signature '{1}' {2}; {3}",
        DiagnosticCategories.Contract, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Signature '{0}' gets no ReadRequest: {1}; {2}</c>. {1}: what is wrong where; {2}: what to do.</summary>
    public static readonly DiagnosticDescriptor ReadRequestNotGenerated = Create(
        DiagnosticIds.ReadRequestNotGenerated,
        "ReadRequest is not generated",
        "Signature '{0}' gets no ReadRequest: {1}; {2}",
        DiagnosticCategories.Contract, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Contract '{0}' gets no writers and does not implement {1}&lt;{0}&gt; ...</c>. {1}: the interface.</summary>
    public static readonly DiagnosticDescriptor ContractInterfacesNotGenerated = Create(
        DiagnosticIds.ContractInterfacesNotGenerated,
        "Writers are not generated before C# 11",
        "Contract '{0}' gets no writers and does not implement {1}<{0}>, because the language version is before C# 11 and they need static abstract interface members; set <LangVersion> to 11 or later",
        DiagnosticCategories.Contract, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Member '{0}' of type '{1}' loses data in MLflow: {2}; use '{3}' instead</c>.</summary>
    public static readonly DiagnosticDescriptor LossyTypeMapping = Create(
        DiagnosticIds.LossyTypeMapping,
        "Lossy type mapping",
        "Member '{0}' of type '{1}' loses data in MLflow: {2}; use '{3}' instead",
        DiagnosticCategories.TypeMapping, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>[Column(Type = DataType.{2})] on member '{0}' narrows its type '{1}' ...</c>.</summary>
    public static readonly DiagnosticDescriptor NarrowingColumnType = Create(
        DiagnosticIds.NarrowingColumnType,
        "Explicit column type narrows the member's type",
        "[Column(Type = DataType.{2})] on member '{0}' does not hold every value of its type '{1}', which maps to MLflow '{3}'; remove Type or declare a type that widens '{3}' losslessly",
        DiagnosticCategories.TypeMapping, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Member '{0}' of type '{1}' cannot be mapped to MLflow: {2} ...</c>.</summary>
    public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
        DiagnosticIds.UnsupportedMemberType,
        "Member type has no MLflow mapping",
        "Member '{0}' of type '{1}' cannot be mapped to MLflow: {2}; use a supported type or mark the member [SignatureIgnore]",
        DiagnosticCategories.TypeMapping, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Member '{0}' maps to the name '{1}', which member '{2}' already uses ...</c>.</summary>
    public static readonly DiagnosticDescriptor DuplicateColumnName = Create(
        DiagnosticIds.DuplicateColumnName,
        "Duplicate column name",
        "Member '{0}' maps to the name '{1}', which member '{2}' already uses; give one of them another name with [Column(\"...\")]",
        DiagnosticCategories.TypeMapping, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Column '{0}' is a nullable '{1}' ...; consider 'double?'</c>.</summary>
    public static readonly DiagnosticDescriptor NullableIntegerColumn = Create(
        DiagnosticIds.NullableIntegerColumn,
        "Nullable integer column",
        "Column '{0}' is a nullable '{1}'; MLflow advises 'double' for integer columns with missing values because pandas stores them as floats, so consider 'double?'",
        DiagnosticCategories.TypeMapping, DiagnosticSeverity.Info);

    /// <summary>Format: <c>Member '{0}' has an empty name ...</c>.</summary>
    public static readonly DiagnosticDescriptor EmptyColumnName = Create(
        DiagnosticIds.EmptyColumnName,
        "Column name is empty",
        "Member '{0}' has an empty name, which does not make it an unnamed column: a contract's columns are always named, and MLflow rejects schemas that mix named and unnamed columns; give it a name, or leave the name out to use the member name",
        DiagnosticCategories.TypeMapping, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Tensor member '{0}' sits in '{1}' beside the column '{2}' ...</c>.</summary>
    public static readonly DiagnosticDescriptor MixedColumnsAndTensors = Create(
        DiagnosticIds.MixedColumnsAndTensors,
        "Columns and tensors mixed",
        "Tensor member '{0}' sits in '{1}' beside the column '{2}', but an MLflow schema holds either columns or tensors; make every member a tensor or none",
        DiagnosticCategories.TypeMapping, DiagnosticSeverity.Error);

    /// <summary>Format: <c>[Column(Type = ...)] on member '{0}' is ignored: {1}; remove Type</c>.</summary>
    public static readonly DiagnosticDescriptor ColumnTypeNotApplicable = Create(
        DiagnosticIds.ColumnTypeNotApplicable,
        "Explicit column type does not apply",
        "[Column(Type = ...)] on member '{0}' is ignored: {1}; remove Type",
        DiagnosticCategories.TypeMapping, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Tensor member '{0}' is a rank-{1} array but [Tensor] declares {2} dimensions ...</c>.</summary>
    public static readonly DiagnosticDescriptor TensorRankMismatch = Create(
        DiagnosticIds.TensorRankMismatch,
        "Tensor shape rank differs from the array rank",
        "Tensor member '{0}' is a rank-{1} array but [Tensor] declares {2} dimensions; make the shape and the array rank agree",
        DiagnosticCategories.Tensor, DiagnosticSeverity.Error);

    /// <summary>Format: <c>DType '{1}' of tensor member '{0}' differs from '{3}', the dtype of its element type '{2}' ...</c>.</summary>
    public static readonly DiagnosticDescriptor TensorDTypeMismatch = Create(
        DiagnosticIds.TensorDTypeMismatch,
        "Tensor dtype differs from the element type",
        "DType '{1}' of tensor member '{0}' differs from '{3}', the dtype of its element type '{2}', so values are converted between them; remove DType or change the element type to match",
        DiagnosticCategories.Tensor, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Tensor member '{0}' is optional ...</c>.</summary>
    public static readonly DiagnosticDescriptor OptionalTensor = Create(
        DiagnosticIds.OptionalTensor,
        "Tensor cannot be optional",
        "Tensor member '{0}' is optional, but MLflow tensors are always required; {1}",
        DiagnosticCategories.Tensor, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Dimension {1} (counting from 0) of tensor member '{0}' is {2} ...</c>. Dimensions count from 0 in
    /// every message, as <c>Array.GetLength</c>, numpy and the runtime validators count them.</summary>
    public static readonly DiagnosticDescriptor InvalidTensorDimension = Create(
        DiagnosticIds.InvalidTensorDimension,
        "Invalid tensor dimension",
        "Dimension {1} (counting from 0) of tensor member '{0}' is {2}; use a positive size, or -1 for a variable dimension",
        DiagnosticCategories.Tensor, DiagnosticSeverity.Error);

    /// <summary>Format: <c>An array of size [{0}] cannot fit tensor member '{1}' of shape [{2}]: dimension {3} (counting from
    /// 0) ...</c>.</summary>
    public static readonly DiagnosticDescriptor ArrayDoesNotFitTensorShape = Create(
        DiagnosticIds.ArrayDoesNotFitTensorShape,
        "Array size does not fit the tensor shape",
        "An array of size [{0}] cannot fit tensor member '{1}' of shape [{2}]: dimension {3} (counting from 0) has {4} elements where the shape requires {5}; create the array with the declared size",
        DiagnosticCategories.Tensor, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Tensor member '{0}' has type '{1}', which cannot be a tensor: {2}</c>.</summary>
    public static readonly DiagnosticDescriptor UnsupportedTensorType = Create(
        DiagnosticIds.UnsupportedTensorType,
        "Tensor member type is not a supported array",
        "Tensor member '{0}' has type '{1}', which cannot be a tensor: {2}; use an array (multi-dimensional or jagged) of a type with a numpy dtype, such as float[,] or byte[][]",
        DiagnosticCategories.Tensor, DiagnosticSeverity.Error);

    /// <summary>Format: <c>DType '{1}' of tensor member '{0}' is not a numpy dtype MLflow supports ...</c>.</summary>
    public static readonly DiagnosticDescriptor UnknownTensorDType = Create(
        DiagnosticIds.UnknownTensorDType,
        "Unknown tensor dtype",
        "DType '{1}' of tensor member '{0}' is not a numpy dtype MLflow supports; use one of {2}, or remove DType",
        DiagnosticCategories.Tensor, DiagnosticSeverity.Error);

    /// <summary>Format: <c>The default of param '{0}' is not a compile-time constant ...</c>.</summary>
    public static readonly DiagnosticDescriptor NonConstantParamDefault = Create(
        DiagnosticIds.NonConstantParamDefault,
        "Param default is not a constant",
        "The default of param '{0}' is not a compile-time constant or an array of constants, but MLflow writes the default into the signature; use a literal, a const or an array of them",
        DiagnosticCategories.Params, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Param '{0}' has type '{1}' with more than one dimension ...</c>.</summary>
    public static readonly DiagnosticDescriptor MultiDimensionalParam = Create(
        DiagnosticIds.MultiDimensionalParam,
        "Param has more than one dimension",
        "Param '{0}' has type '{1}' with more than one dimension, but MLflow params are scalars or one-dimensional lists (shape [-1]); use a scalar or a one-dimensional array",
        DiagnosticCategories.Params, DiagnosticSeverity.Error);

    /// <summary>Format: <c>The default of param '{0}' does not fit its MLflow type '{1}': {2}</c> ({2} ends with what to do).</summary>
    public static readonly DiagnosticDescriptor ParamDefaultDoesNotFitType = Create(
        DiagnosticIds.ParamDefaultDoesNotFitType,
        "Param default does not fit its type",
        "The default of param '{0}' does not fit its MLflow type '{1}': {2}",
        DiagnosticCategories.Params, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Param '{0}' has type '{1}', which maps to MLflow 'binary' ...</c>.</summary>
    public static readonly DiagnosticDescriptor BinaryParam = Create(
        DiagnosticIds.BinaryParam,
        "Binary params are not supported",
        "Param '{0}' has type '{1}', which maps to MLflow 'binary', and MLflow does not support binary params; send the bytes as an input column instead",
        DiagnosticCategories.Params, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Param '{0}' is marked [Tensor] ...</c>.</summary>
    public static readonly DiagnosticDescriptor TensorParam = Create(
        DiagnosticIds.TensorParam,
        "Params cannot be tensors",
        "Param '{0}' is marked [Tensor], but MLflow params cannot be tensors; remove [Tensor] (a one-dimensional array param already has shape [-1])",
        DiagnosticCategories.Params, DiagnosticSeverity.Error);

    /// <summary>Format: <c>Param '{0}' has type '{1}', which an MLflow param cannot hold: {2} ...</c>.</summary>
    public static readonly DiagnosticDescriptor UnsupportedParamType = Create(
        DiagnosticIds.UnsupportedParamType,
        "Param type is not supported",
        "Param '{0}' has type '{1}', which an MLflow param cannot hold: {2}; use a scalar, a one-dimensional array of scalars, or an object",
        DiagnosticCategories.Params, DiagnosticSeverity.Error);

    /// <summary>Format: <c>[ModelArtifact("{1}")] on '{0}' names no file given to the compiler ...</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactNotFound = Create(
        DiagnosticIds.ArtifactNotFound,
        "Model artifact is not an additional file",
        "[ModelArtifact(\"{1}\")] on '{0}' names no file given to the compiler; add <AdditionalFiles Include=\"{1}\" /> (for a model directory, its MLmodel file; for an .onnx model, <SignaturesOnnxModel Include=\"{1}\" />) to the project",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>The model artifact '{1}' of '{0}' cannot be compared: {2}</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactUnreadable = Create(
        DiagnosticIds.ArtifactUnreadable,
        "Model artifact cannot be read",
        "The model artifact '{1}' of '{0}' cannot be compared with the contract: {2}",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Member '{0}' maps to the {1} '{2}', which the model's {3} in '{4}' do not have ...</c>.</summary>
    public static readonly DiagnosticDescriptor MemberNotInArtifact = Create(
        DiagnosticIds.MemberNotInArtifact,
        "Contract member is not in the model",
        "Member '{0}' maps to the {1} '{2}', which the model's {3} in '{4}' do not have; rename it with [Column(\"...\")] to a name the model uses, or remove it",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>'{0}' has no member for the model's {1} '{2}' ({3}) in '{4}' ...</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactMemberMissing = Create(
        DiagnosticIds.ArtifactMemberMissing,
        "Model column, tensor or param is missing from the contract",
        "'{0}' has no member for the {1} '{2}' ({3}) of the model's {4} in '{5}'; add a member for it",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>'{0}' is '{1}' in the contract but '{2}' in the model's {3}{4} ...</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactTypeDiffers = Create(
        DiagnosticIds.ArtifactTypeDiffers,
        "Contract type differs from the model's",
        "'{0}' is '{1}' in the contract but '{2}' in the model's {3}{4}, and the contract's type is not a lossless widening of the model's; declare the member with the model's type",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>'{0}' is '{1}' in the contract, a lossless widening of the model's '{2}' ...</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactTypeWidened = Create(
        DiagnosticIds.ArtifactTypeWidened,
        "Contract type widens the model's",
        "'{0}' is '{1}' in the contract, a lossless widening of '{2}' in the model's {3}{4}: every model value fits, but the signatures differ; declare the model's type to match exactly",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Info);

    /// <summary>Format: <c>'{0}' is {1} in the contract but {2} in the model's {3}{4}; {5}</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactRequiredDiffers = Create(
        DiagnosticIds.ArtifactRequiredDiffers,
        "Required differs from the model's",
        "'{0}' is {1} in the contract but {2} in the model's {3}{4}; {5}",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Tensor '{0}' has dtype '{1}' in the contract but '{2}' in the model's {3} ...</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactTensorDTypeDiffers = Create(
        DiagnosticIds.ArtifactTensorDTypeDiffers,
        "Tensor dtype differs from the model's",
        "Tensor '{0}' has dtype '{1}' in the contract but '{2}' in the model's {3}; use the element type {4}",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Tensor '{0}' has shape [{1}] in the contract but [{2}] in the model's {3} ...</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactTensorShapeDiffers = Create(
        DiagnosticIds.ArtifactTensorShapeDiffers,
        "Tensor shape differs from the model's",
        "Tensor '{0}' has shape [{1}] in the contract but [{2}] in the model's {3}; declare [Tensor({2})] with an array of rank {4}",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Param '{0}' is {1} in the contract but {2} in the model's params ...</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactParamTypeDiffers = Create(
        DiagnosticIds.ArtifactParamTypeDiffers,
        "Param type or shape differs from the model's",
        "Param '{0}' is {1} in the contract but {2} in the model's params; declare the member as {3}",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>Param '{0}' defaults to {1} in the contract but {2} in the model's params ...</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactParamDefaultDiffers = Create(
        DiagnosticIds.ArtifactParamDefaultDiffers,
        "Param default differs from the model's",
        "Param '{0}' defaults to {1} in the contract but {2} in the model's params; a request without the param gets a different value, so use the model's default",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>The {1} of '{0}' are {2} in the contract but {3} in the model ...</c>.</summary>
    public static readonly DiagnosticDescriptor ArtifactSchemaKindDiffers = Create(
        DiagnosticIds.ArtifactSchemaKindDiffers,
        "Schema kind differs from the model's",
        "The {1} of '{0}' are {2} in the contract but {3} in '{4}'; {5}",
        DiagnosticCategories.ExternalArtifacts, DiagnosticSeverity.Warning);

    /// <summary>Format: <c>The SignaturesColumnNaming MSBuild property is '{0}' ...</c>. Reported once per compilation.</summary>
    public static readonly DiagnosticDescriptor InvalidColumnNamingOption = Create(
        DiagnosticIds.InvalidColumnNamingOption,
        "Invalid SignaturesColumnNaming value",
        "The SignaturesColumnNaming MSBuild property is '{0}', which is not one of {1}; member names are used as declared until it is fixed",
        DiagnosticCategories.Configuration, DiagnosticSeverity.Warning, WellKnownDiagnosticTags.CompilationEnd);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, params string[] tags) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id), customTags: tags);
}
