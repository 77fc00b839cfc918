using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>
/// Reads an <c>application/json</c> body in one pass: a JSON object with exactly one of <c>dataframe_split</c>,
/// <c>dataframe_records</c>, <c>instances</c>, <c>inputs</c>, optionally <c>params</c> beside it, other keys ignored;
/// or MLflow's unified LLM body (a top-level <c>messages</c>, <c>prompt</c> or <c>input</c> key), where declared param
/// names are params and every other key is a column. The envelope is read as soon as its key is met; when an LLM key
/// turns up later, the body is read again in that mode from the recorded positions of its keys.
/// </summary>
internal static class JsonRequestReader
{
    private static readonly string[] EnvelopeKeys = ["dataframe_split", "dataframe_records", "instances", "inputs"];
    private static readonly string[] LlmKeys = ["messages", "prompt", "input"];

    private const string EnvelopeList = "'dataframe_split', 'dataframe_records', 'instances', 'inputs'";

    /// <summary>Reads the body into the state made by <paramref name="createState"/> (called again if the body
    /// turns out to be a unified LLM body) and returns the state that holds the result.</summary>
    /// <remarks>With <c>inputsOnly</c> (the signature came from a type hint) only <c>inputs</c> carries the input and
    /// the other envelopes are refused, as MLflow's server does then.</remarks>
    public static RequestState Read(ReadOnlySpan<byte> body, Func<RequestState> createState, EnforcementOptions limits, bool inputsOnly = false)
    {
        RequestState state = createState();
        var scanner = new JsonScanner(body, limits);
        if (scanner.Peek() != JsonToken.Object)
        {
            JsonValueClass valueClass = scanner.ReadToken(out _, out _);
            scanner.ExpectEnd();
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The body must be a JSON object with exactly one of {EnvelopeList} (or a unified LLM body with 'messages', 'prompt' or 'input'), got {ConversionMessages.KindName(valueClass)}.");
        }
        scanner.BeginObject();
        var members = new List<(string Name, int Start, int Depth)>(4);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var envelopes = new List<string>(1);
        bool llm = false;
        RequestRejectedException? pending = null;
        int keyCount = 0;
        while (scanner.NextProperty(ref keyCount, out ReadOnlySpan<byte> raw, out bool escaped))
        {
            string name = JsonStringText.Decode(raw, escaped);
            if (!names.Add(name)) throw scanner.DuplicateKey(raw, escaped);
            scanner.Peek();
            int start = scanner.Position;
            int depth = scanner.Depth;
            members.Add((name, start, depth));
            if (Array.IndexOf(LlmKeys, name) >= 0) llm = true;
            if (!llm && pending is null)
            {
                if (Array.IndexOf(EnvelopeKeys, name) >= 0)
                {
                    envelopes.Add(name);
                    if (inputsOnly && name != "inputs")
                    {
                        scanner.SkipValue();
                        continue;
                    }
                    if (envelopes.Count == 1)
                    {
                        try
                        {
                            ReadEnvelope(ref scanner, name, state);
                        }
                        catch (RequestRejectedException e) when (!e.IsMalformed)
                        {
                            // Wrong for this envelope, but the body might still be a unified LLM body: decide at the end.
                            pending = e;
                            scanner.Rewind(start, depth);
                            scanner.SkipValue();
                        }
                        continue;
                    }
                }
                else if (name == "params")
                {
                    state.Params.ReadParamsValue(ref scanner);
                    continue;
                }
            }
            else if (Array.IndexOf(EnvelopeKeys, name) >= 0)
            {
                envelopes.Add(name);
            }
            scanner.SkipValue();
        }
        scanner.ExpectEnd();

        if (llm)
        {
            state = createState();
            ReadUnifiedLlm(scanner, members, state);
            return state;
        }
        if (inputsOnly && !envelopes.Contains("inputs"))
        {
            // MLflow's own words (it lists the envelope keys the body has as a dict_keys view).
            throw new RequestRejectedException(
                RejectionStage.Parse,
                "Request payload must be a dictionary with 'inputs' key when the model contains a valid type hint. " +
                $"Found keys in payload: dict_keys([{string.Join(", ", envelopes.Select(PythonRepr.Str))}]).");
        }
        if (envelopes.Count == 0)
        {
            string keys = members.Count == 0 ? "it is empty" : "it has " + string.Join(", ", members.Select(m => PythonRepr.Str(m.Name)));
            throw new RequestRejectedException(RejectionStage.Parse, $"The body must have exactly one of the keys {EnvelopeList} holding the input; {keys}.");
        }
        if (envelopes.Count > 1)
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The body must have exactly one of the keys {EnvelopeList}, but it has {string.Join(", ", envelopes.Select(PythonRepr.Str))}.");
        }
        if (pending is not null) throw pending;
        return state;
    }

    private static void ReadEnvelope(ref JsonScanner scanner, string name, RequestState state)
    {
        switch (name)
        {
            case "dataframe_split":
                TableReader.ReadSplit(ref scanner, state.Assembler, state.Context);
                break;
            case "dataframe_records":
                TableReader.ReadRecords(ref scanner, state.Assembler, state.Context, "dataframe_records", fromInstances: false);
                break;
            case "instances":
                state.Assembler.ReadInputs(ref scanner, fromInstances: true);
                break;
            default:
                state.Assembler.ReadInputs(ref scanner, fromInstances: false);
                break;
        }
    }

    private static void ReadUnifiedLlm(JsonScanner scanner, List<(string Name, int Start, int Depth)> members, RequestState state)
    {
        state.Assembler.BeginDict("the body", fromInstances: false);
        foreach ((string name, int start, int depth) in members)
        {
            JsonScanner value = scanner.At(start, depth);
            int param = state.Params.Find(name);
            if (param >= 0) state.Params.ReadParam(ref value, param);
            else state.Assembler.ReadDictEntry(ref value, name);
        }
        state.Assembler.EndDict();
    }
}

/// <summary>What one reading of a request builds: the input assembler, the params and the shared context.</summary>
internal sealed class RequestState(EnforcementContext context, InputAssembler assembler, ParamsReader parameters)
{
    public EnforcementContext Context { get; } = context;

    public InputAssembler Assembler { get; } = assembler;

    public ParamsReader Params { get; } = parameters;
}
