using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Signatures.Analyzers.Tests;

/// <summary>The references every test compilation gets: the .NET 10 reference assemblies from
/// Basic.Reference.Assemblies (nothing downloaded at test time, see toolchain.md §2) and the runtime library.</summary>
internal static class TestReferences
{
    /// <summary>An empty reference set; the real references are added through <see cref="All"/>.</summary>
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    public static IReadOnlyList<MetadataReference> All { get; } =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(ModelInputAttribute).Assembly.Location),
    ];

    /// <summary>Adds the references and, when given, an MSBuild property as the analyzers see it.</summary>
    public static void Configure(SolutionState state, string? columnNaming)
    {
        state.AdditionalReferences.AddRange(All);
        if (columnNaming is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.SignaturesColumnNaming = {columnNaming}\n"));
        }
    }
}
