using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Signatures.Json;

/// <summary>The kinds of value Python's <c>json.loads</c> produces.</summary>
internal enum PythonJsonKind
{
    /// <summary><c>None</c></summary>
    Null,
    /// <summary><c>bool</c></summary>
    Bool,
    /// <summary><c>int</c>: a number written without fraction or exponent (any size).</summary>
    Integer,
    /// <summary><c>float</c>: any other number, including <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>.</summary>
    Float,
    /// <summary><c>str</c></summary>
    String,
    /// <summary><c>list</c></summary>
    Array,
    /// <summary><c>dict</c></summary>
    Object,
}

/// <summary>
/// A JSON value as Python's <c>json.loads</c> builds it: integers and floats are distinct, numbers keep their
/// token text (so big integers and <c>NaN</c>/<c>Infinity</c> survive), and an object that repeats a key keeps
/// the key's first position with its last value, as a Python <c>dict</c> does. Immutable.
/// </summary>
internal sealed class PythonJsonValue
{
    public static readonly PythonJsonValue Null = new(PythonJsonKind.Null, null, null, null, false);
    public static readonly PythonJsonValue True = new(PythonJsonKind.Bool, null, null, null, true);
    public static readonly PythonJsonValue False = new(PythonJsonKind.Bool, null, null, null, false);

    // One field for the text, items or properties (by kind): a parsed signature holds many values, so each stays small.
    private readonly object? payload;

    private PythonJsonValue(PythonJsonKind kind, string? text, PythonJsonValue[]? items, KeyValuePair<string, PythonJsonValue>[]? properties, bool boolean)
    {
        Kind = kind;
        payload = (object?)text ?? (object?)items ?? properties;
        Boolean = boolean;
    }

    private string? text => payload as string;

    private PythonJsonValue[]? items => payload as PythonJsonValue[];

    private KeyValuePair<string, PythonJsonValue>[]? properties => payload as KeyValuePair<string, PythonJsonValue>[];

    public static PythonJsonValue String(string value) => new(PythonJsonKind.String, value, null, null, false);

    /// <summary>A number from its JSON token (<c>12</c>, <c>-0.5e3</c>, <c>NaN</c>, <c>-Infinity</c>).</summary>
    public static PythonJsonValue Number(string token) =>
        new(IsIntegerToken(token) ? PythonJsonKind.Integer : PythonJsonKind.Float, token, null, null, false);

    public static PythonJsonValue Array(PythonJsonValue[] items) => new(PythonJsonKind.Array, null, items, null, false);

    /// <summary>An object; <paramref name="properties"/> must already have unique keys.</summary>
    public static PythonJsonValue Object(KeyValuePair<string, PythonJsonValue>[] properties) => new(PythonJsonKind.Object, null, null, properties, false);

    public PythonJsonKind Kind { get; }

    /// <summary>The value of a <see cref="PythonJsonKind.Bool"/>.</summary>
    public bool Boolean { get; }

    /// <summary>The value of a string, or the token of a number.</summary>
    public string Text => text ?? throw new InvalidOperationException($"A JSON {Kind} has no text.");

    public IReadOnlyList<PythonJsonValue> Items => items ?? throw new InvalidOperationException($"A JSON {Kind} has no items.");

    public IReadOnlyList<KeyValuePair<string, PythonJsonValue>> Properties =>
        properties ?? throw new InvalidOperationException($"A JSON {Kind} has no properties.");

    public bool IsNumber => Kind is PythonJsonKind.Integer or PythonJsonKind.Float;

    /// <summary>Python's truthiness: <c>None</c>, <c>False</c>, zero, and empty strings, lists and dicts are false.</summary>
    public bool IsTruthy => Kind switch
    {
        PythonJsonKind.Null => false,
        PythonJsonKind.Bool => Boolean,
        PythonJsonKind.Integer or PythonJsonKind.Float => ToDouble() != 0, // NaN != 0, and NaN is truthy
        PythonJsonKind.String => text!.Length > 0,
        PythonJsonKind.Array => items!.Length > 0,
        _ => properties!.Length > 0,
    };

    /// <summary>Python's <c>type(value).__name__</c>.</summary>
    public string PythonTypeName => Kind switch
    {
        PythonJsonKind.Null => "NoneType",
        PythonJsonKind.Bool => "bool",
        PythonJsonKind.Integer => "int",
        PythonJsonKind.Float => "float",
        PythonJsonKind.String => "str",
        PythonJsonKind.Array => "list",
        _ => "dict",
    };

    public bool TryGetProperty(string name, [NotNullWhen(true)] out PythonJsonValue? value)
    {
        if (properties is not null)
        {
            foreach (KeyValuePair<string, PythonJsonValue> property in properties)
            {
                if (string.Equals(property.Key, name, StringComparison.Ordinal))
                {
                    value = property.Value;
                    return true;
                }
            }
        }
        value = null;
        return false;
    }

    public bool HasProperty(string name) => TryGetProperty(name, out _);

    /// <summary>Python's <c>float(value)</c> of a number; an integer too large for a double gives infinity
    /// (where Python raises <c>OverflowError</c>; callers that care check <see cref="double.IsInfinity(double)"/>).</summary>
    public double ToDouble()
    {
        string token = Text;
        switch (token)
        {
            case "NaN": return double.NaN;
            case "Infinity": return double.PositiveInfinity;
            case "-Infinity": return double.NegativeInfinity;
        }
        double value = double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
        // Python's int -0 is 0, so float(-0) is 0.0, not -0.0.
        return Kind == PythonJsonKind.Integer && value == 0 ? 0.0 : value;
    }

    /// <summary>Whether <paramref name="token"/> (a valid JSON number token) is an integer literal.</summary>
    public static bool IsIntegerToken(string token) =>
        token.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && token is not ("NaN" or "Infinity" or "-Infinity");
}
