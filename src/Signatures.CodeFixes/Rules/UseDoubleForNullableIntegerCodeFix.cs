using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.ReplacementType, out string? replacement) || replacement is null)
            {
                continue;
            }
            TypeSyntax? type = await FixSyntax.FindAsync<TypeSyntax>(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (type is null)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => FixSyntax.ReplaceAsync(context.Document, type, FixSyntax.TypeReplacing(type, replacement), ct), equivalenceKey: Title),
                diagnostic);
        }
    }
}
