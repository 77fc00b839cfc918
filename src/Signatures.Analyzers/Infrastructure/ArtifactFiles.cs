using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>Finds the additional file a <c>[ModelArtifact("...")]</c> path names.</summary>
internal static class ArtifactFiles
{
    /// <summary>The file named <c>MLmodel</c> inside a model directory.</summary>
    public const string MLmodelFileName = "MLmodel";

    /// <summary>An ONNX model's file extension.</summary>
    public const string OnnxExtension = ".onnx";

    /// <summary>What the ONNX build step appends to a model's path for its signature file (to_dict() JSON).</summary>
    public const string OnnxSignatureSuffix = ".signature.json";

    /// <summary>
    /// The additional file whose path is <paramref name="path"/> or ends with it at a folder boundary
    /// (<c>models/iris/MLmodel</c> matches <c>/src/app/models/iris/MLmodel</c>), or the <c>MLmodel</c> inside it when
    /// <paramref name="path"/> is a model directory. Separators and case of <c>\</c>/<c>/</c> do not matter; the
    /// shortest matching path wins so the choice is stable. An <c>.onnx</c> path names the signature file the build
    /// step writes for the model (<c>obj/.../signatures/onnx/models/x.onnx.signature.json</c>), never the binary.
    /// </summary>
    public static AdditionalText? Find(ImmutableArray<AdditionalText> files, string path)
    {
        string wanted = Normalize(path);
        if (wanted.Length == 0) return null;
        if (wanted.EndsWith(OnnxExtension, StringComparison.OrdinalIgnoreCase))
        {
            // Roslyn cannot read the binary model: the build step of Signatures.Onnx.targets writes its signature
            // beside the mirrored path in obj/, and only that text is compared.
            wanted += OnnxSignatureSuffix;
        }
        AdditionalText? best = null;
        int bestLength = int.MaxValue;
        foreach (AdditionalText file in files)
        {
            string candidate = Normalize(file.Path);
            if ((Matches(candidate, wanted) || Matches(candidate, wanted + "/" + MLmodelFileName)) && candidate.Length < bestLength)
            {
                best = file;
                bestLength = candidate.Length;
            }
        }
        return best;
    }

    private static bool Matches(string candidate, string wanted) =>
        string.Equals(candidate, wanted, StringComparison.Ordinal)
        || (candidate.EndsWith(wanted, StringComparison.Ordinal) && candidate[candidate.Length - wanted.Length - 1] == '/');

    private static string Normalize(string path)
    {
        string normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
        return normalized.TrimEnd('/');
    }
}
