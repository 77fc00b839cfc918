using Microsoft.CodeAnalysis.CSharp;

namespace Signatures.Generators.Emitting;

/// <summary>C# literals and identifiers for generated code.</summary>
internal static class CSharpText
{
    /// <summary>A C# string literal (escaped by Roslyn's own formatter), or <c>null</c>.</summary>
    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A C# boolean literal.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An identifier, prefixed with <c>@</c> when it is a keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
