using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Signatures.Shared;

namespace Signatures.CodeFixes.Rules;

/// <summary>SIG0404: adds a member for a column, tensor or param of the model that the contract lacks: a positional
/// parameter (<c>[property: Column("...")] double X</c>) to a positional record, else a property
/// (<c>public double X { get; init; }</c>), with the model's default for a param. Fix All adds every missing member of
/// a contract at once (a batch of text edits would collide at the same insertion point).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddModelMemberCodeFix)), Shared]
public sealed class AddModelMemberCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "Signatures.AddModelMember";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ArtifactMemberMissing);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(static (context, document, diagnostics) => AddMembersAsync(document, diagnostics, context.CancellationToken)!);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (Member.From(diagnostic) is not { } member)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add member '{member.Type} {member.Name}' from the model",
                    ct => AddMembersAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                    equivalenceKey: EquivalenceKey),
                diagnostic);
        }
        return Task.CompletedTask;
    }

    private static async Task<Document> AddMembersAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }
        var byType = new Dictionary<TypeDeclarationSyntax, List<Member>>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(static d => d.Location.SourceSpan.Start).ThenBy(static d => d.GetMessage()))
        {
            if (Member.From(diagnostic) is not { } member
                || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not TypeDeclarationSyntax declaration
                || declaration.Identifier.Span != diagnostic.Location.SourceSpan)
            {
                continue;
            }
            if (!byType.TryGetValue(declaration, out List<Member>? members))
            {
                byType[declaration] = members = new List<Member>();
            }
            members.Add(member);
        }
        SyntaxNode newRoot = root.ReplaceNodes(byType.Keys, (original, current) => Add(current, byType[original]));
        return document.WithSyntaxRoot(newRoot);
    }

    private static TypeDeclarationSyntax Add(TypeDeclarationSyntax declaration, List<Member> members)
    {
        if (declaration is RecordDeclarationSyntax { ParameterList: { } parameters } record)
        {
            // Follow the list's layout: one parameter per line when it is written so, else on one line.
            SeparatedSyntaxList<ParameterSyntax> list = parameters.Parameters;
            var nodes = new List<ParameterSyntax>(list);
            var separators = new List<SyntaxToken>(list.GetSeparators());
            SyntaxToken separator = separators.Count > 0
                ? SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(separators[separators.Count - 1].TrailingTrivia)
                : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
            SyntaxTriviaList leading = nodes.Count > 1 ? nodes[nodes.Count - 1].GetLeadingTrivia() : SyntaxFactory.TriviaList();
            foreach (Member member in members)
            {
                if (nodes.Count > 0) separators.Add(separator);
                nodes.Add(SyntaxFactory.ParseParameterList("(" + member.ParameterText() + ")").Parameters[0].WithLeadingTrivia(leading));
            }
            list = SyntaxFactory.SeparatedList(nodes, separators);
            return record.WithParameterList(parameters.WithParameters(list));
        }

        if (declaration.OpenBraceToken.IsKind(SyntaxKind.None))
        {
            // 'record R;' has no body yet.
            declaration = declaration
                .WithSemicolonToken(default)
                .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }
        foreach (Member member in members)
        {
            MemberDeclarationSyntax? property = SyntaxFactory.ParseMemberDeclaration(member.PropertyText());
            if (property is not null)
            {
                declaration = declaration.AddMembers(property.WithAdditionalAnnotations(Formatter.Annotation));
            }
        }
        return declaration;
    }

    /// <summary>The member a diagnostic asks for, from the properties the analyzer computed.</summary>
    private sealed record Member(string Type, string Name, string? Attribute, string? Default)
    {
        public static Member? From(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.MemberType, out string? type) && type is not null
            && diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.MemberName, out string? name) && name is not null
                ? new Member(
                    type,
                    name,
                    diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.MemberAttribute, out string? attribute) ? attribute : null,
                    diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.MemberDefault, out string? value) ? value : null)
                : null;

        public string ParameterText() =>
            (Attribute is null ? string.Empty : "[property: " + Attribute + "] ") + Type + " " + Name + (Default is null ? string.Empty : " = " + Default);

        public string PropertyText() =>
            (Attribute is null ? string.Empty : "[" + Attribute + "]\n") + "public " + Type + " " + Name + " { get; init; }"
            + (Default is null ? string.Empty : " = " + Default + ";") + "\n";
    }
}
