using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.CodeFixes;

namespace Signatures.Analyzers.Tests;

/// <summary>Every analyzer and code fix the two assemblies ship, found by reflection as the compiler and the IDE
/// find them (types carrying [DiagnosticAnalyzer] / [ExportCodeFixProvider]).</summary>
internal static class AllAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
    [
        .. typeof(ContractAnalyzer).Assembly.GetTypes()
            .Where(static t => !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(static t => t.FullName, StringComparer.Ordinal)
            .Select(static t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    public static ImmutableArray<CodeFixProvider> CodeFixes { get; } =
    [
        .. typeof(FixSyntax).Assembly.GetTypes()
            .Where(static t => !t.IsAbstract && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .OrderBy(static t => t.FullName, StringComparer.Ordinal)
            .Select(static t => (CodeFixProvider)Activator.CreateInstance(t)!),
    ];

    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
    [
        .. Analyzers.SelectMany(static a => a.SupportedDiagnostics).Distinct().OrderBy(static d => d.Id, StringComparer.Ordinal),
    ];
}
