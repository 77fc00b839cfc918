using Microsoft.CodeAnalysis.CSharp;
using Signatures.Generators.Tests.Infrastructure;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Tests.Mapping;

/// <summary>Compiles a snippet against .NET 10 and the runtime, and maps a type of it with the shared mapping.</summary>
internal static class MappingHarness
{
    /// <summary>The snippet compiled from the generator tests' shared starting compilation (references bound once).</summary>
    public static CSharpCompilation Compile(string source) => GeneratorHarness.Compile(source);

    public static EquatableArray<MemberMapping> Columns(string source, string typeName = "C")
    {
        CSharpCompilation compilation = Compile(source);
        return ContractMapper.MapColumns(compilation.GetTypeByMetadataName(typeName)!, CancellationToken.None);
    }

    public static MemberMapping Column(string source, string typeName = "C") => Assert.Single(Columns(source, typeName));

    public static EquatableArray<ParamMapping> Params(string source, string typeName = "P")
    {
        CSharpCompilation compilation = Compile(source);
        return ContractMapper.MapParams(compilation.GetTypeByMetadataName(typeName)!, compilation, CancellationToken.None);
    }
}
