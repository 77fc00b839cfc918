using System.Globalization;
using Signatures.Examples;
using Signatures.Formats;

namespace Signatures.MLmodel;

/// <summary>A node of the document PyYAML's serializer emits: its tag, whether the tag can be left out
/// (<c>implicit</c>), and for scalars the text and the requested style.</summary>
internal abstract class DumpNode
{
    public required string Tag { get; init; }
}

internal sealed class DumpScalar : DumpNode
{
    public required string Value { get; init; }

    /// <summary>Tag omissible when written plain / when written quoted (PyYAML's <c>implicit</c> pair).</summary>
    public (bool Plain, bool Quoted) Implicit { get; init; }

    /// <summary>The style the representer asks for: <c>'\0'</c> none, <c>'|'</c> literal (binary).</summary>
    public char Style { get; init; }
}

internal sealed class DumpSequence : DumpNode
{
    public List<DumpNode> Items { get; } = new();
    public bool Implicit { get; init; }
}

internal sealed class DumpMapping : DumpNode
{
    public List<KeyValuePair<DumpNode, DumpNode>> Entries { get; } = new();
    public bool Implicit { get; init; }
}

/// <summary>
/// PyYAML's <c>SafeRepresenter</c> with <c>sort_keys=True</c>, plus the serializer's <c>implicit</c> flags: Python
/// objects become nodes; an object met twice (other than <c>None</c>, strings, bytes, booleans and numbers) becomes
/// one shared node, which the emitter anchors.
/// </summary>
internal sealed class PyYamlRepresenter
{
    private const string Prefix = "tag:yaml.org,2002:";
    private readonly Dictionary<PyObject, DumpNode> represented = new(ReferenceEqualityComparer.Instance);

    public static DumpNode Represent(PyObject value) => new PyYamlRepresenter().Node(value);

    private DumpNode Node(PyObject value)
    {
        bool aliasable = value is not (PyNone or PyStr or PyBytes or PyBool or PyInt or PyFloat);
        if (aliasable && represented.TryGetValue(value, out DumpNode? existing)) return existing;
        switch (value)
        {
            case PyNone: return Scalar("null", "null");
            case PyBool b: return Scalar("bool", b.Value ? "true" : "false");
            case PyInt i: return Scalar("int", i.Value.ToString(CultureInfo.InvariantCulture));
            case PyFloat f: return Scalar("float", FloatText(f.Value));
            case PyStr s: return Scalar("str", s.Value);
            case PyBytes bytes: return Scalar("binary", PythonValues.EncodeBytes(bytes.Value), '|');
            case PyDate date: return Remember(value, Scalar("timestamp", date.IsoFormat()));
            case PyDateTime dateTime: return Remember(value, Scalar("timestamp", dateTime.IsoFormat(' ')));
            case PyList list:
            {
                var node = new DumpSequence { Tag = Prefix + "seq", Implicit = true };
                represented[value] = node;
                foreach (PyObject item in list.Items) node.Items.Add(Node(item));
                return node;
            }
            case PyMap map:
            {
                var node = new DumpMapping { Tag = Prefix + "map", Implicit = true };
                represented[value] = node;
                foreach (KeyValuePair<PyObject, PyObject> entry in PyKeys.TrySort(map.Entries) ?? map.Entries.ToList())
                {
                    node.Entries.Add(new(Node(entry.Key), Node(entry.Value)));
                }
                return node;
            }
            case PySet set:
            {
                var node = new DumpMapping { Tag = Prefix + "set", Implicit = false };
                represented[value] = node;
                var members = set.Members.Select(m => new KeyValuePair<PyObject, PyObject>(m, PyNone.Instance)).ToList();
                foreach (KeyValuePair<PyObject, PyObject> entry in PyKeys.TrySort(members) ?? members)
                {
                    node.Entries.Add(new(Node(entry.Key), Node(entry.Value)));
                }
                return node;
            }
            default:
                throw new SignatureException($"yaml.safe_dump cannot represent a {value.TypeName}.");
        }
    }

    private DumpNode Remember(PyObject value, DumpNode node)
    {
        represented[value] = node;
        return node;
    }

    private static DumpScalar Scalar(string tag, string text, char style = '\0')
    {
        string fullTag = Prefix + tag;
        return new DumpScalar
        {
            Tag = fullTag,
            Value = text,
            Style = style,
            Implicit = (fullTag == ResolvePlain(text), fullTag == Prefix + "str"),
        };
    }

    /// <summary>The tag PyYAML's resolver gives <paramref name="text"/> written plain.</summary>
    public static string ResolvePlain(string text)
    {
        if (text == "<<") return Prefix + "merge";
        if (text == "=") return Prefix + "value";
        PyYamlScalarKind kind = PyYamlScalar.Resolve(new YamlScalarNode(text, isPlain: true));
        return Prefix + kind switch
        {
            PyYamlScalarKind.Null => "null",
            PyYamlScalarKind.Bool => "bool",
            PyYamlScalarKind.Int => "int",
            PyYamlScalarKind.Float => "float",
            PyYamlScalarKind.Timestamp => "timestamp",
            _ => "str",
        };
    }

    // SafeRepresenter.represent_float: repr, '.0' before a bare exponent, .inf/.nan.
    private static string FloatText(double value)
    {
        if (double.IsNaN(value)) return ".nan";
        if (double.IsPositiveInfinity(value)) return ".inf";
        if (double.IsNegativeInfinity(value)) return "-.inf";
        string repr = PythonJsonText.FormatDouble(value).ToLowerInvariant();
        if (!repr.Contains('.', StringComparison.Ordinal) && repr.Contains('e', StringComparison.Ordinal))
        {
            int e = repr.IndexOf('e', StringComparison.Ordinal);
            repr = repr.Substring(0, e) + ".0" + repr.Substring(e);
        }
        return repr;
    }
}
