using Signatures.Analyzers.Rules;
using Signatures.Shared;

namespace Signatures.Analyzers.Tests.Rules;

public class ConfigurationAnalyzerTests
{
    private const string Source = """
        using Signatures;
        [ModelInput] public partial record Features(double X);
        """;

    [Fact]
    public Task Unknown_column_naming_value_reports_SIG0901_once() =>
        AnalyzerVerifier<ColumnNamingOptionAnalyzer>.VerifyAsync(Source, columnNaming: "kebab",
            AnalyzerVerifier<ColumnNamingOptionAnalyzer>.Diagnostic(DiagnosticIds.InvalidColumnNamingOption).WithArguments("kebab", "AsDeclared, SnakeCase or CamelCase"));

    [Theory]
    [InlineData("SnakeCase")]
    [InlineData("snake_case")]
    [InlineData("camelCase")]
    [InlineData("AsDeclared")]
    public Task Known_column_naming_values_report_nothing(string value) =>
        AnalyzerVerifier<ColumnNamingOptionAnalyzer>.VerifyAsync(Source, columnNaming: value);
}
