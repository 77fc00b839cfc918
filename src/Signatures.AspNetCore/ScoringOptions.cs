using System.Reflection;
using Signatures.Enforcement;

namespace Signatures.AspNetCore;

/// <summary>How a scoring endpoint reads requests and what <c>GET /version</c> answers.</summary>
public sealed record ScoringOptions
{
    /// <summary>Limits for reading a request; <see cref="EnforcementOptions.MaxBodyBytes"/> is also the largest body
    /// accepted (a larger one is answered with 413).</summary>
    public EnforcementOptions Enforcement { get; init; } = EnforcementOptions.Default;

    /// <summary>The body of <c>GET /version</c> (MLflow answers its own version there). Default: the version of the
    /// Signatures.AspNetCore package.</summary>
    public string Version { get; init; } = PackageVersion();

    private static string PackageVersion()
    {
        string? informational = typeof(ScoringOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (informational is null) return typeof(ScoringOptions).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        int plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
