using Signatures.Analyzers.Rules;
using Signatures.Shared;

namespace Signatures.Analyzers.Tests.Rules;

public class ContractDeclarationAnalyzerTests
{
    [Fact]
    public Task Non_partial_contract_reports_SIG0001_on_its_name() =>
        AnalyzerVerifier<ContractMustBePartialAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public record {|#0:Iris|}(double SepalLength);
            """,
            AnalyzerVerifier<ContractMustBePartialAnalyzer>.Diagnostic(DiagnosticIds.ContractMustBePartial).WithLocation(0).WithArguments("Iris"));

    [Fact]
    public Task Partial_contracts_of_every_kind_report_nothing() =>
        AnalyzerVerifier<ContractMustBePartialAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput] public partial record A(double X);
            [ModelOutput] public partial class B { public long Y { get; set; } }
            [ModelParams] public partial struct C { public long Z { get; set; } }
            [ModelInput] public partial record struct D(int W);
            public record NotAContract(double X);
            """);

    [Fact]
    public Task Contract_nested_in_a_non_partial_type_reports_SIG0004_on_the_outer_type() =>
        AnalyzerVerifier<ContractMustBePartialAnalyzer>.VerifyAsync("""
            using Signatures;
            public static class {|#0:Models|}
            {
                public partial class {|#1:Inner|}
                {
                    [ModelInput] public partial record Features(double X);
                }
            }
            """,
            AnalyzerVerifier<ContractMustBePartialAnalyzer>.Diagnostic(DiagnosticIds.ContainingTypeMustBePartial).WithLocation(0).WithArguments("Features", "Models"));

    [Fact]
    public Task Generic_contract_reports_SIG0002() =>
        AnalyzerVerifier<UnsupportedContractContainerAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record {|#0:Features|}<T>(T Value);
            """,
            AnalyzerVerifier<UnsupportedContractContainerAnalyzer>.Diagnostic(DiagnosticIds.GenericContract).WithLocation(0).WithArguments("Features"));

    [Fact]
    public Task Contract_nested_in_a_generic_type_reports_SIG0003() =>
        AnalyzerVerifier<UnsupportedContractContainerAnalyzer>.VerifyAsync("""
            using Signatures;
            public partial class Outer<T>
            {
                public partial class Middle
                {
                    [ModelOutput] public partial record {|#0:Prediction|}(double Score);
                }
            }
            """,
            AnalyzerVerifier<UnsupportedContractContainerAnalyzer>.Diagnostic(DiagnosticIds.ContractNestedInGenericType).WithLocation(0).WithArguments("Prediction", "Outer"));

    [Fact]
    public Task Static_class_and_ref_struct_contracts_report_SIG0010() =>
        AnalyzerVerifier<UnsupportedContractContainerAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput] public static partial class {|#0:Holder|} { public static double X { get; set; } }
            [ModelInput] public ref partial struct {|#1:Span|} { public double X { get; set; } }
            """,
            AnalyzerVerifier<UnsupportedContractContainerAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedContractKind).WithLocation(0).WithArguments("Holder", "static class"),
            AnalyzerVerifier<UnsupportedContractContainerAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedContractKind).WithLocation(1).WithArguments("Span", "ref struct"));

    [Fact]
    public Task Members_named_like_generated_ones_report_SIG0011() =>
        AnalyzerVerifier<GeneratedMemberNameAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput] public partial record Features(double X) { public static string {|#0:SchemaJson|} => "mine"; }
            [ModelParams] public partial record Options { public long {|#1:ParamSchema|} { get; init; } }
            public class Base { public static int Signature => 1; }
            [ModelSignature<Features, long>] public partial class {|#2:Model|} : Base;
            [ModelOutput] public partial record {|#3:Schema|}(double Y);
            [ModelInput] public partial record Fine(double Z) { public string Description => "not generated"; }
            [ModelInput] public partial record Checked(double W) { public bool {|#4:Validate|}() => W > 0; }
            """,
            AnalyzerVerifier<GeneratedMemberNameAnalyzer>.Diagnostic(DiagnosticIds.GeneratedMemberNameTaken).WithLocation(0).WithArguments("Features", "SchemaJson", "it already declares a member of that name"),
            AnalyzerVerifier<GeneratedMemberNameAnalyzer>.Diagnostic(DiagnosticIds.GeneratedMemberNameTaken).WithLocation(1).WithArguments("Options", "ParamSchema", "it already declares a member of that name"),
            AnalyzerVerifier<GeneratedMemberNameAnalyzer>.Diagnostic(DiagnosticIds.GeneratedMemberNameTaken).WithLocation(2).WithArguments("Model", "Signature", "its base type 'Base' declares a member of that name"),
            AnalyzerVerifier<GeneratedMemberNameAnalyzer>.Diagnostic(DiagnosticIds.GeneratedMemberNameTaken).WithLocation(3).WithArguments("Schema", "Schema", "a member cannot have the name of its enclosing type"),
            AnalyzerVerifier<GeneratedMemberNameAnalyzer>.Diagnostic(DiagnosticIds.GeneratedMemberNameTaken).WithLocation(4).WithArguments("Checked", "Validate", "it already declares a member of that name"));

    [Fact]
    public Task Contract_with_two_roles_reports_SIG0005_on_the_second_attribute() =>
        AnalyzerVerifier<MultipleContractRolesAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput, {|#0:ModelOutput|}]
            [{|#1:ModelParams(Naming = ColumnNaming.SnakeCase)|}]
            public partial record Both(double X);
            """,
            AnalyzerVerifier<MultipleContractRolesAnalyzer>.Diagnostic(DiagnosticIds.MultipleContractRoles).WithLocation(0).WithArguments("Both", "[ModelInput], [ModelOutput], [ModelParams]"),
            AnalyzerVerifier<MultipleContractRolesAnalyzer>.Diagnostic(DiagnosticIds.MultipleContractRoles).WithLocation(1).WithArguments("Both", "[ModelInput], [ModelOutput], [ModelParams]"));

    [Fact]
    public Task Input_contract_without_members_reports_SIG0009() =>
        AnalyzerVerifier<EmptyContractAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput] public partial record {|#0:Nothing|};
            [ModelOutput] public partial class {|#1:OnlyIgnored|} { [SignatureIgnore] public long Id { get; set; } internal int Hidden; }
            [ModelParams] public partial record NoParams;
            """,
            AnalyzerVerifier<EmptyContractAnalyzer>.Diagnostic(DiagnosticIds.EmptyContract).WithLocation(0).WithArguments("Nothing"),
            AnalyzerVerifier<EmptyContractAnalyzer>.Diagnostic(DiagnosticIds.EmptyContract).WithLocation(1).WithArguments("OnlyIgnored"));
}
