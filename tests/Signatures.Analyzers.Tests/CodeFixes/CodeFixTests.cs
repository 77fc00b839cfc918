using Signatures.Analyzers.Rules;
using Signatures.CodeFixes.Rules;
using Signatures.Shared;

namespace Signatures.Analyzers.Tests.CodeFixes;

/// <summary>Every fix, applied one diagnostic at a time and through Fix All (the testing library runs both, in
/// document, project and solution scope, and checks each reaches the fixed source).</summary>
public class CodeFixTests
{
    [Fact]
    public Task Make_partial_fixes_contracts_and_containing_types() =>
        CodeFixVerifier<ContractMustBePartialAnalyzer, MakeContractPartialCodeFix>.VerifyAsync("""
            using Signatures;

            [ModelInput]
            public record {|#0:Iris|}(double SepalLength);

            [ModelOutput]
            record {|#1:Prediction|}(long Label);

            public static class {|#2:Models|}
            {
                [ModelParams]
                public sealed record {|#3:Options|}(long TopK = 2);
            }
            """, """
            using Signatures;

            [ModelInput]
            public partial record Iris(double SepalLength);

            [ModelOutput]
            partial record Prediction(long Label);

            public static partial class Models
            {
                [ModelParams]
                public sealed partial record Options(long TopK = 2);
            }
            """,
            CodeFixVerifier<ContractMustBePartialAnalyzer, MakeContractPartialCodeFix>.Diagnostic(DiagnosticIds.ContractMustBePartial).WithLocation(0).WithArguments("Iris"),
            CodeFixVerifier<ContractMustBePartialAnalyzer, MakeContractPartialCodeFix>.Diagnostic(DiagnosticIds.ContractMustBePartial).WithLocation(1).WithArguments("Prediction"),
            CodeFixVerifier<ContractMustBePartialAnalyzer, MakeContractPartialCodeFix>.Diagnostic(DiagnosticIds.ContainingTypeMustBePartial).WithLocation(2).WithArguments("Options", "Models"),
            CodeFixVerifier<ContractMustBePartialAnalyzer, MakeContractPartialCodeFix>.Diagnostic(DiagnosticIds.ContractMustBePartial).WithLocation(3).WithArguments("Options"));

    [Fact]
    public Task Use_lossless_type_replaces_each_lossy_type_where_it_is_spelled() =>
        CodeFixVerifier<LossyTypeMappingAnalyzer, UseLosslessTypeCodeFix>.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using Signatures;

