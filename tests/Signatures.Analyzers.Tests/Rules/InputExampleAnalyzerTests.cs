using Signatures.Shared;
using Verify = Signatures.Analyzers.Tests.AnalyzerVerifier<Signatures.Analyzers.Rules.InputExampleAnalyzer>;

namespace Signatures.Analyzers.Tests.Rules;

public class InputExampleAnalyzerTests
{
    private const string Contracts = """
        using System.Collections.Generic;
        using Signatures;
        [ModelInput] public partial record Features(double X);
        [ModelOutput] public partial record Prediction(double Y);
        [ModelParams] public partial record Options { public long TopK { get; init; } = 2; }

        """;

    [Fact]
    public Task Examples_that_fit_report_nothing() => Verify.VerifyAsync(Contracts + """
        [ModelSignature<Features, Prediction>] public static partial class Rows { public static Features[] InputExample => [new(1.0)]; }
        [ModelSignature<Features, Prediction>] public static partial class One { public static readonly Features InputExample = new(1.0); }
        [ModelSignature<Features, Prediction>] public static partial class Listed { public static List<Features> InputExample { get; } = [new(1.0)]; }
        [ModelSignature<string, string, Options>] public static partial class Text
        {
            public static IEnumerable<string> InputExample => ["hi"];
            public static Options InputExampleParams => new() { TopK = 3 };
        }
        """);

    [Fact]
    public Task Examples_that_do_not_fit_report_SIG0014() => Verify.VerifyAsync(Contracts + """
        [ModelSignature<Features, Prediction>] public static partial class WrongType { public static double[] {|#0:InputExample|} => [1.0]; }
        [ModelSignature<Features, Prediction>] public partial class NotStatic { public Features[] {|#1:InputExample|} => []; }
        [ModelSignature<NoSchema, Prediction, Options>] public static partial class NoInput { public static string {|#2:InputExample|} => "x"; }
        [ModelSignature<Features, Prediction>] public static partial class NoParams
        {
            public static Features[] InputExample => [new(1.0)];
            public static Options {|#3:InputExampleParams|} => new();
        }
        [ModelSignature<Features, Prediction, Options>] public static partial class WrongParams
        {
            public static Features[] InputExample => [new(1.0)];
            public static long {|#4:InputExampleParams|} => 3;
        }
        """,
        Verify.Diagnostic(DiagnosticIds.InvalidInputExample).WithLocation(0).WithArguments("InputExample", "WrongType",
            "has type 'double[]', which is neither the input type nor a sequence of it",
            "declare a static property or field of type 'Features' (one value) or a sequence of it such as 'Features[]' (rows)"),
        Verify.Diagnostic(DiagnosticIds.InvalidInputExample).WithLocation(1).WithArguments("InputExample", "NotStatic",
            "is not a static readable property or field",
            "declare a static property or field of type 'Features' (one value) or a sequence of it such as 'Features[]' (rows)"),
        Verify.Diagnostic(DiagnosticIds.InvalidInputExample).WithLocation(2).WithArguments("InputExample", "NoInput",
            "cannot supply inputs because the signature has none (NoSchema)", "remove it or give the signature an input"),
        Verify.Diagnostic(DiagnosticIds.InvalidInputExample).WithLocation(3).WithArguments("InputExampleParams", "NoParams",
            "has no params to supply because the signature has none", "use [ModelSignature<TInput, TOutput, TParams>] or remove it"),
        Verify.Diagnostic(DiagnosticIds.InvalidInputExample).WithLocation(4).WithArguments("InputExampleParams", "WrongParams",
            "has type 'long' instead of the params type 'Options'", "declare it as 'Options'"));

    [Fact]
    public Task Constant_example_data_that_breaks_a_fixed_tensor_dimension_reports_SIG0205() =>
        AnalyzerVerifier<Signatures.Analyzers.Rules.ArrayDoesNotFitTensorShapeAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput] public partial record Mnist([property: Tensor(-1, 28, 28, 1)] byte[,,,] Images);
            [ModelOutput] public partial record Digit(long Label);
            [ModelSignature<Mnist, Digit>]
            public static partial class MnistModel
            {
                public static Mnist InputExample => new({|#0:new byte[1, 28, 27, 1]|});
            }
            """,
            AnalyzerVerifier<Signatures.Analyzers.Rules.ArrayDoesNotFitTensorShapeAnalyzer>.Diagnostic(DiagnosticIds.ArrayDoesNotFitTensorShape)
                .WithLocation(0).WithArguments("1, 28, 27, 1", "Mnist.Images", "-1, 28, 28, 1", 2, 27, 28));
}
