namespace Signatures.Examples;

/// <summary>A JSON-able value (dict, list, scalar): written as is; the serving body is <c>{"inputs": value}</c>, or the
/// dict itself when it is a unified LLM body (it has a <c>messages</c>, <c>prompt</c> or <c>input</c> key).</summary>
internal sealed class JsonObjectExample(object? value) : InputExample
{
    private static readonly string[] LlmKeys = ["messages", "prompt", "input"];

    /// <summary>The value.</summary>
    internal object? Value => value;

    internal override PreparedExample Prepare()
    {
        object? data = PythonValues.Prepare(value);
        if (data is PyDict dict && dict.Any(e => LlmKeys.Contains(e.Key, StringComparer.Ordinal)))
        {
            return new PreparedExample(data, dict, "json_object", IsUnifiedLlm: true);
        }
        return new PreparedExample(data, new PyDict { { "inputs", data } }, "json_object");
    }
}
