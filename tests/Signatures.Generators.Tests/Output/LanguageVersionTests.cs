using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Signatures.Generators.Tests.Infrastructure;

namespace Signatures.Generators.Tests.Output;

public class LanguageVersionTests
{
    [Fact]
    public void Before_CSharp_11_contracts_get_their_members_without_the_static_abstract_interface()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp10);
        CSharpCompilation compilation = GeneratorHarness.Compile().AddSyntaxTrees(CSharpSyntaxTree.ParseText("""
            using Signatures;
            namespace Old
            {
                [ModelInput] public partial record Row(long Id, string? Note);
                [ModelParams] public partial record Knobs(long TopK = 2);
            }
            """, parseOptions));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new SignatureGenerator().AsSourceGenerator()], parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Null(driver.GetRunResult().Results.Single().Exception);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);
        var assembly = new GeneratorResult(output, driver.GetRunResult().Results.Single()).Load();
        Type row = GeneratedMembers.Type(assembly, "Old.Row");
        Type knobs = GeneratedMembers.Type(assembly, "Old.Knobs");
        Assert.DoesNotContain(row.GetInterfaces(), i => i.Name.StartsWith("IModel", StringComparison.Ordinal));
        Assert.Equal(GeneratedMembers.Const(row, "SchemaJson"), ((Schema)GeneratedMembers.Static(row, "Schema")!).ToJson());
        Assert.Equal(GeneratedMembers.Const(knobs, "ParamSchemaJson"), ((ParamSchema)GeneratedMembers.Static(knobs, "ParamSchema")!).ToJson());
    }
}

public class HintNameTests
{
    [Fact]
    public void Types_whose_names_differ_only_in_case_both_generate()
    {
        var result = GeneratorHarness.Run("""
            using Signatures;
            namespace N { [ModelInput] public partial record Row(long A); [ModelInput] public partial record row(double B); }
            namespace n { [ModelInput] public partial record Row(string C); }
            namespace N { [ModelSignature<Row, row>] public static partial class S; [ModelSignature<row, Row>] public static partial class s; }
            """);
        // n.Row meets N.Row, then N.row_2: it takes _3.
        Assert.Equal(["N.Row.Contract.g.cs", "N.S.Request.g.cs", "N.S.Signature.g.cs", "N.row_2.Contract.g.cs", "N.s_2.Request.g.cs", "N.s_2.Signature.g.cs", "n.Row_3.Contract.g.cs"],
            result.Sources.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(7, result.AssertRuntimeAgrees());
    }
}
