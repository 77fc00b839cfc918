using Signatures.Json;

namespace Signatures;

/// <summary>
/// MLflow's <c>required</c> key of a column or object property. MLflow passes the JSON value through as it is: a
/// boolean or null as usual, but also a string such as <c>"true"</c> or a number, which it writes back unchanged and
/// enforces by Python truthiness (so <c>"false"</c>, a non-empty string, means required). The value is kept as its
/// JSON text for writing back; the flag that is enforced is its truthiness.
/// </summary>
internal static class RequiredFlag
{
    /// <summary>Reads a <c>required</c> value: the flag (<see langword="null"/> for JSON null) and, when the value is
    /// neither a boolean nor null, its JSON text to write back.</summary>
    public static (bool? Required, string? Json) Read(PythonJsonValue value) => value.Kind switch
    {
        PythonJsonKind.Bool => (value.Boolean, null),
        PythonJsonKind.Null => (null, null),
        _ => (value.IsTruthy, PythonJsonValueWriter.Write(value)),
    };

    /// <summary>The JSON text of the flag: the kept text, else <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    public static string Json(bool? required, string? json) =>
        json ?? required switch { true => "true", false => "false", null => "null" };

    /// <summary>Checks (and normalizes to Python's <c>json.dumps</c> form) a kept JSON text.</summary>
    public static string? CheckJson(string? json)
    {
        if (json is null) return null;
        PythonJsonValue value = PythonJsonParser.Parse(json, "the 'required' value");
        if (value.Kind == PythonJsonKind.Bool)
        {
            throw new SignatureException($"'required' {json} is a boolean: give it as the Required flag, not as RequiredJson.");
        }
        return PythonJsonValueWriter.Write(value);
    }
}
