#if SIGNATURES_RUNTIME
// The runtime links this file for the contract writer; a namespace of its own there keeps test projects that see
// both the runtime's and a compiler extension's internals from finding two types with one name.
namespace Signatures.Runtime.Shared;
#else
namespace Signatures.Shared.Mapping;
#endif

/// <summary>How member names become MLflow column and param names. The values equal the runtime's
/// <c>Signatures.ColumnNaming</c> (a test checks it), so an attribute argument converts by value.</summary>
internal enum NamingPolicy
{
    /// <summary>Not chosen on the contract: the project's <c>SignaturesColumnNaming</c> MSBuild property decides.</summary>
    Default = 0,
    /// <summary>The member name exactly as declared.</summary>
    AsDeclared = 1,
    /// <summary>snake_case.</summary>
    SnakeCase = 2,
    /// <summary>camelCase.</summary>
    CamelCase = 3,
}
