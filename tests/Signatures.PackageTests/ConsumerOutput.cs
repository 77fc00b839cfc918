namespace Signatures.PackageTests;

/// <summary>
/// The sections a consumer program prints, each after a line <c>--- name</c>: <c>signature_json</c>,
/// <c>signature_yaml</c>, <c>request</c> (the generated ReadRequest's normalized document) and <c>typed</c>.
/// </summary>
public static class ConsumerOutput
{
    /// <summary>Each section's text (its lines, each ending in a newline), by name.</summary>
    public static IReadOnlyDictionary<string, string> Sections(string standardOutput)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var text = new System.Text.StringBuilder();
        foreach (string line in standardOutput.Split('\n')[..^1])
        {
            if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                if (current is not null) sections[current] = text.ToString();
                current = line[4..];
                text.Clear();
            }
            else
            {
                text.Append(line).Append('\n');
            }
        }
        if (current is not null) sections[current] = text.ToString();
        return sections;
    }
}
