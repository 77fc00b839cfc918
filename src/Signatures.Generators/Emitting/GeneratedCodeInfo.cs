using System.Reflection;

namespace Signatures.Generators.Emitting;

/// <summary>The tool name and version written in every <c>[GeneratedCode]</c> attribute.</summary>
internal static class GeneratedCodeInfo
{
    public const string Tool = "Signatures.Generators";

    public static string Version { get; } = typeof(GeneratedCodeInfo).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    /// <summary>The attribute line: <c>[global::System.CodeDom.Compiler.GeneratedCode("Signatures.Generators", "1.0.0.0")]</c>.</summary>
    public static string Attribute { get; } = $"[{TypeRefs.GeneratedCode}(\"{Tool}\", \"{Version}\")]";
}
