using Signatures.Shared;
using Verify = Signatures.Analyzers.Tests.Artifacts.ArtifactVerifier;

namespace Signatures.Analyzers.Tests.Artifacts;

/// <summary>SIG0401-SIG0412: contracts written for these tests, checked against MLmodel files they do and do not
/// match; each difference lands on the member that differs.</summary>
public class ModelArtifactAnalyzerTests
{
    private const string IrisContract = """
        using Signatures;

        [ModelInput]
        public partial record IrisFeatures(
            [property: Column("sepal length (cm)")] double SepalLength,
            [property: Column("sepal width (cm)")] double SepalWidth,
            [property: Column("petal length (cm)")] double PetalLength,
            [property: Column("petal width (cm)")] double PetalWidth);

        """;

    private static readonly (string, string)[] IrisFiles = [("/app/models/iris/MLmodel", MLmodelFiles.Iris)];

    [Fact]
    public Task Contract_that_matches_the_MLmodel_reports_nothing() => Verify.VerifyAsync(IrisContract + """
        [ModelArtifact("models/iris/MLmodel")]
        [ModelSignature<IrisFeatures, long>]
        public static partial class IrisModel;
        """, IrisFiles);

    [Fact]
    public Task A_model_directory_means_its_MLmodel_and_backslashes_are_separators() => Verify.VerifyAsync(IrisContract + """
        [ModelArtifact(@"models\iris")]
        [ModelSignature<IrisFeatures, long>]
        public static partial class IrisModel;
        """, IrisFiles);

    [Fact]
    public Task A_to_dict_JSON_file_is_read_like_an_MLmodel() => Verify.VerifyAsync(IrisContract + """
        [ModelArtifact("signature.json")]
        [ModelSignature<IrisFeatures, long>]
        public static partial class IrisModel;
        """, [("/app/signature.json", """
            {"inputs": "[{\"type\": \"double\", \"name\": \"sepal length (cm)\", \"required\": true}, {\"type\": \"double\", \"name\": \"sepal width (cm)\", \"required\": true}, {\"type\": \"double\", \"name\": \"petal length (cm)\", \"required\": true}, {\"type\": \"double\", \"name\": \"petal width (cm)\", \"required\": true}]", "outputs": "[{\"type\": \"long\", \"required\": true}]", "params": null}
            """)]);

    [Fact]
    public Task Artifact_that_is_not_an_additional_file_reports_SIG0401() => Verify.VerifyAsync(IrisContract + """
        [ModelArtifact({|#0:"models/wine"|})]
        [ModelSignature<IrisFeatures, long>]
        public static partial class WineModel;
        """, IrisFiles,
        Verify.Diagnostic(DiagnosticIds.ArtifactNotFound).WithLocation(0).WithArguments("WineModel", "models/wine"));

    [Theory]
    [InlineData("artifact_path: model\nflavors: {}\n", "the MLmodel file has no top-level 'signature' block: the model was logged without a signature")]
    [InlineData("signature:\n  inputs: '[{\"type\": \"double\", \"name\": \"x\"'\n", "signature 'inputs' is not valid JSON: expected ',' or '}' in an object at line 1, column 32")]
    [InlineData("signature:\n  inputs: '[{\"type\": \"decimal\", \"name\": \"x\"}]'\n", "signature 'inputs', entry 1 ('x'): unknown type 'decimal'")]
    [InlineData("signature:\n  inputs: '[{\"type\": \"double\"\n", "line 2: signature 'inputs': the quoted value is never closed")]
    [InlineData("signature: {inputs: x}\n", "line 1: the 'signature' value is not a block mapping (flow style and other forms are not read; MLflow writes a block)")]
    [InlineData("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR", "the file is binary, not an MLmodel (YAML) or signature JSON text; for an ONNX model, name its .onnx path and add it as a SignaturesOnnxModel item; for another binary model, name its MLmodel file")]
    [InlineData("  \n", "the file is empty")]
    [InlineData("{\"inputs\": 3}", "'inputs' must be the schema as a JSON string (as ModelSignature.to_dict() writes it) or null")]
    public Task Malformed_binary_or_signatureless_artifact_reports_SIG0402_with_the_reason(string text, string reason) => Verify.VerifyAsync(IrisContract + """
        [ModelArtifact({|#0:"models/iris"|})]
        [ModelSignature<IrisFeatures, long>]
        public static partial class IrisModel;
        """, [("/app/models/iris/MLmodel", text)],
        Verify.Diagnostic(DiagnosticIds.ArtifactUnreadable).WithLocation(0).WithArguments("IrisModel", "models/iris", reason));

