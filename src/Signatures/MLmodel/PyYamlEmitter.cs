using System.Globalization;
using System.Text;
using Signatures.Formats;

namespace Signatures.MLmodel;

/// <summary>
/// PyYAML's serializer and <c>Emitter</c> as <c>yaml.safe_dump(data, default_flow_style=False)</c> runs them: block
/// style, 2-space indentation, sequences in mappings not indented, empty collections as <c>[]</c>/<c>{}</c>, scalar
/// styles chosen by PyYAML's <c>analyze_scalar</c> (plain, single-quoted, double-quoted with escapes since
/// <c>allow_unicode</c> is off; literal for <c>!!binary</c>), lines folded at 80 columns, keys of 128+ characters
/// (tag included) or multi-line written as explicit <c>? key</c>, anchors <c>&amp;id001</c> for shared nodes.
/// Ported state for state so the bytes agree.
/// </summary>
internal sealed class PyYamlEmitter
{
    private const int BestIndent = 2;
    private const int BestWidth = PyYamlText.BestWidth;
    private const string Prefix = "tag:yaml.org,2002:";

    private readonly StringBuilder output = new();
    private readonly Stack<int?> indents = new();
    private readonly Dictionary<DumpNode, string?> anchors = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<DumpNode> serialized = new(ReferenceEqualityComparer.Instance);
    private int lastAnchorId;
    private int? indent;
    private int flowLevel;
    private int column;
    private bool whitespace = true;
    private bool indention = true;
    private bool rootContext, sequenceContext, mappingContext, simpleKeyContext;

    /// <summary>The text <c>safe_dump</c> writes for <paramref name="root"/>.</summary>
    public static string Emit(DumpNode root)
    {
        var emitter = new PyYamlEmitter();
        emitter.AnchorNode(root);
        emitter.Node(root, root: true, sequence: false, mapping: false, simpleKey: false);
        emitter.WriteIndent(); // document end
        return emitter.output.ToString();
    }

