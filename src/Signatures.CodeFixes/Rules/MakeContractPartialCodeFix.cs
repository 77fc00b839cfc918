using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Shared;

namespace Signatures.CodeFixes.Rules;

/// <summary>SIG0001 and SIG0004: adds the <c>partial</c> modifier to the type whose name the diagnostic points at.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeContractPartialCodeFix)), Shared]
public sealed class MakeContractPartialCodeFix : CodeFixProvider
{
    private const string Title = "Make the type partial";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.ContractMustBePartial, DiagnosticIds.ContainingTypeMustBePartial);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not TypeDeclarationSyntax declaration
                || declaration.Identifier.Span != diagnostic.Location.SourceSpan
                || declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => AddPartialAsync(context.Document, declaration, ct), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static Task<Document> AddPartialAsync(Document document, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        // 'partial' goes right before the type keyword: after every other modifier, taking over the keyword's
        // leading trivia when it is the first token of the declaration after the attributes.
        SyntaxToken partialKeyword = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        TypeDeclarationSyntax updated;
        if (declaration.Modifiers.Count == 0)
        {
            partialKeyword = partialKeyword.WithLeadingTrivia(declaration.Keyword.LeadingTrivia);
            updated = declaration
                .WithKeyword(declaration.Keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
                .WithModifiers(SyntaxFactory.TokenList(partialKeyword));
        }
        else
        {
            updated = declaration.WithModifiers(declaration.Modifiers.Add(partialKeyword));
        }
        return FixSyntax.ReplaceAsync(document, declaration, updated, cancellationToken);
    }
}
