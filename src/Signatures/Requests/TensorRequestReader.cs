using System.ComponentModel;
using Signatures.Enforcement;

namespace Signatures.Requests;

/// <summary>
/// For generated code: reads serving requests for a tensor-based input into an instance of the tensors contract
/// <typeparamref name="TInput"/>, one array member per tensor. The dynamic <see cref="RequestEnforcer"/> reads and checks
/// the body (every envelope, dtype, rank, fixed dimensions, limits); its tensors are then copied into the members' arrays.
/// </summary>
/// <typeparam name="TInput">The tensors contract.</typeparam>
/// <typeparam name="TBinding">The generated binding of its members to the schema's tensors.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TensorRequestReader<TInput, TBinding> : TypedRequestReader<TInput>
    where TBinding : struct, IContractBinding<TInput>
{
    /// <summary>Prepares reading for <paramref name="signature"/>, whose inputs are the tensors the binding reads.</summary>
    /// <exception cref="ArgumentException">The signature has no tensor-based input schema.</exception>
    public TensorRequestReader(ModelSignature signature) : base(signature, new TensorsDocument<TInput, TBinding>(TensorInputs(signature)))
    {
    }

    private protected override InputOutcome<TInput> ReadInput(ReadOnlySpan<byte> body, string? contentType, EnforcementOptions options)
    {
        EnforcementResult result = Enforce(body, contentType, options);
        if (result is not NormalizedRequest request) return InputOutcome<TInput>.Rejected((RequestRejection)result);
        IReadOnlyList<Tensor> tensors = request.Input switch
        {
            TensorsInput named => named.Tensors,
            TensorInput single => [single.Tensor],
            _ => [],
        };
        if (!TryBuild(tensors, problems: null, out TInput input))
        {
            var problems = new EnforcementContext(options);
            TryBuild(tensors, problems, out _);
            return InputOutcome<TInput>.Rejected(new RequestRejection(RejectionStage.Inputs, problems.InputProblems.Join()));
        }
        return new InputOutcome<TInput> { Input = input, Params = request.Params, Warnings = request.Warnings };
    }

    private static bool TryBuild(IReadOnlyList<Tensor> tensors, EnforcementContext? problems, out TInput input)
    {
        TBinding binding = default;
        var cell = new CellReader(problems);
        bool ok = true;
        for (int i = 0; i < tensors.Count; i++)
        {
            problems?.AtTensor(tensors[i].Name, null!, 0); // no element index: the whole tensor
            cell.SetValue(tensors[i]);
            ok &= binding.Read(i, ref cell);
        }
        input = binding.Build();
        return ok;
    }

    private static Schema TensorInputs(ModelSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return signature.Inputs is { IsTensorBased: true } inputs
            ? inputs
            : throw new ArgumentException("The signature has no tensor-based input schema.", nameof(signature));
    }
}

/// <summary>The document of a tensors contract: its tensors in schema order.</summary>
internal sealed class TensorsDocument<TInput, TBinding>(Schema schema) : RequestDocument<TInput>
    where TBinding : struct, IContractBinding<TInput>
{
    private readonly TensorSpec[] specs = schema.Tensors.ToArray();

    public override NormalizedInput ToNormalized(TInput input, bool[]? present, PropertyPresence? presence)
    {
        TBinding binding = default;
        var tensors = new Tensor[specs.Length];
        for (int i = 0; i < specs.Length; i++) tensors[i] = TensorArrays.FromValue(specs[i], binding.Get(input, i, presence));
        return specs[0].Name is null ? new TensorInput(tensors[0]) : new TensorsInput(tensors);
    }
}
