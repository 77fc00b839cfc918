using System.Runtime.CompilerServices;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Signatures.MLmodel;

/// <summary>
/// Loads a YAML stream holding at most one document into <see cref="YamlNode"/>s with YamlDotNet's parser,
/// keeping what PyYAML's <c>safe_load</c> needs to resolve scalars: style, tag, repeated keys.
/// Every problem becomes a <see cref="SignatureException"/>.
/// </summary>
internal static class YamlDocumentLoader
{
    private const int MaxDepth = 512;

    /// <summary>The document's root node, or <see langword="null"/> for an empty stream.</summary>
    public static YamlNode? Load(string yaml, string what)
    {
        var contentSpans = new List<(long Start, long End)>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            parser.Consume<StreamStart>();
            YamlNode? root = null;
            if (parser.TryConsume<DocumentStart>(out _))
            {
                root = ReadNode(parser, anchors, 0, what, contentSpans);
                parser.Consume<DocumentEnd>();
                if (parser.Accept<DocumentStart>(out _))
                {
                    throw new SignatureException($"{what} must hold a single YAML document, but found another document.");
                }
            }
            parser.Consume<StreamEnd>();
            PyYamlTabs.Check(yaml, contentSpans, what);
            return root;
        }
        catch (YamlException e) when (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) &&
            PyYamlTabs.FirstRefusedTab(yaml, contentSpans) is (int line, int column))
        {
            // YamlDotNet refuses tabs in indentation itself: say it as PyYAML does.
            throw PyYamlTabs.Refused(what, line, column);
        }
        catch (YamlException e)
        {
            throw new SignatureException($"{what} is not valid YAML: {OneLine(e.Message)} (line {e.Start.Line}, column {e.Start.Column})", e);
        }
        catch (Exception e) when (e is not SignatureException)
        {
            // The parser should only throw YamlException; anything else on odd input is still malformed YAML to us.
            throw new SignatureException($"{what} is not valid YAML: {OneLine(e.Message)}", e);
        }
    }

    // contentSpans collects where quoted and block scalars are (where PyYAML allows tabs), in text order.
    private static YamlNode ReadNode(IParser parser, Dictionary<string, YamlNode> anchors, int depth, string what, List<(long Start, long End)> contentSpans)
    {
        if (depth > MaxDepth)
        {
            throw new SignatureException($"{what} is nested more than {MaxDepth} levels deep.");
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new SignatureException($"{what} is nested deeper than the reading thread's stack holds ({depth} levels).");
        }
        if (parser.Current is AnchorAlias alias)
        {
            parser.MoveNext();
            return anchors.TryGetValue(alias.Value.Value, out YamlNode? target)
                ? target
                : throw new SignatureException($"{what} is not valid YAML: found undefined alias '{alias.Value.Value}' (line {alias.Start.Line}).");
        }
        NodeEvent start = parser.Consume<NodeEvent>();
        string? tag = start.Tag.IsEmpty ? null : start.Tag.Value;
        YamlNode node;
        switch (start)
        {
            case Scalar scalar:
                node = new YamlScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain) { Tag = tag };
                if (scalar.Style != ScalarStyle.Plain) contentSpans.Add((scalar.Start.Index, scalar.End.Index));
                break;
            case SequenceStart:
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, anchors, depth + 1, what, contentSpans));
                }
                node = new YamlSequenceNode(items) { Tag = tag };
                break;
            case MappingStart:
                var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    YamlNode key = ReadNode(parser, anchors, depth + 1, what, contentSpans);
                    YamlNode value = ReadNode(parser, anchors, depth + 1, what, contentSpans);
                    entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, value));
                }
                node = new YamlMappingNode(entries) { Tag = tag };
                break;
            default:
                throw new SignatureException($"{what} is not valid YAML: unexpected {start.GetType().Name} (line {start.Start.Line}).");
        }
        if (!start.Anchor.IsEmpty)
        {
            anchors[start.Anchor.Value] = node;
        }
        return node;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
