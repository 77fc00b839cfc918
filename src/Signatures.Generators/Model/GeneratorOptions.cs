using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Model;

/// <summary>Project-wide options from MSBuild (<c>build_property.*</c>, made visible by build/Signatures.props), and the
/// one fact about the compilation the emitter needs.</summary>
/// <remarks>Cached by Roslyn between runs: keep every member immutable with value equality.</remarks>
/// <param name="Naming">The <c>SignaturesColumnNaming</c> property; <see cref="NamingPolicy.Default"/> (as declared) when unset or invalid.</param>
/// <param name="StaticAbstractInterfaces">Whether the language version has static abstract interface members (C# 11),
/// needed to implement <c>IModelContract&lt;T&gt;</c>; without them the contract members are generated alone.</param>
internal sealed record GeneratorOptions(NamingPolicy Naming, bool StaticAbstractInterfaces = true)
{
    /// <summary>The MSBuild property name.</summary>
    public const string ColumnNamingProperty = "SignaturesColumnNaming";

    /// <summary>Reads the options; an invalid value is ignored here (the analyzers report it).</summary>
    public static GeneratorOptions From(AnalyzerConfigOptions options, bool staticAbstractInterfaces) =>
        new(options.TryGetValue("build_property." + ColumnNamingProperty, out string? value) && ColumnNames.TryParsePolicy(value, out NamingPolicy policy)
            ? policy
            : NamingPolicy.Default,
            staticAbstractInterfaces);

    /// <summary>The policy a contract uses: its own <c>Naming</c> when set, else the project's.</summary>
    public NamingPolicy For(NamingPolicy contractNaming) => contractNaming != NamingPolicy.Default ? contractNaming : Naming;
}
