using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Model;

/// <summary>Project-wide options from MSBuild (<c>build_property.*</c>, made visible by build/Signatures.props).</summary>
/// <remarks>Cached by Roslyn between runs: keep every member immutable with value equality.</remarks>
/// <param name="Naming">The <c>SignaturesColumnNaming</c> property; <see cref="NamingPolicy.Default"/> (as declared) when unset or invalid.</param>
internal sealed record GeneratorOptions(NamingPolicy Naming)
{
    /// <summary>The MSBuild property name.</summary>
    public const string ColumnNamingProperty = "SignaturesColumnNaming";

    /// <summary>Reads the options; an invalid value is ignored here (the analyzers report it).</summary>
    public static GeneratorOptions From(AnalyzerConfigOptions options) =>
        new(options.TryGetValue("build_property." + ColumnNamingProperty, out string? value) && ColumnNames.TryParsePolicy(value, out NamingPolicy policy)
            ? policy
            : NamingPolicy.Default);

    /// <summary>The policy a contract uses: its own <c>Naming</c> when set, else the project's.</summary>
    public NamingPolicy For(NamingPolicy contractNaming) => contractNaming != NamingPolicy.Default ? contractNaming : Naming;
}
