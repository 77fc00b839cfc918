using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Signatures.Shared;

namespace Signatures.CodeFixes.Rules;

/// <summary>SIG0105: turns a nullable integer column (<c>int?</c>, <c>long?</c>) into <c>double?</c>, as MLflow advises
/// for integer columns with missing values.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDoubleForNullableIntegerCodeFix)), Shared]
public sealed class UseDoubleForNullableIntegerCodeFix : CodeFixProvider
{
    private const string Title = "Use 'double?' for the column";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NullableIntegerColumn);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        TypeReplacementFix.RegisterAsync(context, static (_, _) => Title, equivalenceKey: Title);
}
