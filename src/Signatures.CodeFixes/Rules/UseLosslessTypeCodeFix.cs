using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
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

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        TypeReplacementFix.RegisterAsync(context, static (type, replacement) => $"Use '{replacement}' instead of '{type}'", EquivalenceKey);
}
