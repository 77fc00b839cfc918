using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Signatures.Testing;

/// <summary>
/// The prefixes of a source file that a robustness sweep runs through. A typed file (what an editor shows while it is
/// typed) is cut at the start and end of every token and of every comment or directive, after the first character of
/// a word (identifier, keyword, documentation text) and after each of the first three characters of anything else. A
/// cut deeper inside gives the syntax shape such a cut already gave (a shorter word, number, string or comment), and a
/// cut inside whitespace only changes trivia, so these cuts reach the shapes of tree the every-character sweep
/// reaches (<c>"</c>, <c>""</c> and <c>"""</c>; <c>=</c> and <c>=&gt;</c>; <c>/</c>, <c>//</c> and <c>///</c>) with a
/// fraction of the compilations.
/// </summary>
internal static class TypingPrefixes
{
    private const int CutsIntoEachToken = 3;

    /// <summary>The prefix lengths of <paramref name="text"/> as it is typed, ascending, from 0 to its whole
    /// length.</summary>
    public static IReadOnlyList<int> Typed(string text, CSharpParseOptions parseOptions)
    {
        var lengths = new SortedSet<int> { 0, text.Length };
        SyntaxNode root = CSharpSyntaxTree.ParseText(text, parseOptions).GetRoot();
        foreach (SyntaxToken token in root.DescendantTokens(descendIntoTrivia: true))
        {
            AddCuts(lengths, token.Span, IsWord(token) ? 1 : CutsIntoEachToken);
        }
        foreach (SyntaxTrivia trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                AddCuts(lengths, trivia.Span, CutsIntoEachToken);
            }
        }
        return [.. lengths];
    }

    /// <summary>The prefix lengths of a file that is only ever pasted, not typed (an adversarial corpus): cut at every
    /// token, each token complete and each with only its first character.</summary>
    public static IReadOnlyList<int> Pasted(string text, CSharpParseOptions parseOptions)
    {
        var lengths = new SortedSet<int> { 0, text.Length };
        foreach (SyntaxToken token in CSharpSyntaxTree.ParseText(text, parseOptions).GetRoot().DescendantTokens())
        {
            lengths.Add(token.Span.Start + (token.Span.Length > 0 ? 1 : 0));
            lengths.Add(token.Span.End);
        }
        return [.. lengths];
    }

    /// <summary>Identifiers, keywords and documentation text: any cut after the first character leaves a word.</summary>
    private static bool IsWord(SyntaxToken token) =>
        token.IsKind(SyntaxKind.IdentifierToken) || SyntaxFacts.IsKeywordKind(token.Kind()) || token.IsKind(SyntaxKind.XmlTextLiteralToken);

    private static void AddCuts(SortedSet<int> lengths, TextSpan span, int cutsInto)
    {
        lengths.Add(span.Start);
        for (int cut = 1; cut <= Math.Min(span.Length, cutsInto); cut++)
        {
            lengths.Add(span.Start + cut);
        }
        lengths.Add(span.End);
    }
}