    [Fact]
    public Task Columns_each_side_lacks_report_SIG0403_at_the_member_and_SIG0404_at_the_contract() => Verify.VerifyAsync("""
        using Signatures;

        [ModelInput]
        public partial record {|#1:IrisFeatures|}(
            [property: Column("sepal length (cm)")] double SepalLength,
            [property: Column("sepal width (cm)")] double SepalWidth,
            [property: Column("petal length (cm)")] double PetalLength,
            [property: Column("petal width")] double {|#0:PetalWidth|});

        [ModelArtifact("models/iris")]
        [ModelSignature<IrisFeatures, long>]
        public static partial class IrisModel;
        """, IrisFiles,
        Verify.Diagnostic(DiagnosticIds.MemberNotInArtifact).WithLocation(0)
            .WithArguments("IrisFeatures.PetalWidth", "column", "petal width", "inputs", "models/iris"),
        Verify.Diagnostic(DiagnosticIds.ArtifactMemberMissing).WithLocation(1)
            .WithArguments("IrisFeatures", "column", "petal width (cm)", "double", "inputs", "models/iris"));

    [Fact]
    public Task Types_that_differ_report_SIG0405_and_lossless_widenings_SIG0406_at_the_member_type() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using Signatures;

        [ModelInput]
        public partial record Order(
            {|#0:string|} CustomerId,
            {|#1:long|} Quantity,
            {|#2:double|} Price,
            {|#3:List<long>|} Tags,
            {|#4:List<double>|} Scores);

        [ModelArtifact("orders/MLmodel")]
        [ModelSignature<Order, double>]
        public static partial class OrderModel;
        """, [("/orders/MLmodel", MLmodelFiles.With(
            """[{"type": "long", "name": "CustomerId", "required": true}, {"type": "integer", "name": "Quantity", "required": true}, {"type": "float", "name": "Price", "required": true}, {"type": "array", "items": {"type": "string"}, "name": "Tags", "required": true}, {"type": "array", "items": {"type": "float"}, "name": "Scores", "required": true}]""",
            """[{"type": "double", "required": true}]"""))],
        Verify.Diagnostic(DiagnosticIds.ArtifactTypeDiffers).WithLocation(0).WithArguments("Order.CustomerId", "string", "long", "inputs", ""),
        Verify.Diagnostic(DiagnosticIds.ArtifactTypeWidened).WithLocation(1).WithArguments("Order.Quantity", "long", "integer", "inputs", ""),
        Verify.Diagnostic(DiagnosticIds.ArtifactTypeWidened).WithLocation(2).WithArguments("Order.Price", "double", "float", "inputs", ""),
        Verify.Diagnostic(DiagnosticIds.ArtifactTypeDiffers).WithLocation(3).WithArguments("Order.Tags", "array<long>", "array<string>", "inputs", " (they differ at '[]')"),
        Verify.Diagnostic(DiagnosticIds.ArtifactTypeWidened).WithLocation(4).WithArguments("Order.Scores", "array<double>", "array<float>", "inputs", " (they differ at '[]')"));

    [Fact]
    public Task Object_columns_compare_their_properties() => Verify.VerifyAsync("""
        using Signatures;

        public record Address(string Street, string? City);

        [ModelInput]
        public partial record Customer({|#0:Address|} Home, Address Work);

        [ModelArtifact("customers/MLmodel")]
        [ModelSignature<Customer, double>]
        public static partial class CustomerModel;
        """, [("/customers/MLmodel", MLmodelFiles.With(
            """[{"type": "object", "properties": {"City": {"type": "string", "required": true}, "Street": {"type": "string", "required": true}}, "name": "Home", "required": true}, {"type": "object", "properties": {"City": {"type": "string", "required": false}, "Street": {"type": "string", "required": true}}, "name": "Work", "required": true}]""",
            """[{"type": "double", "required": true}]"""))],
        Verify.Diagnostic(DiagnosticIds.ArtifactTypeDiffers).WithLocation(0)
            .WithArguments("Customer.Home", "object{City?: string, Street: string}", "object{City: string, Street: string}", "inputs", " (they differ at '.City')"));

    [Fact]
    public Task Required_that_differs_reports_SIG0407() => Verify.VerifyAsync("""
        using Signatures;

        [ModelInput]
        public partial record Features({|#0:double?|} Age, {|#1:string|} Name);

        [ModelArtifact("m/MLmodel")]
        [ModelSignature<Features, double>]
        public static partial class M;
        """, [("/m/MLmodel", MLmodelFiles.With(
            """[{"type": "double", "name": "Age", "required": true}, {"type": "string", "name": "Name", "required": false}]""",
            """[{"type": "double", "required": true}]"""))],
        Verify.Diagnostic(DiagnosticIds.ArtifactRequiredDiffers).WithLocation(0)
            .WithArguments("Features.Age", "optional", "required", "inputs", "", "make the member non-nullable (and remove Required = false)"),
        Verify.Diagnostic(DiagnosticIds.ArtifactRequiredDiffers).WithLocation(1)
            .WithArguments("Features.Name", "required", "optional", "inputs", "", "make the member nullable or set [Column(Required = false)]"));

    [Fact]
    public Task Tensor_dtype_and_shape_differences_report_SIG0408_and_SIG0409() => Verify.VerifyAsync("""
        using Signatures;

        [ModelInput]
        public partial record Images([property: {|#1:Tensor(-1, 28, 28)|}] {|#0:byte[,,]|} Pixels);

        [ModelOutput]
        public partial record Scores([property: Tensor(-1, 10)] float[,] Logits);

        [ModelArtifact("mnist/MLmodel")]
        [ModelSignature<Images, Scores>]
        public static partial class Mnist;
        """, [("/mnist/MLmodel", MLmodelFiles.With(
            """[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 28, 28, 1]}, "name": "Pixels"}]""",
            """[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 10]}, "name": "Logits"}]"""))],
        Verify.Diagnostic(DiagnosticIds.ArtifactTensorDTypeDiffers).WithLocation(0)
            .WithArguments("Images.Pixels", "uint8", "float32", "inputs", "'float' or [Tensor(DType = \"float32\")]"),
        Verify.Diagnostic(DiagnosticIds.ArtifactTensorShapeDiffers).WithLocation(1)
            .WithArguments("Images.Pixels", "-1, 28, 28", "-1, 28, 28, 1", "inputs", "4"));

    [Fact]
    public Task Params_whose_type_shape_or_default_differ_report_SIG0410_and_SIG0411() => Verify.VerifyAsync("""
        using Signatures;

        [ModelParams]
        public partial record GenerationParams
        {
            public {|#0:long|} TopK { get; init; } = 2;
            public double Temperature { get; init; } = {|#1:0.7|};
            public {|#2:long|} Suppress { get; init; } = 1;
            public bool {|#3:Stream|} { get; init; }
        }

        [ModelArtifact("llm/MLmodel")]
        [ModelSignature<string, string, GenerationParams>]
        public static partial class Llm;
        """, [("/llm/MLmodel", MLmodelFiles.With(
            """[{"type": "string", "required": true}]""",
            """[{"type": "string", "required": true}]""",
            """[{"name": "TopK", "default": 2.0, "shape": null, "type": "double"}, {"name": "Temperature", "default": 0.62, "shape": null, "type": "double"}, {"name": "Suppress", "default": [1, 2], "shape": [-1], "type": "long"}]"""))],
        Verify.Diagnostic(DiagnosticIds.ArtifactParamTypeDiffers).WithLocation(0).WithArguments("GenerationParams.TopK", "'long'", "'double'", "'double'"),
        Verify.Diagnostic(DiagnosticIds.ArtifactParamDefaultDiffers).WithLocation(1).WithArguments("GenerationParams.Temperature", "0.7", "0.62"),
        Verify.Diagnostic(DiagnosticIds.ArtifactParamTypeDiffers).WithLocation(2).WithArguments("GenerationParams.Suppress", "'long'", "'a list of long'", "'long[]'"),
        Verify.Diagnostic(DiagnosticIds.MemberNotInArtifact).WithLocation(3).WithArguments("GenerationParams.Stream", "param", "Stream", "params", "llm/MLmodel"));

    [Fact]
    public Task Whole_schemas_of_another_kind_report_SIG0412_at_the_type_argument() => Verify.VerifyAsync(IrisContract + """
        [ModelOutput] public partial record Label(long Class);

        [ModelArtifact("models/iris")]
        [ModelSignature<{|#0:NoSchema|}, {|#1:Label|}>]
        public static partial class A;

        [ModelArtifact("models/iris")]
        [ModelSignature<{|#2:double[]|}, long>]
        public static partial class B;
        """, IrisFiles,
        Verify.Diagnostic(DiagnosticIds.ArtifactSchemaKindDiffers).WithLocation(0)
            .WithArguments("A", "inputs", "absent (NoSchema)", "4 named columns", "models/iris", "replace NoSchema with a contract"),
        Verify.Diagnostic(DiagnosticIds.ArtifactSchemaKindDiffers).WithLocation(1)
            .WithArguments("A", "outputs", "1 named column", "one unnamed column of type 'long'", "models/iris", "the model takes one unnamed column: use its type as the type argument"),
        Verify.Diagnostic(DiagnosticIds.ArtifactSchemaKindDiffers).WithLocation(2)
            .WithArguments("B", "inputs", "one unnamed column of type 'array<double>'", "4 named columns", "models/iris", "declare a contract with the model's inputs"));

    [Fact]
    public Task Named_tensors_against_the_model_s_unnamed_tensors_report_SIG0412() => Verify.VerifyAsync("""
        using Signatures;

        [ModelInput]
        public partial record Images([property: Tensor(-1, 28, 28)] float[,,] Pixels);

        [ModelArtifact("mnist/MLmodel")]
        [ModelSignature<{|#0:Images|}, NoSchema>]
        public static partial class Mnist;
        """, [("/mnist/MLmodel", MLmodelFiles.With("""[{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 28, 28]}}]"""))],
        Verify.Diagnostic(DiagnosticIds.ArtifactSchemaKindDiffers).WithLocation(0)
            .WithArguments("Mnist", "inputs", "1 named tensor", "1 unnamed tensor", "mnist/MLmodel", "a contract cannot declare unnamed tensors; check that the artifact is the right model"));

    [Fact]
    public Task Params_in_the_model_but_not_in_a_two_argument_signature_report_SIG0412_at_the_attribute() => Verify.VerifyAsync("""
        using Signatures;

        [ModelArtifact("llm/MLmodel")]
        [{|#0:ModelSignature<string, string>|}]
        public static partial class Llm;
        """, [("/llm/MLmodel", MLmodelFiles.With(
            """[{"type": "string", "required": true}]""",
            """[{"type": "string", "required": true}]""",
            """[{"name": "top_k", "default": 2, "shape": null, "type": "long"}]"""))],
        Verify.Diagnostic(DiagnosticIds.ArtifactSchemaKindDiffers).WithLocation(0)
            .WithArguments("Llm", "params", "absent", "1 param", "llm/MLmodel", "use [ModelSignature<TInput, TOutput, TParams>] with a [ModelParams] contract"));

    [Fact]
    public Task Snake_case_naming_resolves_names_before_comparing() => Verify.VerifyAsync("""
        using Signatures;

        [ModelInput(Naming = ColumnNaming.SnakeCase)]
        public partial record Features(double SepalLength, long PetalCount);

        [ModelArtifact("m/MLmodel")]
        [ModelSignature<Features, double>]
        public static partial class M;
        """, [("/m/MLmodel", MLmodelFiles.With(
            """[{"type": "double", "name": "sepal_length", "required": true}, {"type": "long", "name": "petal_count", "required": true}]""",
            """[{"type": "double", "required": true}]"""))]);
}
