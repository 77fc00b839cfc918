namespace Signatures;

/// <summary>Configures how a contract member maps to an MLflow column or param.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
public sealed class ColumnAttribute : Attribute
{
    /// <summary>Keeps the member's (naming-policy) name.</summary>
    public ColumnAttribute() { }

    /// <summary>Uses <paramref name="name"/> as the column name, exactly as given.</summary>
    public ColumnAttribute(string name) => Name = name;

    /// <summary>The explicit column name, or <see langword="null"/> to derive it from the member name.</summary>
    public string? Name { get; }

    /// <summary>An explicit MLflow type instead of the one the member's CLR type maps to. Only lossless
    /// widenings are allowed (an <c>int</c> member declared <c>long</c>); analyzers flag narrowing ones.</summary>
    public DataType Type { get; set; }

    /// <summary>Whether the column is required; <see langword="false"/> makes it optional like a nullable member.</summary>
    public bool Required { get; set; } = true;
}
