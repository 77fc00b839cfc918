using System.Text.Json;
using Signatures.Validation;

namespace Signatures;

/// <summary>
/// An input or output contract (<see cref="ModelInputAttribute"/>, <see cref="ModelOutputAttribute"/>): its MLflow
/// schema is known at compile time. The source generator implements this interface on every contract, so generic
/// code can take any contract: <c>static void Describe&lt;T&gt;() where T : IModelContract&lt;T&gt; =&gt; Console.WriteLine(T.SchemaJson);</c>
/// </summary>
/// <typeparam name="TSelf">The contract type itself.</typeparam>
public interface IModelContract<TSelf> where TSelf : IModelContract<TSelf>
{
    /// <summary>The contract's MLflow schema (columns or tensors), built once.</summary>
    static abstract Schema Schema { get; }

    /// <summary>MLflow's <c>Schema.to_json()</c> of <see cref="Schema"/>, byte for byte.</summary>
    static abstract string SchemaJson { get; }

    /// <summary>Checks one instance against the schema: required values non-null, tensor ranks and fixed dimensions,
    /// nested Array/Object/Map values, and numbers that the declared MLflow type cannot hold. Allocates nothing when
    /// the instance is valid.</summary>
    static abstract ValidationResult Validate(TSelf value);

    /// <summary>Checks every row (see <see cref="Validate(TSelf)"/>); violations are reported at
    /// <c>rows[i].column</c>.</summary>
    static abstract ValidationResult ValidateRows(IReadOnlyList<TSelf> rows);

    /// <summary>Adds the violations of <paramref name="value"/> to <paramref name="errors"/>, with paths relative to it.</summary>
    static abstract void Validate(TSelf value, ref ValidationCollector errors);

    /// <summary>Writes the JSON value of the schema input (column or tensor) at <paramref name="index"/> of
    /// <paramref name="value"/>, as the request enforcer accepts it. <see cref="Writing.ServingRequest"/> and
    /// <see cref="Writing.Predictions"/> build whole bodies from it.</summary>
    static abstract void WriteValue(Utf8JsonWriter writer, TSelf value, int index);
}
