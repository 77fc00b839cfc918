using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Shared;

namespace Signatures.CodeFixes.Rules;

/// <summary>SIG0201: makes the <c>[Tensor(...)]</c> shape as long as the array's rank, keeping the leading
/// dimensions: extra trailing dimensions are dropped, missing ones are added as <c>-1</c> (variable).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MatchTensorShapeToArrayCodeFix)), Shared]
public sealed class MatchTensorShapeToArrayCodeFix : CodeFixProvider
{
    private const string Title = "Make the [Tensor] shape match the array rank";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.TensorRankMismatch);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!RankProperties.TryRead(diagnostic, out int arrayRank, out int shapeRank))
            {
                continue;
            }
            AttributeSyntax? attribute = await FixSyntax.FindAsync<AttributeSyntax>(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (attribute is null)
            {
                continue;
            }
            List<AttributeArgumentSyntax> arguments = attribute.ArgumentList?.Arguments.ToList() ?? new List<AttributeArgumentSyntax>();
            List<AttributeArgumentSyntax> dimensions = arguments.Where(static a => a.NameEquals is null && a.NameColon is null).ToList();
            // The fix edits the dimensions one by one; a shape passed as an explicit array is left to the user.
            if (dimensions.Count != shapeRank)
            {
                continue;
            }

            List<AttributeArgumentSyntax> newDimensions = dimensions.Take(arrayRank).ToList();
            while (newDimensions.Count < arrayRank)
            {
                newDimensions.Add(SyntaxFactory.AttributeArgument(
                    SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1)))));
            }
            IEnumerable<AttributeArgumentSyntax> named = arguments.Where(static a => a.NameEquals is not null || a.NameColon is not null);
            SeparatedSyntaxList<AttributeArgumentSyntax> list = SyntaxFactory.SeparatedList(newDimensions.Concat(named));
            AttributeSyntax updated = list.Count == 0
                ? attribute.WithArgumentList(null)
                : attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(list));

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => FixSyntax.ReplaceAsync(context.Document, attribute, updated, ct), equivalenceKey: Title),
                diagnostic);
        }
    }
}