    // Serializer.anchor_node: a node met a second time gets the next id, in depth-first order.
    private void AnchorNode(DumpNode node)
    {
        if (anchors.TryGetValue(node, out string? anchor))
        {
            if (anchor is null) anchors[node] = "id" + (++lastAnchorId).ToString("000", CultureInfo.InvariantCulture);
            return;
        }
        anchors[node] = null;
        if (node is DumpSequence sequence)
        {
            foreach (DumpNode item in sequence.Items) AnchorNode(item);
        }
        else if (node is DumpMapping mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                AnchorNode(entry.Key);
                AnchorNode(entry.Value);
            }
        }
    }

    private void Node(DumpNode node, bool root, bool sequence, bool mapping, bool simpleKey)
    {
        rootContext = root;
        sequenceContext = sequence;
        mappingContext = mapping;
        simpleKeyContext = simpleKey;
        string? anchor = anchors[node];
        if (!serialized.Add(node))
        {
            WriteIndicator("*" + anchor, true);
            return;
        }
        if (anchor is not null) WriteIndicator("&" + anchor, true);
        switch (node)
        {
            case DumpScalar scalar:
                Scalar(scalar);
                break;
            case DumpSequence seq:
                WriteCollectionTag(seq.Tag, seq.Implicit);
                if (flowLevel > 0 || seq.Items.Count == 0) FlowSequence(seq);
                else BlockSequence(seq);
                break;
            case DumpMapping map:
                WriteCollectionTag(map.Tag, map.Implicit);
                if (flowLevel > 0 || map.Entries.Count == 0) FlowMapping(map);
                else BlockMapping(map);
                break;
        }
    }

    private void WriteCollectionTag(string tag, bool isImplicit)
    {
        if (!isImplicit) WriteIndicator(PrepareTag(tag), true);
    }

    private void IncreaseIndent(bool flow, bool indentless = false)
    {
        indents.Push(indent);
        if (indent is null) indent = flow ? BestIndent : 0;
        else if (!indentless) indent += BestIndent;
    }

    private void BlockSequence(DumpSequence node)
    {
        bool indentless = mappingContext && !indention;
        IncreaseIndent(flow: false, indentless);
        foreach (DumpNode item in node.Items)
        {
            WriteIndent();
            WriteIndicator("-", true, indentionFlag: true);
            Node(item, root: false, sequence: true, mapping: false, simpleKey: false);
        }
        indent = indents.Pop();
    }

    private void BlockMapping(DumpMapping node)
    {
        IncreaseIndent(flow: false);
        foreach (var entry in node.Entries)
        {
            WriteIndent();
            if (IsSimpleKey(entry.Key))
            {
                Node(entry.Key, root: false, sequence: false, mapping: true, simpleKey: true);
                WriteIndicator(":", false);
            }
            else
            {
                WriteIndicator("?", true, indentionFlag: true);
                Node(entry.Key, root: false, sequence: false, mapping: true, simpleKey: false);
                WriteIndent();
                WriteIndicator(":", true, indentionFlag: true);
            }
            Node(entry.Value, root: false, sequence: false, mapping: true, simpleKey: false);
        }
        indent = indents.Pop();
    }

    // Only empty collections reach the flow writers (default_flow_style=False).
    private void FlowSequence(DumpSequence node)
    {
        WriteIndicator("[", true, whitespaceFlag: true);
        flowLevel++;
        IncreaseIndent(flow: true);
        indent = indents.Pop();
        flowLevel--;
        WriteIndicator("]", false);
        if (node.Items.Count != 0) throw new InvalidOperationException("non-empty flow sequence");
    }

    private void FlowMapping(DumpMapping node)
    {
        WriteIndicator("{", true, whitespaceFlag: true);
        flowLevel++;
        IncreaseIndent(flow: true);
        indent = indents.Pop();
        flowLevel--;
        WriteIndicator("}", false);
        if (node.Entries.Count != 0) throw new InvalidOperationException("non-empty flow mapping");
    }

    // Emitter.check_simple_key: anchor, tag and text under 128 characters, one line (or an alias / empty collection).
    private bool IsSimpleKey(DumpNode key)
    {
        int length = 0;
        bool alias = serialized.Contains(key);
        if (anchors[key] is { } anchor) length += anchor.Length;
        if (alias) return length < 128;
        length += PrepareTag(key.Tag).Length;
        return key switch
        {
            DumpScalar scalar => Analyze(scalar.Value) is var a && length + scalar.Value.Length < 128 && !a.Empty && !a.Multiline,
            DumpSequence seq => length < 128 && seq.Items.Count == 0,
            DumpMapping map => length < 128 && map.Entries.Count == 0,
            _ => false,
        };
    }

    private void Scalar(DumpScalar node)
    {
        IncreaseIndent(flow: true);
        ScalarAnalysis analysis = Analyze(node.Value);
        char style = ChooseStyle(node, analysis);
        if (!((style == '\0' && node.Implicit.Plain) || (style != '\0' && node.Implicit.Quoted)))
        {
            WriteIndicator(node.Implicit.Plain && node.Tag is null ? "!" : PrepareTag(node.Tag), true);
        }
        bool split = !simpleKeyContext;
        switch (style)
        {
            case '"': WriteDoubleQuoted(node.Value, split); break;
            case '\'': WriteSingleQuoted(node.Value, split); break;
            case '|': WriteLiteral(node.Value); break;
            default: WritePlain(node.Value, split); break;
        }
        indent = indents.Pop();
    }

    private char ChooseStyle(DumpScalar node, ScalarAnalysis a)
    {
        if (node.Style == '\0' && node.Implicit.Plain
            && !(simpleKeyContext && (a.Empty || a.Multiline))
            && ((flowLevel > 0 && a.AllowFlowPlain) || (flowLevel == 0 && a.AllowBlockPlain)))
        {
            return '\0';
        }
        if (node.Style == '|' && flowLevel == 0 && !simpleKeyContext && a.AllowBlock) return '|';
        if (node.Style == '\0' && a.AllowSingleQuoted && !(simpleKeyContext && a.Multiline)) return '\'';
        return '"';
    }

    private static string PrepareTag(string tag) =>
        tag == "!" ? "!" : tag.StartsWith(Prefix, StringComparison.Ordinal) ? "!!" + tag.Substring(Prefix.Length) : "!<" + tag + ">";

    private void WriteIndicator(string indicator, bool needWhitespace, bool whitespaceFlag = false, bool indentionFlag = false)
    {
        string data = whitespace || !needWhitespace ? indicator : " " + indicator;
        whitespace = whitespaceFlag;
        indention = indention && indentionFlag;
        column += data.Length;
        output.Append(data);
    }

    private void WriteIndent()
    {
        int target = indent ?? 0;
        if (!indention || column > target || (column == target && !whitespace)) WriteLineBreak();
        if (column < target)
        {
            whitespace = true;
            output.Append(' ', target - column);
            column = target;
        }
    }

    private void WriteLineBreak(char br = '\n')
    {
        whitespace = true;
        indention = true;
        column = 0;
        output.Append(br);
    }

    private void WritePlain(string text, bool split)
    {
        if (text.Length == 0) return;
        if (!whitespace)
        {
            output.Append(' ');
            column++;
        }
        whitespace = false;
        indention = false;
        bool spaces = false;
        int start = 0;
        for (int end = 0; end <= text.Length; end++)
        {
            char? ch = end < text.Length ? text[end] : null;
            if (spaces)
            {
                if (ch != ' ')
                {
                    if (start + 1 == end && column > BestWidth && split)
                    {
                        WriteIndent();
                        whitespace = false;
                        indention = false;
                    }
                    else
                    {
                        output.Append(text, start, end - start);
                        column += end - start;
                    }
                    start = end;
                }
            }
            else if (ch is null || ch == ' ')
            {
                output.Append(text, start, end - start);
                column += end - start;
                start = end;
            }
            if (ch is not null) spaces = ch == ' ';
        }
    }

    private void WriteSingleQuoted(string text, bool split)
    {
        if (!whitespace)
        {
            output.Append(' ');
            column++;
        }
        int begin = output.Length;
        PyYamlText.AppendSingleQuoted(output, text, column, indent ?? 0, split);
        int lastBreak = -1;
        for (int i = output.Length - 1; i >= begin; i--)
        {
            if (output[i] == '\n')
            {
                lastBreak = i;
                break;
            }
        }
        column = lastBreak >= 0 ? output.Length - lastBreak - 1 : column + (output.Length - begin);
        whitespace = false;
        indention = false;
    }

    private static readonly Dictionary<int, char> Escapes = new()
    {
        [0x00] = '0', [0x07] = 'a', [0x08] = 'b', [0x09] = 't', [0x0A] = 'n', [0x0B] = 'v', [0x0C] = 'f', [0x0D] = 'r',
        [0x1B] = 'e', ['"'] = '"', ['\\'] = '\\', [0x85] = 'N', [0xA0] = '_', [0x2028] = 'L', [0x2029] = 'P',
    };

    private void WriteDoubleQuoted(string value, bool split)
    {
        int[] text = CodePoints(value);
        WriteIndicator("\"", true);
        int start = 0;
        for (int end = 0; end <= text.Length; end++)
        {
            int? ch = end < text.Length ? text[end] : null;
            if (ch is null || ch is '"' or '\\' or 0x85 or 0x2028 or 0x2029 or 0xFEFF || !(ch >= 0x20 && ch <= 0x7E))
            {
                if (start < end)
                {
                    AppendCodePoints(text, start, end);
                    start = end;
                }
                if (ch is int c)
                {
                    string escape = Escapes.TryGetValue(c, out char e) ? "\\" + e
                        : c <= 0xFF ? "\\x" + c.ToString("X2", CultureInfo.InvariantCulture)
                        : c <= 0xFFFF ? "\\u" + c.ToString("X4", CultureInfo.InvariantCulture)
                        : "\\U" + c.ToString("X8", CultureInfo.InvariantCulture);
                    output.Append(escape);
                    column += escape.Length;
                    start = end + 1;
                }
            }
            if (end > 0 && end < text.Length - 1 && (ch == ' ' || start >= end) && column + (end - start) > BestWidth && split)
            {
                if (start < end)
                {
                    AppendCodePoints(text, start, end);
                    start = end;
                }
                output.Append('\\');
                column++;
                WriteIndent();
                whitespace = false;
                indention = false;
                if (text[start] == ' ')
                {
                    output.Append('\\');
                    column++;
                }
            }
        }
        WriteIndicator("\"", false);
    }

    private void AppendCodePoints(int[] text, int start, int end)
    {
        for (int i = start; i < end; i++) output.Append(char.ConvertFromUtf32(text[i]));
        column += end - start;
    }

    private void WriteLiteral(string text)
    {
        string hints = BlockHints(text);
        WriteIndicator("|" + hints, true);
        WriteLineBreak();
        bool breaks = true;
        int start = 0;
        for (int end = 0; end <= text.Length; end++)
        {
            char? ch = end < text.Length ? text[end] : null;
            if (breaks)
            {
                if (ch is null || !IsBreak(ch.Value))
                {
                    for (int i = start; i < end; i++) WriteLineBreak(text[i]);
                    if (ch is not null) WriteIndent();
                    start = end;
                }
            }
            else if (ch is null || IsBreak(ch.Value))
            {
                output.Append(text, start, end - start);
                column += end - start;
                if (ch is null) WriteLineBreak();
                start = end;
            }
            if (ch is not null) breaks = IsBreak(ch.Value);
        }
    }

    private static string BlockHints(string text)
    {
        string hints = string.Empty;
        if (text.Length > 0)
        {
            if (text[0] == ' ' || IsBreak(text[0])) hints += BestIndent.ToString(CultureInfo.InvariantCulture);
            if (!IsBreak(text[^1])) hints += "-";
            else if (text.Length == 1 || IsBreak(text[^2])) hints += "+";
        }
        return hints;
    }

    private static bool IsBreak(char c) => c is '\n' or '\u0085' or '\u2028' or '\u2029';

    private static int[] CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (int i = 0; i < text.Length;)
        {
            points.Add(PyKeys.CodePointAt(text, i, out int width));
            i += width;
        }
        return points.ToArray();
    }

    private readonly record struct ScalarAnalysis(bool Empty, bool Multiline, bool AllowFlowPlain, bool AllowBlockPlain, bool AllowSingleQuoted, bool AllowBlock);

    // Emitter.analyze_scalar with allow_unicode=False.
    private static ScalarAnalysis Analyze(string value)
    {
        if (value.Length == 0) return new ScalarAnalysis(true, false, false, true, true, false);
        int[] s = CodePoints(value);
        bool blockIndicators = false, flowIndicators = false, lineBreaks = false, special = false;
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false, breakSpace = false, spaceBreak = false;
        if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal))
        {
            blockIndicators = flowIndicators = true;
        }
        bool precededByWhitespace = true;
        bool followedByWhitespace = s.Length == 1 || IsWhitespaceOrEnd(s[1]);
        bool previousSpace = false, previousBreak = false;
        for (int index = 0; index < s.Length;)
        {
            int ch = s[index];
            if (index == 0)
            {
                if ("#,[]{}&*!|>'\"%@`".Contains((char)ch, StringComparison.Ordinal) && ch < 0x80) flowIndicators = blockIndicators = true;
                if (ch is '?' or ':')
                {
                    flowIndicators = true;
                    if (followedByWhitespace) blockIndicators = true;
                }
                if (ch == '-' && followedByWhitespace) flowIndicators = blockIndicators = true;
            }
            else
            {
                if (ch is ',' or '?' or '[' or ']' or '{' or '}') flowIndicators = true;
                if (ch == ':')
                {
                    flowIndicators = true;
                    if (followedByWhitespace) blockIndicators = true;
                }
                if (ch == '#' && precededByWhitespace) flowIndicators = blockIndicators = true;
            }
            bool isBreak = ch is '\n' or 0x85 or 0x2028 or 0x2029;
            if (isBreak) lineBreaks = true;
            if (!(ch == '\n' || (ch >= 0x20 && ch <= 0x7E))) special = true; // printable non-ASCII is special too without allow_unicode
            if (ch == ' ')
            {
                if (index == 0) leadingSpace = true;
                if (index == s.Length - 1) trailingSpace = true;
                if (previousBreak) breakSpace = true;
                previousSpace = true;
                previousBreak = false;
            }
            else if (isBreak)
            {
                if (index == 0) leadingBreak = true;
                if (index == s.Length - 1) trailingBreak = true;
                if (previousSpace) spaceBreak = true;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = previousBreak = false;
            }
            index++;
            precededByWhitespace = IsWhitespaceOrEnd(ch);
            followedByWhitespace = index + 1 >= s.Length || IsWhitespaceOrEnd(s[index + 1]);
        }
        bool flowPlain = true, blockPlain = true, single = true, block = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) flowPlain = blockPlain = false;
        if (trailingSpace) block = false;
        if (breakSpace) flowPlain = blockPlain = single = false;
        if (spaceBreak || special) flowPlain = blockPlain = single = block = false;
        if (lineBreaks) flowPlain = blockPlain = false;
        if (flowIndicators) flowPlain = false;
        if (blockIndicators) blockPlain = false;
        return new ScalarAnalysis(false, lineBreaks, flowPlain, blockPlain, single, block);
    }

    private static bool IsWhitespaceOrEnd(int c) => c is 0 or ' ' or '\t' or '\r' or '\n' or 0x85 or 0x2028 or 0x2029;
}
