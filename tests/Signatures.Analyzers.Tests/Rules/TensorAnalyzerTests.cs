using Signatures.Analyzers.Rules;
using Signatures.Shared;

namespace Signatures.Analyzers.Tests.Rules;

public class TensorAnalyzerTests
{
    [Fact]
    public Task Shape_rank_that_differs_from_the_array_rank_reports_SIG0201_on_the_attribute() =>
        AnalyzerVerifier<TensorRankMismatchAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Images(
                [property: {|#0:Tensor(-1, 28, 28, 1)|}] {|#2:byte[,,]|} Pixels,
                [property: {|#1:Tensor(-1)|}] {|#3:float[][]|} Rows,
                [property: Tensor(-1, 28, 28, 1)] byte[,,,] Fine,
                [property: Tensor(-1, 3)] float[][] JaggedFine);
            """,
            AnalyzerVerifier<TensorRankMismatchAnalyzer>.Diagnostic(DiagnosticIds.TensorRankMismatch).WithLocation(0).WithLocation(2).WithArguments("Images.Pixels", 3, 4),
            AnalyzerVerifier<TensorRankMismatchAnalyzer>.Diagnostic(DiagnosticIds.TensorRankMismatch).WithLocation(1).WithLocation(3).WithArguments("Images.Rows", 2, 1));

    [Fact]
    public Task DType_that_differs_from_the_element_dtype_reports_SIG0202_and_an_unknown_one_SIG0207() =>
        AnalyzerVerifier<TensorDTypeAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Typed(
                [property: Tensor(-1, 4, DType = {|#0:"float32"|})] byte[,] Mismatch,
                [property: Tensor(-1, DType = {|#1:"float128"|})] double[] Unknown,
                [property: Tensor(-1, DType = "uint8")] byte[] Same);
            """,
            AnalyzerVerifier<TensorDTypeAnalyzer>.Diagnostic(DiagnosticIds.TensorDTypeMismatch).WithLocation(0).WithArguments("Typed.Mismatch", "float32", "byte", "uint8"),
            AnalyzerVerifier<TensorDTypeAnalyzer>.Diagnostic(DiagnosticIds.UnknownTensorDType).WithLocation(1)
                .WithArguments("Typed.Unknown", "float128", "bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16, float32, float64, str, bytes, object, datetime64[ns], complex64, complex128"));

    [Fact]
    public Task Nullable_or_not_required_tensor_reports_SIG0203() =>
        AnalyzerVerifier<OptionalTensorAnalyzer>.VerifyAsync("""
            #nullable enable
            using Signatures;
            [ModelInput]
            public partial class Optional
            {
                [Tensor(-1, 3)] public {|#0:float[,]?|} Maybe { get; set; }
                [Tensor, Column(Required = {|#1:false|})] public float Scalar { get; set; }
                [Tensor] public {|#2:double?|} NullableScalar { get; set; }
            }
            """,
            AnalyzerVerifier<OptionalTensorAnalyzer>.Diagnostic(DiagnosticIds.OptionalTensor).WithLocation(0).WithArguments("Optional.Maybe", "remove the '?' from its type"),
            AnalyzerVerifier<OptionalTensorAnalyzer>.Diagnostic(DiagnosticIds.OptionalTensor).WithLocation(2).WithArguments("Optional.NullableScalar", "remove the '?' from its type"),
            AnalyzerVerifier<OptionalTensorAnalyzer>.Diagnostic(DiagnosticIds.OptionalTensor).WithLocation(1).WithArguments("Optional.Scalar", "remove 'Required = false'"));

    [Fact]
    public Task Dimensions_of_zero_or_below_minus_one_report_SIG0204_on_each() =>
        AnalyzerVerifier<InvalidTensorDimensionAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Bad([property: Tensor(-1, {|#0:0|}, {|#1:-2|}, 3)] float[,,,] Values, [property: Tensor(-1, 1)] float[,] Good);
            """,
            AnalyzerVerifier<InvalidTensorDimensionAnalyzer>.Diagnostic(DiagnosticIds.InvalidTensorDimension).WithLocation(0).WithArguments("Bad.Values", 1, 0),
            AnalyzerVerifier<InvalidTensorDimensionAnalyzer>.Diagnostic(DiagnosticIds.InvalidTensorDimension).WithLocation(1).WithArguments("Bad.Values", 2, -2));

    [Fact]
    public Task Tensor_on_a_non_array_or_an_element_without_dtype_reports_SIG0206() =>
        AnalyzerVerifier<UnsupportedTensorTypeAnalyzer>.VerifyAsync("""
            using System.Collections.Generic;
            using Signatures;
            [ModelInput]
            public partial class Wrong
            {
                [Tensor(-1)] public {|#0:List<float>|} Listed { get; set; } = new();
                [Tensor(-1, 2)] public {|#1:decimal[,]|} Money { get; set; } = new decimal[0, 2];
            }
            """,
            AnalyzerVerifier<UnsupportedTensorTypeAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedTensorType).WithLocation(0)
                .WithArguments("Wrong.Listed", "List<float>", "a tensor of shape (-1,) needs an array with 1 dimension(s)"),
            AnalyzerVerifier<UnsupportedTensorTypeAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedTensorType).WithLocation(1)
                .WithArguments("Wrong.Money", "decimal[,]", "decimal has no numpy dtype; use a numeric, bool, string, byte[] or DateTime element or set DType"));

    [Fact]
    public Task Constant_size_arrays_that_cannot_fit_the_shape_report_SIG0205_wherever_they_flow_in() =>
        AnalyzerVerifier<ArrayDoesNotFitTensorShapeAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Mnist([property: Tensor(-1, 28, 28, 1)] byte[,,,] Images);
            [ModelInput]
            public partial class Audio
            {
                [Tensor(-1, 16000)] public float[,] Samples { get; set; } = {|#0:new float[1, 8000]|};
                [Tensor(3)] public int[] Rgb = {|#1:[1, 2]|};
            }
            public static class Callers
            {
                public static void Build(Audio audio)
                {
                    var ok = new Mnist(new byte[64, 28, 28, 1]);
                    var bad = new Mnist({|#2:new byte[1, 28, 27, 1]|});
                    var init = new Audio { Samples = {|#3:new float[2, 44100]|} };
                    var copy = bad with { Images = {|#6:new byte[2, 27, 28, 1]|} };
                    audio.Samples = {|#4:new float[1, 1]|};
                    audio.Rgb = new int[3];
                    audio.Rgb = {|#5:new int[4]|};
                    int n = 5;
                    audio.Rgb = new int[n];
                    float[,] local = new float[1, 1];
                }
            }
            """,
            AnalyzerVerifier<ArrayDoesNotFitTensorShapeAnalyzer>.Diagnostic(DiagnosticIds.ArrayDoesNotFitTensorShape).WithLocation(0).WithArguments("1, 8000", "Audio.Samples", "-1, 16000", 1, 8000, 16000),
            AnalyzerVerifier<ArrayDoesNotFitTensorShapeAnalyzer>.Diagnostic(DiagnosticIds.ArrayDoesNotFitTensorShape).WithLocation(1).WithArguments("2", "Audio.Rgb", "3", 0, 2, 3),
            AnalyzerVerifier<ArrayDoesNotFitTensorShapeAnalyzer>.Diagnostic(DiagnosticIds.ArrayDoesNotFitTensorShape).WithLocation(2).WithArguments("1, 28, 27, 1", "Mnist.Images", "-1, 28, 28, 1", 2, 27, 28),
            AnalyzerVerifier<ArrayDoesNotFitTensorShapeAnalyzer>.Diagnostic(DiagnosticIds.ArrayDoesNotFitTensorShape).WithLocation(3).WithArguments("2, 44100", "Audio.Samples", "-1, 16000", 1, 44100, 16000),
            AnalyzerVerifier<ArrayDoesNotFitTensorShapeAnalyzer>.Diagnostic(DiagnosticIds.ArrayDoesNotFitTensorShape).WithLocation(4).WithArguments("1, 1", "Audio.Samples", "-1, 16000", 1, 1, 16000),
            AnalyzerVerifier<ArrayDoesNotFitTensorShapeAnalyzer>.Diagnostic(DiagnosticIds.ArrayDoesNotFitTensorShape).WithLocation(5).WithArguments("4", "Audio.Rgb", "3", 0, 4, 3),
            AnalyzerVerifier<ArrayDoesNotFitTensorShapeAnalyzer>.Diagnostic(DiagnosticIds.ArrayDoesNotFitTensorShape).WithLocation(6).WithArguments("2, 27, 28, 1", "Mnist.Images", "-1, 28, 28, 1", 1, 27, 28));

    [Fact]
    public Task Array_flowing_into_a_tensor_parameter_attribute_reports_SIG0205() =>
        AnalyzerVerifier<ArrayDoesNotFitTensorShapeAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Pair([Tensor(2, 2)] int[,] Grid);
            public static class Callers
            {
                public static Pair Make() => new Pair({|#0:new int[3, 2]|});
            }
            """,
            AnalyzerVerifier<ArrayDoesNotFitTensorShapeAnalyzer>.Diagnostic(DiagnosticIds.ArrayDoesNotFitTensorShape).WithLocation(0).WithArguments("3, 2", "Pair.Grid", "2, 2", 0, 3, 2));
}
