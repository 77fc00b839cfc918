namespace Signatures.Shared.Mapping;

/// <summary>Which CLR container holds an Array's items or a Map's values, so generated readers know what to build.</summary>
internal enum ContainerKind
{
    /// <summary>Not a container (scalars, objects, any).</summary>
    None,
    /// <summary><c>T[]</c>.</summary>
    Array,
    /// <summary><c>List&lt;T&gt;</c>.</summary>
    List,
    /// <summary>An interface a <c>List&lt;T&gt;</c> satisfies (<c>IReadOnlyList&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>, ...).</summary>
    ListInterface,
    /// <summary><c>ImmutableArray&lt;T&gt;</c>.</summary>
    ImmutableArray,
    /// <summary><c>Dictionary&lt;string, T&gt;</c>.</summary>
    Dictionary,
    /// <summary><c>IDictionary&lt;string, T&gt;</c> or <c>IReadOnlyDictionary&lt;string, T&gt;</c>.</summary>
    DictionaryInterface,
}
