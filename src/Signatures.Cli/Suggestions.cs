namespace Signatures.Cli;

/// <summary>The closest known word to a mistyped one, for "did you mean" hints.</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="typed"/> (at most two edits away, a swap of neighbours counting
    /// as one, or a candidate it starts), or <see langword="null"/> when none is close.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = Distance(typed, candidate);
            bool prefix = typed.TrimStart('-').Length >= 2 && candidate.StartsWith(typed, StringComparison.Ordinal) && candidate != typed;
            if (prefix) distance = Math.Min(distance, 1);
            if (distance <= MaxEdits(typed) && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int MaxEdits(string typed) => typed.TrimStart('-').Length <= 3 ? 1 : 2;

    /// <summary>Edits (insert, delete, replace, swap of neighbours) between two words, ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
