using Signatures.Analyzers.Rules;
using Signatures.Shared;

namespace Signatures.Analyzers.Tests.Rules;

public class ParamsAnalyzerTests
{
    [Fact]
    public Task Non_constant_defaults_report_SIG0301_on_the_default() =>
        AnalyzerVerifier<ParamDefaultAnalyzer>.VerifyAsync("""
            using System;
            using Signatures;
            [ModelParams]
            public partial record Options
            {
                private static readonly long Seed = Environment.TickCount;
                public const long Limit = 10;
                public long TopK { get; init; } = {|#0:Seed|};
                public DateTime Since { get; init; } = {|#1:DateTime.Now|};
                public long[] Tokens { get; init; } = {|#2:[1, Seed]|};
                public long MaxTokens { get; init; } = Limit;
                public double Temperature { get; init; } = 0.7;
                public DateTime Start { get; init; } = new DateTime(2024, 2, 29);
                public string[] Stop { get; init; } = ["\n", "###"];
            }
            """,
            AnalyzerVerifier<ParamDefaultAnalyzer>.Diagnostic(DiagnosticIds.NonConstantParamDefault).WithLocation(0).WithArguments("Options.TopK"),
            AnalyzerVerifier<ParamDefaultAnalyzer>.Diagnostic(DiagnosticIds.NonConstantParamDefault).WithLocation(1).WithArguments("Options.Since"),
            AnalyzerVerifier<ParamDefaultAnalyzer>.Diagnostic(DiagnosticIds.NonConstantParamDefault).WithLocation(2).WithArguments("Options.Tokens"));

    [Fact]
    public Task Defaults_MLflow_refuses_for_the_type_report_SIG0303() =>
        AnalyzerVerifier<ParamDefaultAnalyzer>.VerifyAsync("""
            #nullable enable
            using System;
            using Signatures;
            [ModelParams]
            public partial record Options
            {
                public long[]? Tokens { get; init; } = {|#0:null|};
                public DateTime? Since { get; init; } = {|#1:null|};
                public double Ratio { get; init; } = {|#2:double.NaN|};
                public string? {|#3:Missing|} { get; init; }
                public long? Optional { get; init; } = null;
            }
            """,
            AnalyzerVerifier<ParamDefaultAnalyzer>.Diagnostic(DiagnosticIds.ParamDefaultDoesNotFitType).WithLocation(0)
                .WithArguments("Options.Tokens", "long list", "MLflow refuses a null default for list and object params; give the param a default value"),
            AnalyzerVerifier<ParamDefaultAnalyzer>.Diagnostic(DiagnosticIds.ParamDefaultDoesNotFitType).WithLocation(1)
                .WithArguments("Options.Since", "datetime", "MLflow cannot write a null datetime default; give the param a date"),
            AnalyzerVerifier<ParamDefaultAnalyzer>.Diagnostic(DiagnosticIds.ParamDefaultDoesNotFitType).WithLocation(2)
                .WithArguments("Options.Ratio", "double", "MLflow's JSON cannot hold NaN or infinite defaults; change the default or the type"));

    [Fact]
    public Task Param_types_MLflow_cannot_hold_report_SIG0302_SIG0304_SIG0305_SIG0306() =>
        AnalyzerVerifier<ParamTypeAnalyzer>.VerifyAsync("""
            using System.Collections.Generic;
            using Signatures;
            public record Pair(long A, long B);
            [ModelParams]
            public partial record Options
            {
                public {|#0:long[][]|} Nested { get; init; } = [[1]];
                public {|#1:byte[]|} Blob { get; init; } = [1];
                [{|#2:Tensor(-1)|}] public float[] Weights { get; init; } = [1f];
                public {|#3:List<Pair>|} Pairs { get; init; } = [];
                public Pair Single { get; init; } = new(1, 2);
                public List<string> Fine { get; init; } = ["a"];
            }
            """,
            AnalyzerVerifier<ParamTypeAnalyzer>.Diagnostic(DiagnosticIds.MultiDimensionalParam).WithLocation(0).WithArguments("Options.Nested", "long[][]"),
            AnalyzerVerifier<ParamTypeAnalyzer>.Diagnostic(DiagnosticIds.BinaryParam).WithLocation(1).WithArguments("Options.Blob", "byte[]"),
            AnalyzerVerifier<ParamTypeAnalyzer>.Diagnostic(DiagnosticIds.TensorParam).WithLocation(2).WithArguments("Options.Weights"),
            AnalyzerVerifier<ParamTypeAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedParamType).WithLocation(3).WithArguments("Options.Pairs", "List<Pair>", "a list param holds scalars only"));
}
