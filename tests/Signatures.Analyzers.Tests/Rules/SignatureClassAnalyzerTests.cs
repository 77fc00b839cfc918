using Signatures.Analyzers.Rules;
using Signatures.Shared;
using Verify = Signatures.Analyzers.Tests.AnalyzerVerifier<Signatures.Analyzers.Rules.SignatureClassAnalyzer>;

namespace Signatures.Analyzers.Tests.Rules;

public class SignatureClassAnalyzerTests
{
    private const string Contracts = """
        using System.Collections.Generic;
        using Signatures;
        [ModelInput] public partial record Features(double X);
        [ModelOutput] public partial record Prediction(double Y);
        [ModelParams] public partial record Options { public long TopK { get; init; } = 2; }
        public record Plain(double X);

        """;

    [Fact]
    public Task Valid_signatures_report_nothing() => Verify.VerifyAsync(Contracts + """
        [ModelSignature<Features, Prediction>] public static partial class A;
        [ModelSignature<Features, long>] public static partial class B;
        [ModelSignature<string, string, Options>] public static partial class C;
        [ModelSignature<double[], Prediction, Options>] public static partial class D;
        [ModelSignature<NoSchema, NoSchema, Options>] public static partial class ParamsOnly;
        [ModelSignature<Features, NoSchema>] public static partial class InputOnly;
        """);

    [Fact]
    public Task Signature_without_inputs_outputs_or_params_reports_SIG0013_and_NoSchema_params_SIG0007() => Verify.VerifyAsync(Contracts + """
        [{|#0:ModelSignature<NoSchema, NoSchema>|}] public static partial class Nothing;
        [ModelSignature<NoSchema, NoSchema, {|#1:NoSchema|}>] public static partial class NoParams;
        """,
        Verify.Diagnostic(DiagnosticIds.EmptySignature).WithLocation(0).WithArguments("Nothing"),
        Verify.Diagnostic(DiagnosticIds.UnsupportedSignatureTypeArgument).WithLocation(1)
            .WithArguments("NoSchema", "NoParams", "params", "NoSchema stands for absent inputs or outputs; a signature without params uses the two-argument [ModelSignature<TInput, TOutput>]", "a [ModelParams] contract"));

    [Fact]
    public Task Two_signatures_on_one_class_report_SIG0012_on_the_second() => Verify.VerifyAsync(Contracts + """
        [ModelSignature<Features, Prediction>]
        [{|#0:ModelSignature<Features, Prediction, Options>|}]
        public static partial class Twice;
        """,
        Verify.Diagnostic(DiagnosticIds.MultipleSignatureAttributes).WithLocation(0).WithArguments("Twice", 2));

    [Fact]
    public Task Signature_class_that_is_not_static_partial_reports_SIG0006_with_the_missing_modifiers() => Verify.VerifyAsync(Contracts + """
        [ModelSignature<Features, Prediction>] public partial class {|#0:A|} { }
        [ModelSignature<Features, Prediction>] public static class {|#1:B|} { }
        [ModelSignature<Features, Prediction>] public class {|#2:C|} { }
        """,
        Verify.Diagnostic(DiagnosticIds.SignatureClassMustBeStaticPartial).WithLocation(0).WithArguments("A", "static"),
        Verify.Diagnostic(DiagnosticIds.SignatureClassMustBeStaticPartial).WithLocation(1).WithArguments("B", "partial"),
        Verify.Diagnostic(DiagnosticIds.SignatureClassMustBeStaticPartial).WithLocation(2).WithArguments("C", "static partial"));

    [Fact]
    public Task Type_argument_that_is_not_a_contract_or_supported_type_reports_SIG0007() => Verify.VerifyAsync(Contracts + """
        [ModelSignature<{|#0:Plain|}, Prediction>] public static partial class A;
        [ModelSignature<Features, {|#1:long?|}>] public static partial class B;
        [ModelSignature<Features, Prediction, {|#2:Features|}>] public static partial class C;
        [ModelSignature<{|#3:Options|}, Prediction>] public static partial class D;
        [ModelSignature<Features, Prediction, {|#4:long|}>] public static partial class E;
        """,
        Verify.Diagnostic(DiagnosticIds.UnsupportedSignatureTypeArgument).WithLocation(0)
            .WithArguments("Plain", "A", "input", "it is neither a model contract nor a scalar or array type MLflow can map", "a [ModelInput] contract or a type such as long, string or double[]"),
        Verify.Diagnostic(DiagnosticIds.UnsupportedSignatureTypeArgument).WithLocation(1)
            .WithArguments("long?", "B", "output", "an unnamed column cannot be optional", "a [ModelOutput] contract or a type such as long, string or double[]"),
        Verify.Diagnostic(DiagnosticIds.UnsupportedSignatureTypeArgument).WithLocation(2)
            .WithArguments("Features", "C", "params", "it is a [ModelInput] contract", "a [ModelParams] contract"),
        Verify.Diagnostic(DiagnosticIds.UnsupportedSignatureTypeArgument).WithLocation(3)
            .WithArguments("Options", "D", "input", "it is a [ModelParams] contract", "a [ModelInput] contract or a type such as long, string or double[]"),
        Verify.Diagnostic(DiagnosticIds.UnsupportedSignatureTypeArgument).WithLocation(4)
            .WithArguments("long", "E", "params", "params must be a [ModelParams] contract", "a [ModelParams] contract"));

    [Fact]
    public Task Output_contract_used_as_input_reports_SIG0008() => Verify.VerifyAsync(Contracts + """
        [ModelSignature<{|#0:Prediction|}, {|#1:Features|}>] public static partial class Swapped;
        """,
        Verify.Diagnostic(DiagnosticIds.SignatureTypeArgumentRoleMismatch).WithLocation(0).WithArguments("Prediction", "ModelOutput", "input", "Swapped", "ModelInput"),
        Verify.Diagnostic(DiagnosticIds.SignatureTypeArgumentRoleMismatch).WithLocation(1).WithArguments("Features", "ModelInput", "output", "Swapped", "ModelOutput"));
}
