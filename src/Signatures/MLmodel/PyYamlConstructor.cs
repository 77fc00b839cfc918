using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Signatures.MLmodel;

/// <summary>
/// PyYAML's <c>SafeConstructor</c>: turns loaded <see cref="YamlNode"/>s into the Python objects <c>safe_load</c>
/// returns (YAML 1.1 ints, floats, booleans and timestamps; <c>!!binary</c>, <c>!!set</c>; merge keys; the last of a
/// repeated key wins in the first one's place). A node shared through an alias becomes one shared object. What
/// <c>safe_load</c> refuses, or what <c>safe_dump</c> could not write back (<c>!!omap</c>, <c>!!pairs</c>), is a
/// <see cref="SignatureException"/> naming the problem.
/// </summary>
internal sealed partial class PyYamlConstructor
{
    private const string Prefix = "tag:yaml.org,2002:";
    private readonly Dictionary<YamlNode, PyObject> constructed = new(ReferenceEqualityComparer.Instance);
    private readonly string what;

    private PyYamlConstructor(string what) => this.what = what;

    /// <summary>The Python object <c>yaml.safe_load</c> makes of <paramref name="root"/>.</summary>
    public static PyObject Construct(YamlNode root, string what) => new PyYamlConstructor(what).Build(root);

    private PyObject Build(YamlNode node)
    {
        if (constructed.TryGetValue(node, out PyObject? done)) return done;
        PyObject value = node switch
        {
            YamlScalarNode scalar => Scalar(scalar),
            YamlSequenceNode sequence => Sequence(sequence),
            YamlMappingNode mapping => Mapping(mapping),
            _ => throw new InvalidOperationException("unknown node"),
        };
        constructed[node] = value;
        return value;
    }

    private PyObject Sequence(YamlSequenceNode node)
    {
        if (node.Tag is { } tag && tag != "!" && tag != Prefix + "seq")
        {
            throw Refused(tag is Prefix + "omap" or Prefix + "pairs"
                ? $"a sequence tagged '{tag}' loads as a list of tuples, which yaml.safe_dump cannot write back"
                : $"could not determine a constructor for the tag '{tag}'");
        }
        var list = new PyList(new List<PyObject>(node.Items.Count));
        constructed[node] = list;
        foreach (YamlNode item in node.Items) list.Items.Add(Build(item));
        return list;
    }

    private PyObject Mapping(YamlMappingNode node)
    {
        bool isSet = node.Tag == Prefix + "set";
        if (node.Tag is { } tag && tag != "!" && tag != Prefix + "map" && !isSet)
        {
            throw Refused($"could not determine a constructor for the tag '{tag}'");
        }
        List<KeyValuePair<YamlNode, YamlNode>> entries = Flatten(node, 0);
        if (isSet)
        {
            var set = new PySet(new List<PyObject>());
            constructed[node] = set;
            foreach (KeyValuePair<YamlNode, YamlNode> entry in entries)
            {
                PyObject member = Key(entry.Key);
                if (!set.Members.Any(m => PyKeys.AreEqual(m, member))) set.Members.Add(member);
            }
            return set;
        }
        var map = new PyMap();
        constructed[node] = map;
        foreach (KeyValuePair<YamlNode, YamlNode> entry in entries)
        {
            map.Set(Key(entry.Key), Build(entry.Value));
        }
        return map;
    }

    private PyObject Key(YamlNode node)
    {
        PyObject key = node is YamlScalarNode { IsPlain: true, Tag: null, Value: "=" } ? new PyStr("=") : Build(node);
        if (key is PyList or PyMap or PySet) throw Refused($"found unhashable key (a {key.TypeName}) in a mapping");
        return key;
    }

    // SafeConstructor.flatten_mapping: '<<' entries merge their mappings in front of the node's own entries.
    private List<KeyValuePair<YamlNode, YamlNode>> Flatten(YamlMappingNode node, int depth)
    {
        if (depth > 64) throw Refused("merge keys nest too deeply");
        var merged = new List<KeyValuePair<YamlNode, YamlNode>>();
        var own = new List<KeyValuePair<YamlNode, YamlNode>>();
        foreach (KeyValuePair<YamlNode, YamlNode> entry in node.Entries)
        {
            if (!IsMergeKey(entry.Key))
            {
                own.Add(entry);
                continue;
            }
            switch (entry.Value)
            {
                case YamlMappingNode source:
                    merged.AddRange(Flatten(source, depth + 1));
                    break;
                case YamlSequenceNode sources:
                    var parts = new List<List<KeyValuePair<YamlNode, YamlNode>>>();
                    foreach (YamlNode source in sources.Items)
                    {
                        if (source is not YamlMappingNode sourceMapping)
                        {
                            throw Refused("while constructing a mapping, expected a mapping for merging");
                        }
                        parts.Add(Flatten(sourceMapping, depth + 1));
                    }
                    parts.Reverse();
                    foreach (var part in parts) merged.AddRange(part);
                    break;
                default:
                    throw Refused("while constructing a mapping, expected a mapping or list of mappings for merging");
            }
        }
        merged.AddRange(own);
        return merged;
    }

    private static bool IsMergeKey(YamlNode node) =>
        node is YamlScalarNode scalar && (scalar.Tag == Prefix + "merge" || (scalar.Tag is null && scalar.IsPlain && scalar.Value == "<<"));

