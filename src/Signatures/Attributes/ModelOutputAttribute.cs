namespace Signatures;

/// <summary>Marks a partial record, class or struct as a model's output contract: its public members become the
/// columns (or tensors) of an MLflow output schema, generated at compile time.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ModelOutputAttribute : Attribute
{
    /// <summary>How member names become column names; <see cref="ColumnNaming.Default"/> takes the project's
    /// <c>SignaturesColumnNaming</c> MSBuild property (as declared when unset).</summary>
    public ColumnNaming Naming { get; set; }
}
