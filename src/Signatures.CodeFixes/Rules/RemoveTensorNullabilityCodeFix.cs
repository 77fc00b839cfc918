using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Shared;

namespace Signatures.CodeFixes.Rules;

/// <summary>SIG0203: removes the <c>?</c> from a tensor member's type (<c>float[,]?</c> -> <c>float[,]</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveTensorNullabilityCodeFix)), Shared]
public sealed class RemoveTensorNullabilityCodeFix : CodeFixProvider
{
    private const string Title = "Make the tensor required (remove '?')";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.OptionalTensor);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(DiagnosticPropertyKeys.RemovableNullableAnnotation))
            {
                continue;
            }
            NullableTypeSyntax? nullable = await FixSyntax.FindAsync<NullableTypeSyntax>(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (nullable is null)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => FixSyntax.ReplaceAsync(context.Document, nullable, nullable.ElementType.WithTriviaFrom(nullable), ct), equivalenceKey: Title),
                diagnostic);
        }
    }
}
