using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Shared;

namespace Signatures.CodeFixes.Rules;

/// <summary>SIG0101: replaces the lossy type the diagnostic points at (<c>decimal</c>, also inside
/// <c>List&lt;decimal&gt;</c> or <c>decimal?</c>) with its lossless counterpart from the type table.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseLosslessTypeCodeFix)), Shared]
public sealed class UseLosslessTypeCodeFix : CodeFixProvider
{
    // One key for every replacement, so Fix All changes decimal to double and ulong to long in one go.
    private const string EquivalenceKey = "Signatures.UseLosslessType";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LossyTypeMapping);

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
                CodeAction.Create(
                    $"Use '{replacement}' instead of '{type}'",
                    ct => FixSyntax.ReplaceAsync(context.Document, type, FixSyntax.TypeReplacing(type, replacement), ct),
                    equivalenceKey: EquivalenceKey),
                diagnostic);
        }
    }
}
