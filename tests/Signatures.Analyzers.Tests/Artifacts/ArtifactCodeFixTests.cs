using Signatures.CodeFixes.Rules;
using Signatures.Shared;
using Verify = Signatures.Analyzers.Tests.Artifacts.ArtifactVerifier;

namespace Signatures.Analyzers.Tests.Artifacts;

/// <summary>The SIG04xx fixes, one diagnostic at a time and through Fix All (the testing library runs both).</summary>
public class ArtifactCodeFixTests
{
    private static readonly (string, string)[] OrderFiles = [("/orders/MLmodel", MLmodelFiles.With(
        """[{"type": "long", "name": "CustomerId", "required": true}, {"type": "integer", "name": "Quantity", "required": true}, {"type": "float", "name": "Price", "required": false}, {"type": "string", "name": "unit price (eur)", "required": true}, {"type": "array", "items": {"type": "double"}, "name": "Scores", "required": false}]""",
        """[{"type": "double", "required": true}]""",
        """[{"name": "top_k", "default": 2, "shape": null, "type": "long"}, {"name": "Temperature", "default": 0.5, "shape": null, "type": "double"}, {"name": "Stop", "default": ["a", "b"], "shape": [-1], "type": "string"}]"""))];

    [Fact]
    public Task Use_model_type_replaces_the_member_type_keeping_nullability() =>
        Verify.VerifyFixAsync<UseModelTypeCodeFix>("""
            using Signatures;

            [ModelInput]
            public partial record Order({|#0:string|} CustomerId, {|#1:long|} Quantity, {|#2:double?|} Price, [property: Column("unit price (eur)")] string UnitPrice, double[]? Scores);

            [ModelParams]
            public partial record Options
            {
                [Column("top_k")] public long TopK { get; init; } = 2;
                public double Temperature { get; init; } = 0.5;
                public string[] Stop { get; init; } = ["a", "b"];
            }

            [ModelArtifact("orders")]
            [ModelSignature<Order, double, Options>]
            public static partial class OrderModel;
            """, """
            using Signatures;

            [ModelInput]
            public partial record Order(long CustomerId, int Quantity, float? Price, [property: Column("unit price (eur)")] string UnitPrice, double[]? Scores);

            [ModelParams]
            public partial record Options
            {
                [Column("top_k")] public long TopK { get; init; } = 2;
                public double Temperature { get; init; } = 0.5;
                public string[] Stop { get; init; } = ["a", "b"];
            }

            [ModelArtifact("orders")]
            [ModelSignature<Order, double, Options>]
            public static partial class OrderModel;
            """, OrderFiles,
            Verify.Diagnostic(DiagnosticIds.ArtifactTypeDiffers).WithLocation(0).WithArguments("Order.CustomerId", "string", "long", "inputs", ""),
            Verify.Diagnostic(DiagnosticIds.ArtifactTypeWidened).WithLocation(1).WithArguments("Order.Quantity", "long", "integer", "inputs", ""),
            Verify.Diagnostic(DiagnosticIds.ArtifactTypeWidened).WithLocation(2).WithArguments("Order.Price", "double", "float", "inputs", ""));

