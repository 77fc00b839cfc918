using System;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Shared;

namespace Signatures.CodeFixes;

/// <summary>The fix of a diagnostic whose <see cref="DiagnosticPropertyKeys.ReplacementType"/> property names the type
/// to put in place of the type it points at (SIG0101, SIG0105).</summary>
internal static class TypeReplacementFix
{
    /// <summary>Registers, for every such diagnostic in <paramref name="context"/>, a fix replacing the type.
    /// <paramref name="title"/> words the fix from the type replaced and the replacement's text.</summary>
    public static async Task RegisterAsync(CodeFixContext context, Func<TypeSyntax, string, string> title, string equivalenceKey)
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
                    title(type, replacement),
                    ct => FixSyntax.ReplaceAsync(context.Document, type, FixSyntax.TypeReplacing(type, replacement), ct),
                    equivalenceKey: equivalenceKey),
                diagnostic);
        }
    }
}
