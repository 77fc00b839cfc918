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

/// <summary>SIG0201, the other way round: gives the member's array type as many dimensions as the
/// <c>[Tensor(...)]</c> shape. A multi-dimensional array stays multi-dimensional (<c>byte[,,]</c> ->
/// <c>byte[,,,]</c>), a jagged array stays jagged (<c>float[][]</c> -> <c>float[][][]</c>), a shape of rank 0 makes
/// the member a scalar. The analyzer passes the array type's location as the diagnostic's additional location.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MatchArrayRankToTensorShapeCodeFix)), Shared]
public sealed class MatchArrayRankToTensorShapeCodeFix : CodeFixProvider
{
    private const string Title = "Make the array rank match the [Tensor] shape";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.TensorRankMismatch);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!RankProperties.TryRead(diagnostic, out _, out int shapeRank) || diagnostic.AdditionalLocations.Count == 0)
            {
                continue;
            }
            Location typeLocation = diagnostic.AdditionalLocations[0];
            if (typeLocation.SourceTree != await context.Document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            ArrayTypeSyntax? array = await FixSyntax.FindAsync<ArrayTypeSyntax>(context.Document, typeLocation.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            TypeSyntax? updated = array is null ? null : WithRank(array, shapeRank);
            if (array is null || updated is null)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => FixSyntax.ReplaceAsync(context.Document, array, updated.WithTriviaFrom(array), ct), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static TypeSyntax? WithRank(ArrayTypeSyntax array, int rank)
    {
        if (rank == 0)
        {
            return array.ElementType;
        }
        bool jagged = array.RankSpecifiers.Count > 1;
        if (jagged && array.RankSpecifiers.Any(static r => r.Rank != 1))
        {
            // Mixed jagged and multi-dimensional (float[][,]): no obvious rewrite.
            return null;
        }
        if (jagged)
        {
            return SyntaxFactory.ArrayType(array.ElementType, SyntaxFactory.List(Enumerable.Range(0, rank).Select(static _ => Specifier(1))));
        }
        return SyntaxFactory.ArrayType(array.ElementType, SyntaxFactory.SingletonList(Specifier(rank)));
    }

    private static ArrayRankSpecifierSyntax Specifier(int rank) =>
        SyntaxFactory.ArrayRankSpecifier(SyntaxFactory.SeparatedList<ExpressionSyntax>(
            Enumerable.Range(0, rank).Select(static _ => (ExpressionSyntax)SyntaxFactory.OmittedArraySizeExpression())));
}
