using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using System.Text.RegularExpressions;
using Signatures.Shared;
using Signatures.Tests.Vectors;

namespace Signatures.Generators.Tests;

/// <summary>The shared CLR -> MLflow table (DESIGN.md, docs/type-mapping.md) answered from real Roslyn symbols.</summary>
public class TypeTableTests
{
    private static readonly CSharpCompilation Compilation = CSharpCompilation.Create(
        "TypeTable",
        [CSharpSyntaxTree.ParseText("""
            using System;
            using System.Numerics;
            class Holder
            {
                bool a; sbyte b; short c; int d; byte e; ushort f; uint g; long h; nint i; ulong j; nuint k;
                Half l; float m; double n; decimal o; Int128 p; UInt128 q; BigInteger r; string s; char t; Guid u;
                byte[] v; ReadOnlyMemory<byte> w; DateTime x; DateOnly y; DateTimeOffset z; object unsupported; int[,] matrix;
            }
            """)],
        Basic.Reference.Assemblies.Net100.References.All);

    [Theory]
    [InlineData("a", "boolean", "bool", true)]
    [InlineData("b", "integer", "int8", true)]
    [InlineData("c", "integer", "int16", true)]
    [InlineData("d", "integer", "int32", true)]
    [InlineData("e", "integer", "uint8", true)]
    [InlineData("f", "integer", "uint16", true)]
    [InlineData("g", "long", "uint32", true)]
    [InlineData("h", "long", "int64", true)]
    [InlineData("i", "long", "int64", true)]
    [InlineData("j", "long", "uint64", false)]
    [InlineData("k", "long", "uint64", false)]
    [InlineData("l", "float", "float16", true)]
    [InlineData("m", "float", "float32", true)]
    [InlineData("n", "double", "float64", true)]
    [InlineData("o", "double", null, false)]
    [InlineData("p", "long", null, false)]
    [InlineData("q", "long", null, false)]
    [InlineData("r", "long", null, false)]
    [InlineData("s", "string", "str", true)]
    [InlineData("t", "string", "str", true)]
    [InlineData("u", "string", "str", true)]
    [InlineData("v", "binary", "bytes", true)]
    [InlineData("w", "binary", "bytes", true)]
    [InlineData("x", "datetime", "datetime64[ns]", true)]
    [InlineData("y", "datetime", "datetime64[ns]", true)]
    [InlineData("z", "datetime", null, false)]
    public void Scalar_types_map_as_the_design_table_says(string field, string column, string? dtype, bool lossless)
    {
        Assert.True(TypeTable.TryGetScalar(FieldType(field), out ScalarMapping mapping));
        Assert.Equal(column, mapping.ColumnType);
        Assert.Equal(dtype, mapping.TensorDType);
        Assert.Equal(lossless, mapping.IsLossless);
        Assert.Equal(lossless, mapping.LosslessAlternative is null);
    }

    [Theory]
    [InlineData("unsupported")]
    [InlineData("matrix")]
    public void Non_scalar_types_are_not_in_the_scalar_table(string field) =>
        Assert.False(TypeTable.TryGetScalar(FieldType(field), out _));

    [Theory]
    [InlineData("integer", "long", "int", true)]
    [InlineData("integer", "double", "int", true)]
    [InlineData("float", "double", "float", true)]
    [InlineData("long", "double", "uint", true)]
    [InlineData("long", "integer", "long", false)]
    [InlineData("long", "double", "long", false)]
    [InlineData("double", "float", "double", false)]
    [InlineData("integer", "float", "int", false)]
    [InlineData("string", "binary", "string", false)]
    public void Explicit_declarations_are_lossless_only_when_they_widen(string natural, string declared, string clr, bool expected) =>
        Assert.Equal(expected, TypeTable.IsLosslessDeclaration(natural, declared, clr));

    [Fact]
    public void The_documented_scalar_table_is_the_code_s()
    {
        // Every row of docs/type-mapping.md's scalar table against TypeTable, and every scalar of Holder documented.
        string page = File.ReadAllText(Path.Combine(VectorFiles.RepoRoot(), "docs", "type-mapping.md")).ReplaceLineEndings("\n");
        string section = page[page.IndexOf("## Scalars", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        Dictionary<string, ITypeSymbol> scalars = Compilation.GetTypeByMetadataName("Holder")!.GetMembers().OfType<IFieldSymbol>()
            .Where(static f => TypeTable.TryGetScalar(f.Type, out _))
            .ToDictionary(static f => f.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), static f => f.Type);
        var documented = new List<string>();
        foreach (string row in section.Split('\n').Where(static l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            string[] cells = row.Split('|').Select(static c => c.Trim()).ToArray();
            string[] names = Code(cells[1]);
            string column = Assert.Single(Code(cells[2]));
            string[] dtypes = Code(cells[3]);
            bool lossless = cells[4].StartsWith("yes", StringComparison.Ordinal);
            Assert.True(lossless || cells[4].StartsWith("**no**", StringComparison.Ordinal), row);
            for (int i = 0; i < names.Length; i++)
            {
                Assert.True(scalars.TryGetValue(names[i], out ITypeSymbol? type), $"{names[i]} in docs/type-mapping.md is not a scalar of the table");
                Assert.True(TypeTable.TryGetScalar(type, out ScalarMapping mapping));
                string? dtype = dtypes.Length == 0 ? null : dtypes.Length == names.Length ? dtypes[i] : Assert.Single(dtypes);
                Assert.True(
                    mapping.ColumnType == column && mapping.TensorDType == dtype && mapping.IsLossless == lossless,
                    $"docs/type-mapping.md says {names[i]} -> {column}, {dtype ?? "-"}, lossless {lossless}; the code says {mapping.ColumnType}, {mapping.TensorDType ?? "-"}, lossless {mapping.IsLossless}");
                documented.Add(names[i]);
            }
        }
        Assert.Equal(scalars.Keys.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));

        static string[] Code(string cell) => Regex.Matches(cell, "`([^`]+)`").Select(static m => m.Groups[1].Value).ToArray();
    }

    private static ITypeSymbol FieldType(string name) =>
        ((IFieldSymbol)Compilation.GetTypeByMetadataName("Holder")!.GetMembers(name).Single()).Type;
}
