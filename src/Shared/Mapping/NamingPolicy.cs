namespace Signatures.Shared.Mapping;

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
