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
