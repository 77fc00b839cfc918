using System.Globalization;
using System.Text.Unicode;

namespace Signatures.Enforcement;

/// <summary>
/// Enforces serving requests against a <see cref="ModelSignature"/>: reads a UTF-8 body in any of MLflow's serving
/// formats (<c>application/json</c> with <c>dataframe_split</c>, <c>dataframe_records</c>, <c>instances</c> or
/// <c>inputs</c> and optional <c>params</c>, the unified LLM body, or <c>text/csv</c>) and returns either a
/// <see cref="NormalizedRequest"/> (typed input, resolved params, warnings) or a <see cref="RequestRejection"/>. Values
/// are accepted only when they arrive exactly (spec/conversion-policy.md). It never throws for a bad request,
/// however malformed. An instance is immutable and can be shared between threads.
/// </summary>
public sealed class RequestEnforcer
{
    private readonly object?[] paramDefaults;

    /// <summary>Prepares enforcement for <paramref name="signature"/>.</summary>
    /// <exception cref="ArgumentException">The signature has no input schema (there is nothing to enforce), or
    /// <paramref name="options"/> has a limit out of range (<see cref="EnforcementOptions.Validate"/>).</exception>
    public RequestEnforcer(ModelSignature signature, EnforcementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Inputs is null)
        {
            throw new ArgumentException("The signature has no input schema, so there is nothing to enforce a request against.", nameof(signature));
        }
        Options = options ?? EnforcementOptions.Default;
        Options.Validate();
        Signature = signature;
        paramDefaults = signature.Params?.Params.Select(p => ParamsReader.ConvertDefault(p, Options)).ToArray() ?? [];
    }

    /// <summary>The signature requests are enforced against.</summary>
    public ModelSignature Signature { get; }

    /// <summary>The limits.</summary>
    public EnforcementOptions Options { get; }

    /// <summary>Enforces one request.</summary>
    /// <param name="body">The request body as sent (UTF-8).</param>
    /// <param name="contentType">The <c>Content-Type</c> header; <see langword="null"/> means <c>application/json</c>.</param>
    public EnforcementResult Enforce(ReadOnlySpan<byte> body, string? contentType = "application/json")
    {
        try
        {
            BodyFormat format = ContentTypeParser.Parse(contentType);
            CheckBody(body, format);
            RequestState state;
            if (format == BodyFormat.Csv)
            {
                CsvRequestReader.CheckSignature(Signature.Inputs!);
                state = CreateState();
                CsvRequestReader.Read(body, state.Assembler, state.Context);
            }
            else
            {
                state = JsonRequestReader.Read(body, CreateState, Options, inputsOnly: Signature.IsFromTypeHint);
            }
            EnforcementContext context = state.Context;
            NormalizedInput? input = state.Assembler.Finish();
            if (context.InputProblems.Count > 0 || input is null)
            {
                return new RequestRejection(RejectionStage.Inputs, context.InputProblems.Join(), context.InputProblems.HasSchemaMismatch);
            }
            IReadOnlyList<ResolvedParam>? parameters = state.Params.Finish();
            if (context.ParamProblems.Count > 0)
            {
                return new RequestRejection(RejectionStage.Params, context.ParamProblems.Join("Invalid params: "));
            }
            return new NormalizedRequest(input, parameters, context.Warnings.ToArray());
        }
        catch (RequestRejectedException rejected)
        {
            return new RequestRejection(rejected.Stage, rejected.Message, rejected.IsSchemaMismatch);
        }
    }

    /// <summary>Enforces one request read from <paramref name="body"/> to its end (copied at most once, see
    /// <see cref="Requests.RequestBody"/>); a body over <see cref="EnforcementOptions.MaxBodyBytes"/> is rejected at the parse stage.</summary>
    /// <param name="body">The body's reader (an ASP.NET Core request's <c>BodyReader</c>, say); left open.</param>
    /// <param name="contentType">The <c>Content-Type</c> header; <see langword="null"/> means <c>application/json</c>.</param>
    /// <param name="cancellationToken">Stops waiting for the body.</param>
    public async ValueTask<EnforcementResult> EnforceAsync(System.IO.Pipelines.PipeReader body, string? contentType = "application/json",
        CancellationToken cancellationToken = default)
    {
        using Requests.RequestBody read = await Requests.RequestBody.ReadAsync(body, Options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        return read.IsTooLarge ? Requests.RequestBody.TooLargeRejection(Options.MaxBodyBytes) : Enforce(read.Span, contentType);
    }

    /// <summary>Enforces one request against <paramref name="signature"/> (see <see cref="Enforce(ReadOnlySpan{byte}, string?)"/>).</summary>
    public static EnforcementResult Enforce(ModelSignature signature, ReadOnlySpan<byte> body, string? contentType = "application/json", EnforcementOptions? options = null) =>
        new RequestEnforcer(signature, options).Enforce(body, contentType);

    private RequestState CreateState()
    {
        var context = new EnforcementContext(Options);
        Schema inputs = Signature.Inputs!;
        InputAssembler assembler = inputs.IsTensorBased ? new TensorAssembler(inputs, context) : new ColumnAssembler(inputs, context);
        return new RequestState(context, assembler, new ParamsReader(Signature.Params, paramDefaults, context));
    }

    private void CheckBody(ReadOnlySpan<byte> body, BodyFormat format)
    {
        if (body.Length > Options.MaxBodyBytes)
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The body has {body.Length.ToString(CultureInfo.InvariantCulture)} bytes, more than the limit of {Options.MaxBodyBytes.ToString(CultureInfo.InvariantCulture)}.");
        }
        if (!Utf8.IsValid(body))
        {
            int valid = FirstInvalidUtf8(body);
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The body is not valid UTF-8 (the first bad byte is at offset {valid.ToString(CultureInfo.InvariantCulture)}); send UTF-8 text.");
        }
        if (body.StartsWith("\uFEFF"u8))
        {
            throw new RequestRejectedException(RejectionStage.Parse, "The body starts with a UTF-8 byte order mark; send it without one.");
        }
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                format == BodyFormat.Csv ? "The CSV body is empty: it needs a header row naming the columns, then one row per input." : "The body is empty; send a JSON object.");
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> body)
    {
        int offset = 0;
        while (offset < body.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(body[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return offset;
    }
}
