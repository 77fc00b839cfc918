namespace Signatures;

/// <summary>
/// An inference-params contract (<see cref="ModelParamsAttribute"/>): its MLflow param schema, defaults included,
/// is known at compile time. The source generator implements this interface on every params contract.
/// </summary>
/// <typeparam name="TSelf">The params contract type itself.</typeparam>
public interface IModelParams<TSelf> where TSelf : IModelParams<TSelf>
{
    /// <summary>The contract's MLflow param schema, built once.</summary>
    static abstract ParamSchema ParamSchema { get; }

    /// <summary>MLflow's <c>ParamSchema.to_json()</c> of <see cref="ParamSchema"/>, byte for byte.</summary>
    static abstract string ParamSchemaJson { get; }
}
