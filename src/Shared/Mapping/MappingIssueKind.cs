namespace Signatures.Shared.Mapping;

/// <summary>A fact about a member's mapping worth reporting. Kinds marked <em>blocking</em> make the generator
/// skip the member (see <see cref="MappingIssue.IsBlocking"/>); the others are generated as declared.</summary>
internal enum MappingIssueKind
{
    /// <summary>The CLR type maps with loss (<c>ulong</c>, <c>decimal</c>, <c>DateTimeOffset</c>, ...). Not blocking.</summary>
    LossyType,
    /// <summary><c>[Column(Type = ...)]</c> narrows or changes the member's natural type. Not blocking: the declared type is used.</summary>
    LossyDeclaration,
    /// <summary><c>[Column(Type = ...)]</c> on a member whose type is not a scalar (or array/map of scalars). Not blocking: ignored.</summary>
    DeclarationNotApplicable,
    /// <summary>Nullable integer column: MLflow reads an integer column with missing values as float. Not blocking (advice).</summary>
    NullableInteger,
    /// <summary>The CLR type has no MLflow mapping. Blocking.</summary>
    UnsupportedType,
    /// <summary>A collection type other than arrays, <c>List&lt;T&gt;</c>, its interfaces and <c>ImmutableArray&lt;T&gt;</c>. Blocking.</summary>
    UnsupportedCollection,
    /// <summary>A dictionary whose key is not <c>string</c>. Blocking.</summary>
    NonStringMapKey,
    /// <summary>A multi-dimensional array without <c>[Tensor]</c>. Blocking.</summary>
    MultiDimensionalArrayWithoutTensor,
    /// <summary>A nested type that contains itself. Blocking.</summary>
    RecursiveType,
    /// <summary>A nested record or class without public members. Blocking.</summary>
    EmptyObject,
    /// <summary><c>[Tensor]</c> inside a nested object, array or map (tensors are top-level inputs only). Blocking.</summary>
    NestedTensor,
    /// <summary><c>[Tensor]</c> on a member that is not an array (or a scalar for shape <c>()</c>). Blocking.</summary>
    TensorNotArray,
    /// <summary>The tensor shape's rank differs from the array's rank. Blocking.</summary>
    TensorRankMismatch,
    /// <summary>A tensor dimension below -1. Blocking.</summary>
    TensorInvalidDimension,
    /// <summary><c>DType</c> is not a numpy dtype name MLflow writes. Blocking.</summary>
    TensorUnknownDType,
    /// <summary>The element type has no tensor dtype and none was declared. Blocking.</summary>
    TensorElementUnsupported,
    /// <summary>The declared <c>DType</c> differs from the element type's dtype. Not blocking: the declared dtype is used.</summary>
    TensorDTypeMismatch,
    /// <summary>A nullable tensor member: tensors cannot be optional. Not blocking: written as required.</summary>
    OptionalTensor,
    /// <summary>A param whose type is not a scalar (other than binary), a 1-D list of scalars, or an object. Blocking.</summary>
    ParamUnsupportedType,
    /// <summary>A list param of more than one dimension. Blocking.</summary>
    ParamMultiDimensional,
    /// <summary>A param default that is not a constant, array of constants, date or object initializer. Blocking.</summary>
    ParamDefaultNotConstant,
    /// <summary>A param default MLflow refuses for its type (null list, null datetime, missing object members). Blocking.</summary>
    ParamDefaultInvalid,
}
