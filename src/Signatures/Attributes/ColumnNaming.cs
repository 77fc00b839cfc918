namespace Signatures;

/// <summary>How a contract's member names become MLflow column and param names.</summary>
public enum ColumnNaming
{
    /// <summary>The project default: the <c>SignaturesColumnNaming</c> MSBuild property, or <see cref="AsDeclared"/>.</summary>
    Default = 0,
    /// <summary>The member name exactly as declared (<c>PetalWidth</c>).</summary>
    AsDeclared = 1,
    /// <summary>snake_case (<c>petal_width</c>).</summary>
    SnakeCase = 2,
    /// <summary>camelCase (<c>petalWidth</c>).</summary>
    CamelCase = 3,
}
