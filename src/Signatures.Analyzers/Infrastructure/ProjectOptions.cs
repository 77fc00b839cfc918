using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>The MSBuild properties the analyzers read (made visible to the compiler by the package's props).</summary>
internal static class ProjectOptions
{
    public const string ColumnNamingProperty = "SignaturesColumnNaming";

    /// <summary>The raw <c>SignaturesColumnNaming</c> value, or <see langword="null"/> when unset or empty.</summary>
    public static string? RawColumnNaming(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property." + ColumnNamingProperty, out string? value)
            && !string.IsNullOrWhiteSpace(value)
            ? value
            : null;

    /// <summary>The project's naming policy; as declared when unset or invalid (SIG0901 reports an invalid value).</summary>
    public static NamingPolicy ColumnNaming(AnalyzerOptions options) =>
        ColumnNames.TryParsePolicy(RawColumnNaming(options), out NamingPolicy policy) ? policy : NamingPolicy.AsDeclared;
}
