using System.Text.RegularExpressions;

namespace Signatures.MLmodel;

/// <summary>The Python type PyYAML's <c>safe_load</c> gives a scalar.</summary>
internal enum PyYamlScalarKind
{
    /// <summary><c>None</c></summary>
    Null,
    /// <summary><c>bool</c></summary>
    Bool,
    /// <summary><c>int</c></summary>
    Int,
    /// <summary><c>float</c></summary>
    Float,
    /// <summary><c>datetime.date</c> / <c>datetime.datetime</c></summary>
    Timestamp,
    /// <summary><c>bytes</c> (<c>!!binary</c>)</summary>
    Binary,
    /// <summary><c>str</c></summary>
    String,
}

/// <summary>
/// PyYAML's YAML 1.1 implicit resolvers (<c>yaml.resolver.Resolver</c>) as <c>safe_load</c> applies them, and
/// Python's truthiness of the result, which is what MLflow's <c>ModelSignature.from_dict</c> tests.
/// </summary>
internal static partial class PyYamlScalar
{
    private const string Prefix = "tag:yaml.org,2002:";

    /// <summary>The kind <c>safe_load</c> gives <paramref name="node"/>.</summary>
    /// <exception cref="SignatureException">The node has a tag <c>safe_load</c> has no constructor for.</exception>
    public static PyYamlScalarKind Resolve(YamlScalarNode node)
    {
        if (node.Tag is { } tag && tag != "!")
        {
            return tag switch
            {
                Prefix + "str" => PyYamlScalarKind.String,
                Prefix + "null" => PyYamlScalarKind.Null,
                Prefix + "bool" => PyYamlScalarKind.Bool,
                Prefix + "int" => PyYamlScalarKind.Int,
                Prefix + "float" => PyYamlScalarKind.Float,
                Prefix + "timestamp" => PyYamlScalarKind.Timestamp,
                Prefix + "binary" => PyYamlScalarKind.Binary,
                _ => throw new SignatureException($"could not determine a constructor for the tag '{tag}' (PyYAML safe_load refuses it)"),
            };
        }
        if (!node.IsPlain || node.Tag == "!") return PyYamlScalarKind.String;
        string v = node.Value;
        if (v.Length == 0 || NullPattern().IsMatch(v)) return PyYamlScalarKind.Null;
        if (BoolPattern().IsMatch(v)) return PyYamlScalarKind.Bool;
        if (IntPattern().IsMatch(v)) return PyYamlScalarKind.Int;
        if (FloatPattern().IsMatch(v)) return PyYamlScalarKind.Float;
        if (TimestampPattern().IsMatch(v)) return PyYamlScalarKind.Timestamp;
        return PyYamlScalarKind.String;
    }

    /// <summary>Python's <c>bool()</c> of the loaded value of a non-string scalar of <paramref name="kind"/>.</summary>
    public static bool IsTruthy(PyYamlScalarKind kind, string value)
    {
        switch (kind)
        {
            case PyYamlScalarKind.Null:
                return false;
            case PyYamlScalarKind.Bool:
                return value.ToLowerInvariant() is "yes" or "true" or "on";
            case PyYamlScalarKind.Int:
            {
                string digits = value.TrimStart('+', '-').Replace("_", string.Empty, StringComparison.Ordinal);
                if (digits.StartsWith("0x", StringComparison.Ordinal) || digits.StartsWith("0b", StringComparison.Ordinal)) digits = digits.Substring(2);
                return digits.Any(c => c != '0' && c != ':');
            }
            case PyYamlScalarKind.Float:
            {
                if (value.Contains("nan", StringComparison.OrdinalIgnoreCase) || value.Contains("inf", StringComparison.OrdinalIgnoreCase)) return true;
                int exponent = value.IndexOfAny(['e', 'E']);
                string mantissa = exponent >= 0 ? value.Substring(0, exponent) : value;
                return mantissa.Any(c => c is >= '1' and <= '9');
            }
            case PyYamlScalarKind.Binary:
                return value.Any(c => !char.IsWhiteSpace(c));
            default:
                return true;
        }
    }

    [GeneratedRegex(@"^(?:~|null|Null|NULL)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex(@"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex(@"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$")]
    private static partial Regex TimestampPattern();
}
