using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>Finds the additional file a <c>[ModelArtifact("...")]</c> path names.</summary>
internal static class ArtifactFiles
{
    /// <summary>The file named <c>MLmodel</c> inside a model directory.</summary>
    public const string MLmodelFileName = "MLmodel";

    /// <summary>
    /// The additional file whose path is <paramref name="path"/> or ends with it at a folder boundary
    /// (<c>models/iris/MLmodel</c> matches <c>/src/app/models/iris/MLmodel</c>), or the <c>MLmodel</c> inside it when
    /// <paramref name="path"/> is a model directory. Separators and case of <c>\</c>/<c>/</c> do not matter; the
    /// shortest matching path wins so the choice is stable.
    /// </summary>
    public static AdditionalText? Find(ImmutableArray<AdditionalText> files, string path)
    {
        string wanted = Normalize(path);
        if (wanted.Length == 0) return null;
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
