using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Signatures.Shared.Planning;

/// <summary>The language facts that decide what is generated, read the same way by the generator and the analyzers.</summary>
internal static class LanguageFeatures
{
    /// <summary>Whether the compilation has static abstract interface members (C# 11), which <c>IModelContract&lt;T&gt;</c>,
    /// <c>IModelParams&lt;T&gt;</c>, the writers and <c>ReadRequest</c> need.</summary>
    public static bool HasStaticAbstractInterfaces(Compilation compilation) =>
        compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 };
}
