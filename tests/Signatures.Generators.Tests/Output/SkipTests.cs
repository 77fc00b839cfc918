using Signatures.Generators.Tests.Infrastructure;

namespace Signatures.Generators.Tests.Output;

/// <summary>The generator is silent: what it cannot generate it skips (the analyzers explain), and the rest of the
/// compilation is unaffected.</summary>
public class SkipTests
{
    [Theory]
    [InlineData("not partial", "[ModelInput] public record C(long A);")]
    [InlineData("generic", "[ModelInput] public partial record C<T>(long A);")]
    [InlineData("nested in a generic type", "public partial class Outer<T> { [ModelInput] public partial record C(long A); }")]
    [InlineData("nested in a non-partial type", "public class Outer { [ModelInput] public partial record C(long A); }")]
    [InlineData("static", "[ModelInput] public static partial class C { public static long A { get; set; } }")]
    [InlineData("two roles", "[ModelInput, ModelOutput] public partial record C(long A);")]
    [InlineData("generated name taken", "[ModelInput] public partial record C(long A) { public static string Schema => \"mine\"; }")]
    [InlineData("generated name taken by a base type", "public class B { public int SchemaJson; } [ModelInput] public partial class C : B { public long A { get; set; } }")]
    [InlineData("validator name taken", "[ModelInput] public partial record C(long A) { public bool Validate() => true; }")]
    [InlineData("rows validator name taken", "[ModelOutput] public partial record C(long A) { public static int ValidateRows; }")]
    [InlineData("params validator name taken", "[ModelParams] public partial record C(long A = 1) { public void Validate(int x) { } }")]
    [InlineData("no public members", "[ModelInput] public partial record C { private long A { get; set; } }")]
    [InlineData("only unsupported members", "[ModelInput] public partial record C(System.Collections.Generic.HashSet<int> A);")]
    [InlineData("columns mixed with tensors", "[ModelInput] public partial record C(long A, [property: Tensor(-1)] float[] B);")]
    [InlineData("names equal after naming", "[ModelInput(Naming = ColumnNaming.SnakeCase)] public partial record C(long PetalWidth, [property: Column(\"petal_width\")] long Other);")]
    [InlineData("ref struct", "[ModelInput] public ref partial struct C { public long A; }")]
    [InlineData("params with a repeated name", "[ModelParams] public partial record C([property: Column(\"x\")] long A = 1, [property: Column(\"x\")] long B = 2);")]
    public void Contracts_the_generator_cannot_extend_generate_nothing(string why, string declaration)
    {
        var result = GeneratorHarness.Run("using Signatures;\n" + declaration);
        Assert.True(result.Sources.Count == 0, why + ": " + string.Join(", ", result.Sources.Keys));
    }

    [Theory]
    [InlineData("unknown type argument", "[ModelSignature<Unknown, long>] public static partial class S;", true)]
    [InlineData("skipped contract", "[ModelInput] public record C(long A); [ModelSignature<C, long>] public static partial class S;", false)]
    [InlineData("params contract as input", "[ModelParams] public partial record P(long A = 1); [ModelSignature<P, long>] public static partial class S;", false)]
    [InlineData("column contract as params", "[ModelInput] public partial record C(long A); [ModelSignature<long, long, C>] public static partial class S;", false)]
    [InlineData("plain class as input", "public record C(long A); [ModelSignature<C, long>] public static partial class S;", false)]
    [InlineData("optional unnamed column", "[ModelSignature<long?, long>] public static partial class S;", false)]
    [InlineData("unsupported unnamed column", "[ModelSignature<System.Collections.Generic.HashSet<int>, long>] public static partial class S;", false)]
    [InlineData("not partial", "[ModelSignature<long, long>] public static class S;", false)]
    [InlineData("generated name taken", "[ModelSignature<long, long>] public static partial class S { public const int SignatureYaml = 1; }", false)]
    [InlineData("nothing at all", "[ModelSignature<NoSchema, NoSchema>] public static partial class S;", false)]
    [InlineData("two signature attributes", "[ModelSignature<long, long>, ModelSignature<long, long, P>] public static partial class S; [ModelParams] public partial record P(long A = 1);", true)]
    public void Signatures_the_generator_cannot_build_generate_nothing(string why, string declaration, bool userCodeHasErrors)
    {
        string source = "using Signatures;\n" + declaration;
        var result = userCodeHasErrors ? GeneratorHarness.RunAllowingErrors([source]) : GeneratorHarness.Run(source);
        Assert.False(result.Sources.Keys.Any(k => k.EndsWith(".Signature.g.cs", StringComparison.Ordinal)), why);
    }

    [Fact]
    public void An_unsupported_member_is_left_out_and_the_rest_is_generated()
    {
        var result = GeneratorHarness.Run("""
            using Signatures;
            [ModelInput] public partial record C(long A, System.Collections.Generic.HashSet<int> B, [property: Tensor(-1, 2)] float[] RankMismatch);
            [ModelSignature<C, long>] public static partial class S;
            """);
        result.AssertRuntimeAgrees();
        Type contract = GeneratedMembers.Type(result.Load(), "C");
        Assert.Equal("[{\"type\": \"long\", \"name\": \"A\", \"required\": true}]", GeneratedMembers.Const(contract, "SchemaJson"));
    }
}
