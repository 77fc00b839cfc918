namespace Signatures.Analyzers;

/// <summary>Where each diagnostic's documentation page lives: <c>docs/diagnostics/{id}.md</c> in the repository.</summary>
internal static class HelpLinks
{
    /// <summary>The repository folder holding one page per diagnostic id (the only place the address is spelled).</summary>
    public const string DiagnosticsFolder = "https://github.com/signatures-dotnet/Signatures/blob/main/docs/diagnostics/";

    public static string For(string id) => DiagnosticsFolder + id + ".md";
}
