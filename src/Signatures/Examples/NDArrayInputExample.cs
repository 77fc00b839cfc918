namespace Signatures.Examples;

/// <summary>A numpy array example: <c>input_example.json</c> is its <c>tolist()</c>, the serving body <c>{"inputs": ...}</c>.</summary>
internal sealed class NDArrayInputExample(NDArrayExample array) : InputExample
{
    /// <summary>The array.</summary>
    internal NDArrayExample Array => array;

    internal override PreparedExample Prepare()
    {
        object? list = array.ToPythonList();
        return new PreparedExample(list, new PyDict { { "inputs", list } }, "ndarray");
    }
}

/// <summary>A dict of numpy arrays: <c>input_example.json</c> maps each name to its <c>tolist()</c>, the serving body wraps that in <c>inputs</c>.</summary>
internal sealed class NDArraysInputExample(IReadOnlyList<KeyValuePair<string, NDArrayExample>> arrays) : InputExample
{
    /// <summary>The named arrays, in order.</summary>
    internal IReadOnlyList<KeyValuePair<string, NDArrayExample>> Arrays => arrays;

    internal override PreparedExample Prepare()
    {
        var dict = new PyDict();
        foreach ((string name, NDArrayExample array) in arrays) dict.Add(name, array.ToPythonList());
        return new PreparedExample(dict, new PyDict { { "inputs", dict } }, "ndarray");
    }
}
