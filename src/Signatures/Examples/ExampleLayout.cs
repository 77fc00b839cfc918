namespace Signatures.Examples;

/// <summary>Which Python value stands for a contract's instances in an input example (what a Python user would have
/// passed to MLflow for the same data).</summary>
public enum ExampleLayout
{
    /// <summary>A pandas DataFrame of the rows (type <c>dataframe</c>): the usual example of a column contract.</summary>
    DataFrame,

    /// <summary>A list of dicts, one per row (type <c>json_object</c>); absent optional values are left out of each dict.</summary>
    Records,

    /// <summary>One row as a dict (type <c>json_object</c>, a unified LLM body when it has a <c>messages</c>,
    /// <c>prompt</c> or <c>input</c> key); absent optional values are left out.</summary>
    Dict,

    /// <summary>A dict of numpy arrays, one per tensor (type <c>ndarray</c>): the usual example of a tensor contract.</summary>
    Tensors,

    /// <summary>The only tensor of a one-tensor contract as a bare numpy array (type <c>ndarray</c>).</summary>
    Tensor,
}
