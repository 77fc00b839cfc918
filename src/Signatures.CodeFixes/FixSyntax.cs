using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Signatures.CodeFixes;

/// <summary>Finding the node a diagnostic points at, and replacing it.</summary>
internal static class FixSyntax
{
    /// <summary>The innermost node of type <typeparamref name="T"/> whose span equals <paramref name="span"/>.</summary>
    public static async Task<T?> FindAsync<T>(Document document, TextSpan span, CancellationToken cancellationToken)
        where T : SyntaxNode
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || span.End > root.FullSpan.End)
        {
            return null;
        }
        for (SyntaxNode? node = root.FindNode(span, getInnermostNodeForTie: true); node is not null && node.Span == span; node = node.Parent)
        {
            if (node is T match)
            {
                return match;
            }
        }
        return null;
    }

    /// <summary>Replaces <paramref name="oldNode"/> with <paramref name="newNode"/> in the document.</summary>
    public static async Task<Document> ReplaceAsync(Document document, SyntaxNode oldNode, SyntaxNode newNode, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(oldNode, newNode));
    }

    /// <summary>A type name parsed from the analyzer's text, keeping the trivia of the type it replaces.</summary>
    public static TypeSyntax TypeReplacing(TypeSyntax old, string typeText) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseTypeName(typeText).WithTriviaFrom(old);
}
