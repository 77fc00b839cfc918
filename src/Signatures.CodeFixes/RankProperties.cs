using System.Globalization;
using Microsoft.CodeAnalysis;
using Signatures.Shared;

namespace Signatures.CodeFixes;

/// <summary>Reads the array and shape ranks the tensor-rank analyzer put into a diagnostic.</summary>
internal static class RankProperties
{
    public static bool TryRead(Diagnostic diagnostic, out int arrayRank, out int shapeRank)
    {
        arrayRank = shapeRank = 0;
        return diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.ArrayRank, out string? array)
            && diagnostic.Properties.TryGetValue(DiagnosticPropertyKeys.ShapeRank, out string? shape)
            && int.TryParse(array, NumberStyles.Integer, CultureInfo.InvariantCulture, out arrayRank)
            && int.TryParse(shape, NumberStyles.Integer, CultureInfo.InvariantCulture, out shapeRank)
            && arrayRank >= 0 && shapeRank >= 0 && arrayRank != shapeRank;
    }
}
