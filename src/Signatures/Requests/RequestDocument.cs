using Signatures.Enforcement;

namespace Signatures.Requests;

/// <summary>Turns a typed input back into the dynamic enforcer's <see cref="NormalizedInput"/>, so the typed request
/// prints its document with the same writer (<see cref="NormalizedRequest.ToJson"/>).</summary>
internal abstract class RequestDocument<TInput>
{
    public abstract NormalizedInput ToNormalized(TInput input, bool[]? present, PropertyPresence? presence);
}

/// <summary>Turns a typed params record back into resolved params (values in their natural CLR types).</summary>
internal abstract class ParamsDocument<TParams>
{
    public abstract IReadOnlyList<ResolvedParam> ToResolved(TParams parameters, IReadOnlyList<ResolvedParam> read, PropertyPresence? presence);
}

/// <summary>The document of rows of a column-based schema: the present columns in schema order, one value per row.</summary>
internal sealed class RowsDocument<TRow, TBinding>(Schema schema) : RequestDocument<TRow[]>
    where TBinding : struct, IContractBinding<TRow>
{
    private readonly ColSpec[] specs = schema.Columns.ToArray();
    private readonly bool named = schema.HasInputNames;

    public override NormalizedInput ToNormalized(TRow[] input, bool[]? present, PropertyPresence? presence)
    {
        TBinding binding = default;
        var columns = new List<InputColumn>(specs.Length);
        for (int c = 0; c < specs.Length; c++)
        {
            if (present is not null && !present[c]) continue;
            var values = new object?[input.Length];
            for (int r = 0; r < input.Length; r++) values[r] = binding.Get(input[r], c, presence);
            columns.Add(new InputColumn(named ? specs[c].Name! : ColumnAssembler.Positional(c), specs[c], new ColumnValues<object?>(values, missing: null)));
        }
        return new ColumnsInput(columns, input.Length);
    }
}

/// <summary>The params of a typed params record, in schema order.</summary>
internal sealed class TypedParamsDocument<TParams, TBinding> : ParamsDocument<TParams>
    where TBinding : struct, IContractBinding<TParams>
{
    public override IReadOnlyList<ResolvedParam> ToResolved(TParams parameters, IReadOnlyList<ResolvedParam> read, PropertyPresence? presence)
    {
        TBinding binding = default;
        var resolved = new ResolvedParam[read.Count];
        for (int i = 0; i < resolved.Length; i++) resolved[i] = new ResolvedParam(read[i].Spec, binding.Get(parameters, i, presence), read[i].IsDefault);
        return resolved;
    }
}
