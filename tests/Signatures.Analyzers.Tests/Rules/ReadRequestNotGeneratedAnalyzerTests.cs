using Signatures.Shared;
using Verify = Signatures.Analyzers.Tests.AnalyzerVerifier<Signatures.Analyzers.Rules.ReadRequestNotGeneratedAnalyzer>;

namespace Signatures.Analyzers.Tests.Rules;

/// <summary>SIG0015, one test per documented reason for a missing <c>ReadRequest</c>, each at the member or type that
/// causes it; and silence where the reader is generated or not wanted.</summary>
public class ReadRequestNotGeneratedAnalyzerTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Signatures;

        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(string signature, string problem, string fix) =>
        Verify.Diagnostic(DiagnosticIds.ReadRequestNotGenerated).WithLocation(0).WithArguments(signature, problem, fix);

    [Fact]
    public Task Readable_signatures_and_those_that_want_no_reader_report_nothing() => Verify.VerifyAsync(Usings + """
        public sealed record Inner(string Name, double? Weight);
        [ModelInput] public partial record Features(double X, long? Count, Inner Obj, List<Inner> Items);
        [ModelOutput] public partial record Prediction(double Y);
        [ModelParams] public partial record Options { public long TopK { get; init; } = 2; }
        [ModelSignature<Features, Prediction, Options>] public static partial class Readable;
        [ModelSignature<string, string>] public static partial class Unnamed;
        [ModelSignature<NoSchema, Prediction>] public static partial class NoInput;
        [ModelInput] public partial record Optional([property: Column(Required = false)] long A);
        [ModelSignature<Optional, NoSchema>] public static partial class OwnReader { public static int ReadRequest; }
        """);

    [Fact]
    public Task Optional_column_that_cannot_hold_null_is_reported_at_the_member() => Verify.VerifyAsync(Usings + """
        [ModelInput] public partial record C(double X, [property: Column(Required = false)] long {|#0:A|});
        [ModelSignature<C, NoSchema>] public static partial class S;
        """,
        Expected("S", "'C.A' is optional but its C# type cannot hold null, so a missing value has nowhere to go", "make its type nullable, or make it required"));

    [Fact]
    public Task Optional_object_property_that_cannot_hold_null_is_reported_at_the_property() => Verify.VerifyAsync(Usings + """
        public sealed class Inner { [Column(Required = false)] public long {|#0:A|} { get; set; } }
        [ModelInput] public partial record C(Inner Obj);
        [ModelSignature<C, NoSchema>] public static partial class S;
        """,
        Expected("S", "'Inner.A' is optional but its C# type cannot hold null, so a missing value has nowhere to go", "make its type nullable, or make it required"));

    [Fact]
    public Task Member_type_that_cannot_take_the_column_values_is_reported_at_the_member() => Verify.VerifyAsync(Usings + """
        [ModelInput] public partial record C([property: Column(Type = DataType.Long)] string {|#0:A|});
        [ModelSignature<C, NoSchema>] public static partial class S;
        """,
        Expected("S", "the C# type of 'C.A' cannot take the values of its MLflow type", "use a C# type the column's values convert to (see the help page), or remove the declared Type"));

    [Fact]
    public Task JsonElement_member_is_reported_at_the_member() => Verify.VerifyAsync(Usings + """
        [ModelInput] public partial record C(System.Text.Json.JsonElement {|#0:A|});
        [ModelSignature<C, NoSchema>] public static partial class S;
        """,
        Expected("S", "the C# type of 'C.A' cannot take the values of its MLflow type", "use a C# type the column's values convert to (see the help page), or remove the declared Type"));

    [Fact]
    public Task Tensor_whose_DType_its_element_type_does_not_hold_is_reported_at_the_member() => Verify.VerifyAsync(Usings + """
        [ModelInput] public partial record C([property: Tensor(-1, DType = "float64")] float[] {|#0:A|});
        [ModelSignature<C, NoSchema>] public static partial class S;
        """,
        Expected("S", "the declared DType of tensor 'C.A' differs from what its element type holds", "declare the element type that matches the DType, or remove the DType"));

    [Fact]
    public Task Computed_member_is_reported_at_the_member() => Verify.VerifyAsync(Usings + """
        [ModelInput] public partial record C { public long A { get; init; } public long {|#0:B|} => A * 2; }
        [ModelSignature<C, NoSchema>] public static partial class S;
        """,
        Expected("S", "'C.B' cannot be set by a constructor parameter or an object initializer", "give it a public set or init accessor, or a matching constructor parameter"));

    [Fact]
    public Task Member_with_a_private_setter_is_reported_at_the_member() => Verify.VerifyAsync(Usings + """
        [ModelInput] public partial class C { public long {|#0:A|} { get; private set; } }
        [ModelSignature<C, NoSchema>] public static partial class S;
        """,
        Expected("S", "'C.A' cannot be set by a constructor parameter or an object initializer", "give it a public set or init accessor, or a matching constructor parameter"));

    [Fact]
    public Task Type_without_a_usable_public_constructor_is_reported_at_the_type() => Verify.VerifyAsync(Usings + """
        [ModelInput] public partial class {|#0:C|} { private C() { } public long A { get; set; } }
        [ModelSignature<C, NoSchema>] public static partial class S;
        """,
        Expected("S", "'C' has no public constructor whose parameters all match members (by name and type) or are optional", "add such a constructor, or a public parameterless one"));

    [Fact]
    public Task Nested_type_without_a_usable_public_constructor_is_reported_at_that_type() => Verify.VerifyAsync(Usings + """
        public sealed class {|#0:Inner|} { public Inner(string unrelated) { } public long A { get; set; } }
        [ModelInput] public partial record C(List<Inner> Items);
        [ModelSignature<C, NoSchema>] public static partial class S;
        """,
        Expected("S", "'Inner' has no public constructor whose parameters all match members (by name and type) or are optional", "add such a constructor, or a public parameterless one"));

    [Fact]
    public Task Required_member_left_out_of_the_schema_is_reported_at_the_member() => Verify.VerifyAsync(Usings + """
        [ModelInput] public partial class C { public long A { get; set; } [SignatureIgnore] public required long {|#0:B|} { get; set; } }
        [ModelSignature<C, NoSchema>] public static partial class S;
        """,
        Expected("S", "the C# required member 'C.B' is not mapped, so the reader has no value for it", "remove 'required', or make the member mappable"));

    [Fact]
    public Task Params_member_that_cannot_be_set_is_reported_at_the_member() => Verify.VerifyAsync(Usings + """
        [ModelParams] public partial class P { public long {|#0:TopK|} { get; private set; } = 2; }
        [ModelSignature<string, string, P>] public static partial class S;
        """,
        Expected("S", "'P.TopK' cannot be set by a constructor parameter or an object initializer", "give it a public set or init accessor, or a matching constructor parameter"));
}
