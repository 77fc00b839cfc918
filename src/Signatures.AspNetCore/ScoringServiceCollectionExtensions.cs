using Microsoft.Extensions.DependencyInjection;
using Signatures.Enforcement;

namespace Signatures.AspNetCore;

/// <summary>Registers the readers behind <see cref="ScoringRequest{TInput}"/> handler parameters.</summary>
public static class ScoringServiceCollectionExtensions
{
    /// <summary>Lets handlers take a <see cref="ScoringRequest{TInput}"/> parameter, read with <paramref name="readRequest"/>
    /// (a signature class's generated <c>ReadRequest</c>): <c>services.AddScoringRequest(IrisModel.ReadRequest)</c>.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="readRequest">The signature's generated reader.</param>
    /// <param name="options">Limits (the body limit included); <see langword="null"/> for the defaults.</param>
    public static IServiceCollection AddScoringRequest<TInput>(this IServiceCollection services, ModelRequestReader<TInput> readRequest, EnforcementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(readRequest);
        return services.AddSingleton(new ScoringRequestReader<TInput>(readRequest, options ?? EnforcementOptions.Default));
    }

    /// <summary>Lets handlers take a <see cref="ScoringRequest{TInput, TParams}"/> parameter, read with
    /// <paramref name="readRequest"/> (a signature class's generated <c>ReadRequest</c>).</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="readRequest">The signature's generated reader.</param>
    /// <param name="options">Limits (the body limit included); <see langword="null"/> for the defaults.</param>
    public static IServiceCollection AddScoringRequest<TInput, TParams>(this IServiceCollection services, ModelRequestReader<TInput, TParams> readRequest,
        EnforcementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(readRequest);
        return services.AddSingleton(new ScoringRequestReader<TInput, TParams>(readRequest, options ?? EnforcementOptions.Default));
    }
}
