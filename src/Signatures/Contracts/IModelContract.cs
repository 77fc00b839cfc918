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
}