    private PyObject Scalar(YamlScalarNode node)
    {
        if (node.Tag is null && node.IsPlain && node.Value == "=")
        {
            throw Refused("could not determine a constructor for the tag 'tag:yaml.org,2002:value' (a plain '=')");
        }
        PyYamlScalarKind kind;
        try
        {
            kind = PyYamlScalar.Resolve(node);
        }
        catch (SignatureException e)
        {
            throw Refused(e.Message);
        }
        string v = node.Value;
        try
        {
            return kind switch
            {
                PyYamlScalarKind.Null => PyNone.Instance,
                PyYamlScalarKind.Bool => Bool(v),
                PyYamlScalarKind.Int => new PyInt(Int(v)),
                PyYamlScalarKind.Float => new PyFloat(Float(v)),
                PyYamlScalarKind.Timestamp => Timestamp(v),
                PyYamlScalarKind.Binary => Binary(v),
                _ => new PyStr(v),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or KeyNotFoundException)
        {
            throw Refused($"the {kind.ToString().ToLowerInvariant()} value '{v}' cannot be read ({e.Message})");
        }
    }

    private static PyBool Bool(string v) => v.ToLowerInvariant() switch
    {
        "yes" or "true" or "on" => new PyBool(true),
        "no" or "false" or "off" => new PyBool(false),
        _ => throw new KeyNotFoundException("not a YAML 1.1 boolean"),
    };

    // construct_yaml_int
    private static BigInteger Int(string text)
    {
        string v = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (v.Length == 0) throw new FormatException("empty");
        int sign = v[0] == '-' ? -1 : 1;
        if (v[0] is '+' or '-') v = v.Substring(1);
        if (v == "0") return BigInteger.Zero;
        if (v.StartsWith("0b", StringComparison.Ordinal)) return sign * ParseBase(v.Substring(2), 2);
        if (v.StartsWith("0x", StringComparison.Ordinal)) return sign * ParseBase(v.Substring(2), 16);
        if (v.Length > 0 && v[0] == '0') return sign * ParseBase(v, 8);
        if (v.Contains(':', StringComparison.Ordinal))
        {
            BigInteger total = BigInteger.Zero;
            foreach (string part in v.Split(':')) total = total * 60 + ParseBase(part, 10);
            return sign * total;
        }
        return sign * ParseBase(v, 10);
    }

    private static BigInteger ParseBase(string digits, int radix)
    {
        if (digits.Length == 0) throw new FormatException("no digits");
        BigInteger value = BigInteger.Zero;
        foreach (char c in digits)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : 99;
            if (d >= radix) throw new FormatException($"'{c}' is not a base-{radix} digit");
            value = value * radix + d;
        }
        return value;
    }

    // construct_yaml_float
    private static double Float(string text)
    {
        string v = text.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (v.Length == 0) throw new FormatException("empty");
        int sign = v[0] == '-' ? -1 : 1;
        if (v[0] is '+' or '-') v = v.Substring(1);
        if (v == ".inf") return sign * double.PositiveInfinity;
        if (v == ".nan") return double.NaN;
        if (v.Contains(':', StringComparison.Ordinal))
        {
            double total = 0;
            foreach (string part in v.Split(':')) total = total * 60 + ParseFloat(part);
            return sign * total;
        }
        return sign * ParseFloat(v);
    }

    private static double ParseFloat(string v) => v.Trim() switch
    {
        "inf" or "infinity" => double.PositiveInfinity,
        "nan" => double.NaN,
        string t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    // construct_yaml_timestamp: a date, or a datetime with microseconds (more digits are cut) and an aware offset.
    private static PyObject Timestamp(string v)
    {
        Match m = TimestampParts().Match(v);
        if (!m.Success) throw new FormatException("not a YAML timestamp");
        int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["hour"].Success) return new PyDate(new DateOnly(year, month, day));
        int hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
        int minute = int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture);
        int second = int.Parse(m.Groups["second"].Value, CultureInfo.InvariantCulture);
        string fraction = m.Groups["fraction"].Value;
        fraction = fraction.Length > 6 ? fraction.Substring(0, 6) : fraction.PadRight(6, '0');
        var value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified)
            .AddTicks(int.Parse(fraction, CultureInfo.InvariantCulture) * 10L);
        TimeSpan? offset = null;
        if (m.Groups["tzsign"].Success)
        {
            int tzHour = int.Parse(m.Groups["tzhour"].Value, CultureInfo.InvariantCulture);
            int tzMinute = m.Groups["tzminute"].Success ? int.Parse(m.Groups["tzminute"].Value, CultureInfo.InvariantCulture) : 0;
            offset = new TimeSpan(tzHour, tzMinute, 0);
            if (m.Groups["tzsign"].Value == "-") offset = -offset;
        }
        else if (m.Groups["tz"].Success)
        {
            offset = TimeSpan.Zero;
        }
        return new PyDateTime(value, offset);
    }

    // base64.decodebytes; binascii's non-strict decoder skips characters outside the alphabet.
    private static PyBytes Binary(string v)
    {
        if (v.Any(c => c > 0x7f)) throw new FormatException("non-ASCII characters in !!binary");
        string alphabet = new(v.Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=').ToArray());
        return new PyBytes(Convert.FromBase64String(alphabet));
    }

    private SignatureException Refused(string problem) => new($"{what} cannot be loaded as MLflow loads it (yaml.safe_load): {problem}.");

    [GeneratedRegex(@"^(?<year>[0-9][0-9][0-9][0-9])-(?<month>[0-9][0-9]?)-(?<day>[0-9][0-9]?)(?:(?:[Tt]|[ \t]+)(?<hour>[0-9][0-9]?):(?<minute>[0-9][0-9]):(?<second>[0-9][0-9])(?:\.(?<fraction>[0-9]*))?(?:[ \t]*(?<tz>Z|(?<tzsign>[-+])(?<tzhour>[0-9][0-9]?)(?::(?<tzminute>[0-9][0-9]))?))?)?$")]
    private static partial Regex TimestampParts();
}
