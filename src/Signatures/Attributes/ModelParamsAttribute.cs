namespace Signatures;

/// <summary>Marks a partial record, class or struct as a model's inference params: each public member becomes an
/// MLflow <c>ParamSpec</c> whose default comes from the property initializer or constructor parameter default.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ModelParamsAttribute : Attribute
{
    /// <summary>How member names become param names; <see cref="ColumnNaming.Default"/> takes the project's
    /// <c>SignaturesColumnNaming</c> MSBuild property (as declared when unset).</summary>
    public ColumnNaming Naming { get; set; }
}