    [Fact]
    public Task Add_member_appends_positional_parameters_and_properties_with_the_model_names_and_defaults() =>
        Verify.VerifyFixAsync<AddModelMemberCodeFix>("""
            using Signatures;

            [ModelInput]
            public partial record {|#0:Order|}(
                long CustomerId,
                int Quantity);

            [ModelParams]
            public partial record {|#1:Options|}
            {
                public double Temperature { get; init; } = 0.5;
            }

            [ModelArtifact("orders")]
            [ModelSignature<Order, double, Options>]
            public static partial class OrderModel;
            """, """
            using Signatures;

            [ModelInput]
            public partial record Order(
                long CustomerId,
                int Quantity,
                float? Price,
                double[]? Scores,
                [property: Column("unit price (eur)")] string UnitPriceEur);

            [ModelParams]
            public partial record Options
            {
                public double Temperature { get; init; } = 0.5;
                public string[] Stop { get; init; } = ["a", "b"];
                [Column("top_k")]
                public long TopK { get; init; } = 2;
            }

            [ModelArtifact("orders")]
            [ModelSignature<Order, double, Options>]
            public static partial class OrderModel;
            """, OrderFiles,
            Verify.Diagnostic(DiagnosticIds.ArtifactMemberMissing).WithLocation(0).WithArguments("Order", "column", "Price", "float, optional", "inputs", "orders"),
            Verify.Diagnostic(DiagnosticIds.ArtifactMemberMissing).WithLocation(0).WithArguments("Order", "column", "unit price (eur)", "string", "inputs", "orders"),
            Verify.Diagnostic(DiagnosticIds.ArtifactMemberMissing).WithLocation(0).WithArguments("Order", "column", "Scores", "array<double>, optional", "inputs", "orders"),
            Verify.Diagnostic(DiagnosticIds.ArtifactMemberMissing).WithLocation(1).WithArguments("Options", "param", "top_k", "long, default 2", "params", "orders"),
            Verify.Diagnostic(DiagnosticIds.ArtifactMemberMissing).WithLocation(1).WithArguments("Options", "param", "Stop", "a list of string, default [\"a\", \"b\"]", "params", "orders"));

    [Fact]
    public Task Add_member_adds_a_tensor_with_its_shape() =>
        Verify.VerifyFixAsync<AddModelMemberCodeFix>("""
            using Signatures;

            [ModelInput]
            public partial record {|#0:Images|}([property: Tensor(-1, 4)] float[,] Features);

            [ModelArtifact("m/MLmodel")]
            [ModelSignature<Images, double[]>]
            public static partial class M;
            """, """
            using Signatures;

            [ModelInput]
            public partial record Images([property: Tensor(-1, 4)] float[,] Features, [property: Tensor(-1, 28, 28, Name = "pixel values")] byte[,,] PixelValues);

            [ModelArtifact("m/MLmodel")]
            [ModelSignature<Images, double[]>]
            public static partial class M;
            """, [("/m/MLmodel", MLmodelFiles.With(
                """[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 4]}, "name": "Features"}, {"type": "tensor", "tensor-spec": {"dtype": "uint8", "shape": [-1, 28, 28]}, "name": "pixel values"}]""",
                """[{"type": "array", "items": {"type": "double"}, "required": true}]"""))],
            Verify.Diagnostic(DiagnosticIds.ArtifactMemberMissing).WithLocation(0).WithArguments("Images", "tensor", "pixel values", "uint8 [-1, 28, 28]", "inputs", "m/MLmodel"));

    [Fact]
    public Task Add_member_gives_a_bodiless_params_record_a_body_and_a_class_a_property() =>
        Verify.VerifyFixAsync<AddModelMemberCodeFix>("""
            using Signatures;

            [ModelInput]
            public partial class {|#0:Features|}
            {
                public double Age { get; set; }
            }

            [ModelParams]
            public partial record {|#1:Options|};

            [ModelArtifact("m/MLmodel")]
            [ModelSignature<Features, double, Options>]
            public static partial class M;
            """, """
            using Signatures;

            [ModelInput]
            public partial class Features
            {
                public double Age { get; set; }
                public string? Name { get; init; }
            }

            [ModelParams]
            public partial record Options
            {
                public bool Verbose { get; init; } = true;
            }

            [ModelArtifact("m/MLmodel")]
            [ModelSignature<Features, double, Options>]
            public static partial class M;
            """, [("/m/MLmodel", MLmodelFiles.With(
                """[{"type": "double", "name": "Age", "required": true}, {"type": "string", "name": "Name", "required": false}]""",
                """[{"type": "double", "required": true}]""",
                """[{"name": "Verbose", "default": true, "shape": null, "type": "boolean"}]"""))],
            Verify.Diagnostic(DiagnosticIds.ArtifactMemberMissing).WithLocation(0).WithArguments("Features", "column", "Name", "string, optional", "inputs", "m/MLmodel"),
            Verify.Diagnostic(DiagnosticIds.ArtifactMemberMissing).WithLocation(1).WithArguments("Options", "param", "Verbose", "boolean, default true", "params", "m/MLmodel"));
}