            [ModelInput]
            public partial record Order(
                {|#0:ulong|} Id,
                {|#1:decimal|}? Price,
                List<{|#2:DateTimeOffset|}> Seen);
            """, """
            using System;
            using System.Collections.Generic;
            using Signatures;

            [ModelInput]
            public partial record Order(
                long Id,
                double? Price,
                List<DateTime> Seen);
            """,
            CodeFixVerifier<LossyTypeMappingAnalyzer, UseLosslessTypeCodeFix>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(0)
                .WithArguments("Order.Id", "ulong", "values above long.MaxValue do not fit MLflow's long", "long"),
            CodeFixVerifier<LossyTypeMappingAnalyzer, UseLosslessTypeCodeFix>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(1)
                .WithArguments("Order.Price", "decimal", "decimal digits beyond double precision are rounded", "double"),
            CodeFixVerifier<LossyTypeMappingAnalyzer, UseLosslessTypeCodeFix>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(2)
                .WithArguments("Order.Seen[]", "DateTimeOffset", "the UTC offset is dropped", "DateTime"));

    [Fact]
    public Task Use_double_turns_nullable_integer_columns_into_nullable_doubles() =>
        CodeFixVerifier<NullableIntegerColumnAnalyzer, UseDoubleForNullableIntegerCodeFix>.VerifyAsync("""
            using Signatures;

            [ModelInput]
            public partial class Survey
            {
                public {|#0:int?|} Age { get; set; }
                public {|#1:long?|} Income { get; set; }
            }
            """, """
            using Signatures;

            [ModelInput]
            public partial class Survey
            {
                public double? Age { get; set; }
                public double? Income { get; set; }
            }
            """,
            CodeFixVerifier<NullableIntegerColumnAnalyzer, UseDoubleForNullableIntegerCodeFix>.Diagnostic(DiagnosticIds.NullableIntegerColumn).WithLocation(0).WithArguments("Survey.Age", "int"),
            CodeFixVerifier<NullableIntegerColumnAnalyzer, UseDoubleForNullableIntegerCodeFix>.Diagnostic(DiagnosticIds.NullableIntegerColumn).WithLocation(1).WithArguments("Survey.Income", "long"));

    [Fact]
    public Task Remove_question_mark_makes_tensors_required() =>
        CodeFixVerifier<OptionalTensorAnalyzer, RemoveTensorNullabilityCodeFix>.VerifyAsync("""
            #nullable enable
            using Signatures;

            [ModelInput]
            public partial class Optional
            {
                [Tensor(-1, 3)] public {|#0:float[,]?|} Maybe { get; set; } = new float[1, 3];
                [Tensor] public {|#1:double?|} Scalar { get; set; }
            }
            """, """
            #nullable enable
            using Signatures;

            [ModelInput]
            public partial class Optional
            {
                [Tensor(-1, 3)] public float[,] Maybe { get; set; } = new float[1, 3];
                [Tensor] public double Scalar { get; set; }
            }
            """,
            CodeFixVerifier<OptionalTensorAnalyzer, RemoveTensorNullabilityCodeFix>.Diagnostic(DiagnosticIds.OptionalTensor).WithLocation(0).WithArguments("Optional.Maybe", "remove the '?' from its type"),
            CodeFixVerifier<OptionalTensorAnalyzer, RemoveTensorNullabilityCodeFix>.Diagnostic(DiagnosticIds.OptionalTensor).WithLocation(1).WithArguments("Optional.Scalar", "remove the '?' from its type"));

    private const string RankMismatchSource = """
        using Signatures;

        [ModelInput]
        public partial record Images(
            [property: {|#0:Tensor(-1, 28, 28, 1)|}] {|#1:byte[,,]|} Pixels,
            [property: {|#2:Tensor(-1, DType = "float32")|}] {|#3:float[][]|} Rows);
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult[] RankMismatches<TFix>()
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new() =>
    [
        CodeFixVerifier<TensorRankMismatchAnalyzer, TFix>.Diagnostic(DiagnosticIds.TensorRankMismatch).WithLocation(0).WithLocation(1).WithArguments("Images.Pixels", 3, 4),
        CodeFixVerifier<TensorRankMismatchAnalyzer, TFix>.Diagnostic(DiagnosticIds.TensorRankMismatch).WithLocation(2).WithLocation(3).WithArguments("Images.Rows", 2, 1),
    ];

    [Fact]
    public Task Match_shape_to_array_drops_or_adds_trailing_dimensions() =>
        CodeFixVerifier<TensorRankMismatchAnalyzer, MatchTensorShapeToArrayCodeFix>.VerifyAsync(RankMismatchSource, """
            using Signatures;

            [ModelInput]
            public partial record Images(
                [property: Tensor(-1, 28, 28)] byte[,,] Pixels,
                [property: Tensor(-1, -1, DType = "float32")] float[][] Rows);
            """,
            RankMismatches<MatchTensorShapeToArrayCodeFix>());

    [Fact]
    public Task Match_array_to_shape_keeps_multi_dimensional_and_jagged_arrays_as_they_are() =>
        CodeFixVerifier<TensorRankMismatchAnalyzer, MatchArrayRankToTensorShapeCodeFix>.VerifyAsync(RankMismatchSource, """
            using Signatures;

            [ModelInput]
            public partial record Images(
                [property: Tensor(-1, 28, 28, 1)] byte[,,,] Pixels,
                [property: Tensor(-1, DType = "float32")] float[] Rows);
            """,
            RankMismatches<MatchArrayRankToTensorShapeCodeFix>());
}
