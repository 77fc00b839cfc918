using Signatures.Enforcement;

namespace Signatures.AspNetCore;

/// <summary>Serves a signature loaded at run time through the dynamic <see cref="RequestEnforcer"/>.</summary>
internal sealed class DynamicScoringEndpoint<TOutput>(
    RequestEnforcer enforcer, Func<NormalizedRequest, CancellationToken, ValueTask<TOutput>> predict, ScoringOptions options)
    : ScoringEndpoint<EnforcementResult, TOutput>(options)
{
    protected override EnforcementResult Read(ReadOnlySpan<byte> body, string contentType) => enforcer.Enforce(body, contentType);

    protected override RequestRejection? RejectionOf(EnforcementResult request) => request.Rejection;

    protected override ValueTask<TOutput> PredictAsync(EnforcementResult request, CancellationToken cancellationToken) =>
        predict(request.Request!, cancellationToken);
}
