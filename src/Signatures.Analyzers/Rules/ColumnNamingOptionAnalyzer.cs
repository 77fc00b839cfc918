using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0901: the <c>SignaturesColumnNaming</c> MSBuild property holds a value the shared naming code does
/// not know. Reported once per compilation (without a source location), when the runtime library is referenced.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ColumnNamingOptionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidColumnNamingOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(static compilationContext =>
        {
            string? raw = ProjectOptions.RawColumnNaming(compilationContext.Options);
            if (raw is null || ColumnNames.TryParsePolicy(raw, out _) || KnownSymbols.TryCreate(compilationContext.Compilation) is null)
            {
                return;
            }
            compilationContext.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidColumnNamingOption,
                Location.None,
                raw,
                "AsDeclared, SnakeCase or CamelCase"));
        });
    }
}
