using System.Text.Json;
using Signatures.Validation;

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

    /// <summary>Checks the params: non-nullable members non-null, list items non-null, object params' required
    /// properties non-null, numbers the declared type can hold. Allocates nothing when they are valid.</summary>
    static abstract ValidationResult Validate(TSelf value);

    /// <summary>Adds the violations of <paramref name="value"/> to <paramref name="errors"/>, with paths relative to it.</summary>
    static abstract void Validate(TSelf value, ref ValidationCollector errors);

    /// <summary>Writes the params as the JSON object of a request's <c>params</c> (every param, in schema order).</summary>
    static abstract void WriteJson(Utf8JsonWriter writer, TSelf value);
}
