using Signatures.Enforcement;

namespace Signatures.Requests;

/// <summary>Builds a typed params record from params the shared <see cref="ParamsReader"/> resolved (defaults applied).</summary>
internal static class TypedParams
{
    /// <summary>The record, or a params-stage rejection when a value does not fit its member's C# type.</summary>
    /// <param name="resolved">The resolved params, or <see langword="null"/> without a params schema.</param>
    /// <param name="options">The limits (for the message list).</param>
    /// <param name="presence">Property presence noted so far (from the input); returned with that of the params added.</param>
    /// <param name="parameters">The record.</param>
    /// <param name="rejection">Why the params were refused.</param>
    public static bool TryBuild<TParams, TBinding>(IReadOnlyList<ResolvedParam>? resolved, EnforcementOptions options, ref PropertyPresence? presence,
        out TParams parameters, out RequestRejection? rejection)
        where TBinding : struct, IContractBinding<TParams>
    {
        rejection = null;
        if (TryBuild<TParams, TBinding>(resolved, problems: null, ref presence, out parameters)) return true;
        // Something did not fit: read again, this time collecting every message.
        var context = new EnforcementContext(options);
        TryBuild<TParams, TBinding>(resolved, context, ref presence, out parameters);
        rejection = new RequestRejection(RejectionStage.Params, context.ParamProblems.Join("Invalid params: "));
        return false;
    }

    private static bool TryBuild<TParams, TBinding>(IReadOnlyList<ResolvedParam>? resolved, EnforcementContext? problems, ref PropertyPresence? presence, out TParams parameters)
        where TBinding : struct, IContractBinding<TParams>
    {
        TBinding binding = default;
        bool ok = true;
        if (resolved is not null)
        {
            var cell = new CellReader(problems, presence);
            for (int i = 0; i < resolved.Count; i++)
            {
                problems?.AtParam(resolved[i].Name);
                cell.SetValue(resolved[i].Value);
                ok &= binding.Read(i, ref cell);
            }
            presence = cell.Presence;
        }
        parameters = binding.Build();
        return ok;
    }

    /// <summary>The params a request without <c>params</c> resolves to (every default), or <see langword="null"/> without a params schema.</summary>
    public static IReadOnlyList<ResolvedParam>? Defaults(ModelSignature signature, object?[] defaults, EnforcementOptions options) =>
        new ParamsReader(signature.Params, defaults, new EnforcementContext(options)).Finish();

    /// <summary>Each declared param's default as a request would give it (the enforcer's own conversion).</summary>
    public static object?[] DefaultValues(ModelSignature signature, EnforcementOptions options) =>
        signature.Params?.Params.Select(p => ParamsReader.ConvertDefault(p, options)).ToArray() ?? [];
}
