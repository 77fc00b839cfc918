using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Signatures.Shared;

namespace Signatures.CodeFixes.Rules;

/// <summary>SIG0405 and SIG0406: changes a scalar member's type to the C# type of the model's column type
/// (<c>long</c> to <c>int</c> for an MLflow <c>integer</c>), keeping the member's nullability.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseModelTypeCodeFix)), Shared]
public sealed class UseModelTypeCodeFix : CodeFixProvider
{
    // One key for every replacement, so Fix All aligns every member with the model in one go.
    private const string EquivalenceKey = "Signatures.UseModelType";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.ArtifactTypeDiffers, DiagnosticIds.ArtifactTypeWidened);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        TypeReplacementFix.RegisterAsync(context, static (type, replacement) => $"Use the model's type '{replacement}' instead of '{type}'", EquivalenceKey);
}
