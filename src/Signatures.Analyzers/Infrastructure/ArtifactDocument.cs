using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Signatures.Shared.Artifacts;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>
/// An artifact file read once: its signature, or why it cannot be used. Parsed results are cached per file content
/// (<see cref="SourceText"/> instance), so a C# edit, which creates a new compilation but keeps the additional files'
/// texts, never re-reads or re-parses an artifact; an edit to the artifact brings a new text and a new parse.
/// </summary>
internal sealed class ArtifactDocument
{
    /// <summary>Larger than any MLmodel a model logs (the signature of thousands of columns is a few hundred KB).</summary>
    public const int MaxLength = 8 * 1024 * 1024;

    private static readonly ConditionalWeakTable<SourceText, ArtifactDocument> Cache = new();

    private ArtifactDocument(ArtifactSignature? signature, string? error)
    {
        Signature = signature;
        Error = error;
    }

    /// <summary>The signature, or <see langword="null"/> when <see cref="Error"/> says why there is none.</summary>
    public ArtifactSignature? Signature { get; }

    /// <summary>Why the file cannot be compared (unreadable, binary, too large, malformed, no signature).</summary>
    public string? Error { get; }

    /// <summary>The parsed artifact for <paramref name="file"/>, from the cache when its text was parsed before.</summary>
    public static ArtifactDocument For(AdditionalText file, CancellationToken cancellationToken)
    {
        SourceText? text = file.GetText(cancellationToken);
        if (text is null)
        {
            return new ArtifactDocument(null, "the file could not be read (it does not exist or is not accessible)");
        }
        return Cache.GetValue(text, static t => Parse(t));
    }

    /// <summary>The cached parse of <paramref name="text"/>, if any (for tests of the caching).</summary>
    internal static ArtifactDocument? Peek(SourceText text) => Cache.TryGetValue(text, out ArtifactDocument? document) ? document : null;

    private static ArtifactDocument Parse(SourceText text)
    {
        if (text.Length > MaxLength)
        {
            return new ArtifactDocument(null, $"the file has {text.Length} characters, more than the {MaxLength} an MLmodel file can reasonably hold; name the MLmodel file itself");
        }
        string content = text.ToString();
        if (content.IndexOf('\0') >= 0)
        {
            return new ArtifactDocument(null, "the file is binary, not an MLmodel (YAML) or signature JSON text; for an ONNX model, name its .onnx path and add it as a SignaturesOnnxModel item; for another binary model, name its MLmodel file");
        }
        if (content.Trim().Length == 0)
        {
            return new ArtifactDocument(null, "the file is empty");
        }
        if (!SignatureBlockReader.TryRead(content, out SignatureTexts texts, out string error))
        {
            return new ArtifactDocument(null, error);
        }
        if (!ArtifactSignatureParser.TryParse(texts, out ArtifactSignature signature, out error))
        {
            return new ArtifactDocument(null, error);
        }
        return new ArtifactDocument(signature, null);
    }
}
