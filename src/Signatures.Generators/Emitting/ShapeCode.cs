using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>How generated code tests a value of a <see cref="TypeShape"/> for null.</summary>
internal enum NullTest
{
    /// <summary>A non-nullable value type: never null.</summary>
    Never,
    /// <summary><c>T?</c> or an annotated reference: unwrap with <c>is { } x</c>, which works for both.</summary>
    Unwrap,
    /// <summary>A reference type: <c>x is null</c>.</summary>
    Reference,
    /// <summary>A nested record, class or struct whose kind the model does not record: <c>ValueChecks.IsNull(x)</c>,
    /// which the JIT folds to false for a struct. Also <c>any</c> values (a null JSON element counts as null).</summary>
    Generic,
}

/// <summary>Facts about a <see cref="TypeShape"/> that the validator and writer emitters share.</summary>
internal static class ShapeCode
{
    /// <summary>How to test a value of <paramref name="shape"/> for null.</summary>
    public static NullTest NullTestOf(TypeShape shape)
    {
        if (shape.Kind == ShapeKind.Any) return NullTest.Generic;
        if (shape.IsNullable) return NullTest.Unwrap;
        return shape.Kind switch
        {
            ShapeKind.Scalar => ScalarCode.IsReference(shape.ClrType) ? NullTest.Reference : NullTest.Never,
            ShapeKind.Array when shape.Container == ContainerKind.ImmutableArray => NullTest.Never,
            ShapeKind.Array or ShapeKind.Map => NullTest.Reference,
            _ => NullTest.Generic,
        };
    }

    /// <summary>Whether an <c>ImmutableArray&lt;T&gt;</c> (whose default value stands for null).</summary>
    public static bool IsImmutableArray(TypeShape shape) => shape.Kind == ShapeKind.Array && shape.Container == ContainerKind.ImmutableArray;

    /// <summary>Whether a value of <paramref name="shape"/> can be missing (null, a null JSON element, a default
    /// <c>ImmutableArray</c>).</summary>
    public static bool CanBeNull(TypeShape shape) => NullTestOf(shape) != NullTest.Never || IsImmutableArray(shape);

    /// <summary>The element type of an Array's items for messages: <c>long</c>, <c>array</c>, <c>object</c>.</summary>
    public static string TypeName(TypeShape shape) => shape.Kind switch
    {
        ShapeKind.Scalar => shape.DataType!,
        ShapeKind.Array => "array",
        ShapeKind.Object => "object",
        ShapeKind.Map => "map",
        _ => "any",
    };
}
