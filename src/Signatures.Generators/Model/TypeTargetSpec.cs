using Signatures.Shared;

namespace Signatures.Generators.Model;

/// <summary>Where generated members go: a partial type in its namespace and containing types.</summary>
/// <remarks>Cached by Roslyn between runs: keep every member immutable with value equality
/// (strings, enums, primitives, EquatableArray). Never add ISymbol, SyntaxNode, Location or Compilation.</remarks>
/// <param name="Namespace">The namespace, empty for the global namespace.</param>
/// <param name="Name">The type name (<c>IrisFeatures</c>).</param>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c> or <c>record struct</c>.</param>
/// <param name="ContainingTypes">The containing type declarations, outermost first (<c>partial class Outer</c>).</param>
/// <param name="FullyQualifiedName">The type as generated code refers to it (<c>global::Demo.Outer.IrisFeatures</c>).</param>
/// <param name="HintName">A unique, stable file name stem (<c>Demo.Outer+IrisFeatures</c>).</param>
internal sealed record TypeTargetSpec(
    string Namespace,
    string Name,
    string Keyword,
    EquatableArray<string> ContainingTypes,
    string FullyQualifiedName,
    string HintName);
