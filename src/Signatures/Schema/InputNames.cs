using System.Globalization;
using System.Numerics;
using System.Text;
using Signatures.Formats;
using Signatures.Json;

namespace Signatures;

/// <summary>
/// The rules for input names that are not strings, in one place: how such a name is read from and written to MLflow's
/// JSON, how messages show it (Python's <c>repr</c>), and when a request's label is the same name. A request label
/// matches a name as a pandas column label does: by Python equality, so a string never equals a number
/// (<c>"0"</c> is not <c>0</c>), and <c>0</c>, <c>0.0</c> and <c>False</c> are one label, as are <c>1</c>, <c>1.0</c>
/// and <c>True</c>.
/// </summary>
internal static class InputNames
{
    /// <summary>The name and kind of a JSON <c>name</c> value, or <see langword="false"/> for a value that is not a
    /// string, number or boolean (<see langword="null"/> is handled by the caller: it means unnamed).</summary>
    public static bool TryRead(PythonJsonValue value, out string name, out NameKind kind)
    {
        switch (value.Kind)
        {
            case PythonJsonKind.String:
                (name, kind) = (value.Text, NameKind.String);
                return true;
            case PythonJsonKind.Integer:
                (name, kind) = (PythonJsonValueWriter.FormatNumber(value), NameKind.Integer);
                return true;
            case PythonJsonKind.Float:
                (name, kind) = (PythonRepr.Float(value.ToDouble()), NameKind.Float);
                return true;
            case PythonJsonKind.Bool:
                (name, kind) = (value.Boolean ? "True" : "False", NameKind.Boolean);
                return true;
            default:
                (name, kind) = (string.Empty, NameKind.String);
                return false;
        }
    }

    /// <summary>Throws unless <paramref name="name"/> is the Python <c>str()</c> form a name of <paramref name="kind"/> has.</summary>
    public static void Check(string? name, NameKind kind)
    {
        if (kind == NameKind.String) return;
        if (name is null || NumericKey(name, kind) is null && !IsNaN(name, kind) || !IsCanonical(name, kind))
        {
            throw new SignatureException($"{PythonRepr.Str(name ?? "None")} is not the text of a name of kind {kind} (expected e.g. {Example(kind)}).");
        }
    }

    /// <summary>Writes the name as MLflow's <c>json.dumps</c> does: a string quoted, a number or boolean bare.</summary>
    public static void AppendJson(StringBuilder builder, string name, NameKind kind)
    {
        switch (kind)
        {
            case NameKind.String: PythonJsonText.AppendString(builder, name); break;
            case NameKind.Boolean: builder.Append(name == "True" ? "true" : "false"); break;
            case NameKind.Float: builder.Append(name switch { "nan" => "NaN", "inf" => "Infinity", "-inf" => "-Infinity", _ => name }); break;
            default: builder.Append(name); break;
        }
    }

    /// <summary>Python's <c>repr()</c> of the name, as MLflow's messages show it: <c>'a'</c>, <c>0</c>, <c>True</c>.</summary>
    public static string Repr(string name, NameKind kind) => kind == NameKind.String ? PythonRepr.Str(name) : name;

    /// <summary>
    /// The key under which a non-string name equals other numbers and booleans (Python's <c>==</c>): the integer's
    /// digits for an integral value (<c>1</c>, <c>1.0</c> and <c>True</c> all give <c>"1"</c>), the repr otherwise;
    /// <see langword="null"/> for a string name and for NaN, which equals nothing.
    /// </summary>
    public static string? NumericKey(string name, NameKind kind)
    {
        switch (kind)
        {
            case NameKind.Integer:
                return BigInteger.TryParse(name, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out BigInteger integer)
                    ? integer.ToString(CultureInfo.InvariantCulture)
                    : null;
            case NameKind.Boolean:
                return name switch { "True" => "1", "False" => "0", _ => null };
            case NameKind.Float:
                double value = name switch
                {
                    "inf" => double.PositiveInfinity,
                    "-inf" => double.NegativeInfinity,
                    "nan" => double.NaN,
                    _ => double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? parsed : double.NaN,
                };
                return FloatKey(value);
            default:
                return null;
        }
    }

    /// <summary>The <see cref="NumericKey"/> of a float value.</summary>
    public static string? FloatKey(double value)
    {
        if (double.IsNaN(value)) return null;
        if (double.IsFinite(value) && Math.Floor(value) == value) return new BigInteger(value).ToString(CultureInfo.InvariantCulture);
        return PythonRepr.Float(value);
    }

    private static bool IsNaN(string name, NameKind kind) => kind == NameKind.Float && name == "nan";

    private static bool IsCanonical(string name, NameKind kind) => kind switch
    {
        NameKind.Integer => NumericKey(name, kind) == name,
        NameKind.Boolean => name is "True" or "False",
        NameKind.Float => name is "nan" or "inf" or "-inf" ||
            (double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && PythonRepr.Float(v) == name),
        _ => true,
    };

    private static string Example(NameKind kind) => kind switch
    {
        NameKind.Integer => "0",
        NameKind.Float => "1.5",
        _ => "True",
    };
}
