namespace Signatures.Shared.Mapping;

/// <summary>The kind of MLflow column type a CLR type maps to.</summary>
internal enum ShapeKind
{
    /// <summary>A scalar <c>DataType</c> (<c>long</c>, <c>string</c>, ...).</summary>
    Scalar,
    /// <summary>MLflow <c>Array</c>: <c>{"type": "array", "items": ...}</c>.</summary>
    Array,
    /// <summary>MLflow <c>Object</c>: <c>{"type": "object", "properties": ...}</c>.</summary>
    Object,
    /// <summary>MLflow <c>Map</c> with string keys: <c>{"type": "map", "values": ...}</c>.</summary>
    Map,
    /// <summary>MLflow <c>AnyType</c> (<c>object</c>, <c>JsonElement</c>).</summary>
    Any,
}
