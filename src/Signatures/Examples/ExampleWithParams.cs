namespace Signatures.Examples;

/// <summary>
/// An example with inference params (MLflow's <c>(data, params)</c> tuple). The params are checked as MLflow's
/// <c>_infer_param_schema</c> checks them, and every invalid one is reported in MLflow's words.
/// </summary>
internal sealed class ExampleWithParams : InputExample
{
    private readonly InputExample data;
    private readonly IReadOnlyList<KeyValuePair<string, object?>> parameters;

    /// <summary>The example without its params.</summary>
    internal InputExample Data => data;

    /// <summary>The params, in order.</summary>
    internal IReadOnlyList<KeyValuePair<string, object?>> Parameters => parameters;

    public ExampleWithParams(InputExample data, IReadOnlyList<KeyValuePair<string, object?>> parameters)
    {
        if (data is ExampleWithParams) throw new InputExampleException("An example can carry one set of params.");
        this.data = data;
        this.parameters = parameters;
        ParamInference.InferAll(parameters); // refuses what MLflow's _infer_param_schema refuses, in its words
    }

    internal override PreparedExample Prepare()
    {
        PreparedExample prepared = data.Prepare();
        var dict = new PyDict();
        foreach ((string name, object? value) in parameters) dict.Add(name, PythonValues.Prepare(value));
        return prepared with { Params = dict };
    }
}
