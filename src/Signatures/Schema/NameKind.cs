namespace Signatures;

/// <summary>
/// What an input's <c>name</c> is in MLflow's JSON. MLflow's <c>ColSpec</c> and <c>TensorSpec</c> take any name, and
/// MLmodel files written from a DataFrame whose columns came from an ndarray (or from a pipeline's output) carry
/// integer names such as <c>"name": 0</c>. A C# contract always declares string names.
/// </summary>
public enum NameKind
{
    /// <summary>A JSON string (the usual case).</summary>
    String,

    /// <summary>A JSON integer (<c>"name": 0</c>); <see cref="InputSpec.Name"/> holds its decimal digits.</summary>
    Integer,

    /// <summary>A JSON number with a fraction or exponent (<c>"name": 1.5</c>); <see cref="InputSpec.Name"/> holds
    /// Python's <c>str()</c> of it (<c>1.5</c>, <c>1e+300</c>, <c>nan</c>, <c>inf</c>).</summary>
    Float,

    /// <summary>A JSON boolean (<c>"name": true</c>); <see cref="InputSpec.Name"/> holds <c>True</c> or <c>False</c>.</summary>
    Boolean,
}
