using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Tests.Mapping;

/// <summary>Compiles a snippet against .NET 10 and the runtime, and maps a type of it with the shared mapping.</summary>
internal static class MappingHarness
{
    public static CSharpCompilation Compile(string source) => CSharpCompilation.Create(
        "Mapping",
        [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview))],
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(ModelSignature).Assembly.Location)],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

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
