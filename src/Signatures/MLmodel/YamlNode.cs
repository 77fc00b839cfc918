namespace Signatures.MLmodel;

/// <summary>A node of a parsed YAML document (aliases resolved to the anchored node, which is shared, not copied).</summary>
internal abstract class YamlNode
{
    /// <summary>The node's explicit tag (<c>tag:yaml.org,2002:str</c>, <c>!</c>, ...), or <see langword="null"/> when it has none.</summary>
    public string? Tag { get; init; }
}

/// <summary>A scalar: its text, and whether it was written plain (only plain scalars are resolved to
/// null, booleans and numbers).</summary>
internal sealed class YamlScalarNode(string value, bool isPlain) : YamlNode
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;
}

/// <summary>A sequence.</summary>
internal sealed class YamlSequenceNode(IReadOnlyList<YamlNode> items) : YamlNode
{
    public IReadOnlyList<YamlNode> Items { get; } = items;
}

/// <summary>A mapping, its entries in document order (a repeated key is kept twice; readers take the last, as PyYAML does).</summary>
internal sealed class YamlMappingNode(IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> entries) : YamlNode
{
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = entries;
}
