using System.Collections;
using System.Globalization;
using System.Text;
using Signatures.Formats;
using Signatures.Json;

namespace Signatures;

/// <summary>
/// MLflow <c>ParamSpec</c>: an inference parameter with a type (a <see cref="DataType"/> other than binary,
/// or an <see cref="ObjectType"/>), a shape (scalar, or <c>(-1,)</c> for a list) and a default.
/// The default is normalised on construction exactly as MLflow's <c>validate_type_and_shape</c> does
/// (an integer default of a double param becomes <c>1.0</c>, a date-only datetime stays a date, ...) and kept
/// as the JSON text MLflow writes for it.
/// </summary>
public sealed record ParamSpec
{
    private ParamSpec(string name, ColumnType type, bool isList, string defaultJson)
    {
        Name = name;
        Type = type;
        IsList = isList;
        DefaultJson = defaultJson;
    }

    /// <summary>Creates a param from a CLR default: <see langword="null"/>, <see cref="bool"/>, an integer type,
    /// <see cref="float"/>/<see cref="double"/>, <see cref="string"/>, <see cref="DateTime"/>, <see cref="DateOnly"/>,
    /// or a sequence of those for a list param.</summary>
    /// <exception cref="SignatureException">The default does not fit the type and shape, as MLflow would refuse it.</exception>
    public ParamSpec(string name, DataType type, object? defaultValue, bool isList = false)
        : this(FromJson(name, ColumnType.Of(type), ClrDefaultToJson(defaultValue), isList))
    {
    }

    /// <summary>Creates a param whose default is given as JSON text (as in MLflow's <c>ParamSpec.to_dict()</c>).</summary>
    /// <param name="name">Param name.</param>
    /// <param name="type">A <see cref="ScalarType"/> (not binary) or an <see cref="ObjectType"/>.</param>
    /// <param name="defaultJson">The default as JSON, e.g. <c>1</c>, <c>"2024-01-01"</c>, <c>[1, 2]</c>, <c>null</c>; read as
    /// Python's <c>json.loads</c> reads it, so <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> are accepted.</param>
    /// <param name="isList">Whether the shape is <c>(-1,)</c>.</param>
    /// <exception cref="SignatureException">The type is not allowed, or the default does not fit.</exception>
    public static ParamSpec FromJson(string name, ColumnType type, string defaultJson, bool isList)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(defaultJson);
        PythonJsonValue value = PythonJsonParser.Parse(defaultJson, $"the default of param '{name}'");
        return FromValue(name, type, value, isList);
    }

    internal static ParamSpec FromValue(string name, ColumnType type, PythonJsonValue defaultValue, bool isList) =>
        new(name, type, isList, ParamDefaults.Normalize(name, type, isList, defaultValue));

    /// <summary>The param name.</summary>
    public string Name { get; }

    /// <summary>The type: a <see cref="ScalarType"/> or an <see cref="ObjectType"/>.</summary>
    public ColumnType Type { get; }

    /// <summary>The scalar data type, or <see langword="null"/> for an object param.</summary>
    public DataType? DataType => (Type as ScalarType)?.DataType;

    /// <summary>Whether the param is a 1-D list (shape <c>(-1,)</c>); otherwise a scalar or object.</summary>
    public bool IsList { get; }

    /// <summary>The default as the JSON MLflow writes for it (<c>null</c> when there is none). Like Python's
    /// <c>json.dumps</c>, a float default that is not finite is written <c>NaN</c>, <c>Infinity</c> or <c>-Infinity</c>.</summary>
    public string DefaultJson { get; }

    /// <summary>MLflow's repr of this param, used in its messages: <c>'p': long (default: 1) (shape: (-1,))</c>.</summary>
    public override string ToString() =>
        $"'{Name}': {ParamDefaults.TypeRepr(Type)} (default: {ParamDefaults.PythonStr(DefaultJson)})" + (IsList ? " (shape: (-1,))" : string.Empty);

    internal void WriteJson(StringBuilder builder)
    {
        builder.Append("{\"name\": ");
        PythonJsonText.AppendString(builder, Name);
        builder.Append(", \"default\": ").Append(DefaultJson);
        builder.Append(", \"shape\": ").Append(IsList ? "[-1]" : "null");
        builder.Append(", \"type\": ");
        PythonJsonText.AppendString(builder, Type.TypeName);
        if (Type is ObjectType obj)
        {
            builder.Append(", \"properties\": ");
            obj.WritePropertiesJson(builder);
        }
        builder.Append('}');
    }

    private static string ClrDefaultToJson(object? value)
    {
        var builder = new StringBuilder();
        AppendClr(builder, value);
        return builder.ToString();

        static void AppendClr(StringBuilder b, object? v)
        {
            switch (v)
            {
                case null: b.Append("null"); break;
                case bool x: b.Append(x ? "true" : "false"); break;
                case string s: PythonJsonText.AppendString(b, s); break;
                case char c: PythonJsonText.AppendString(b, c.ToString()); break;
                case float f: b.Append(PythonJsonText.FormatDouble(f)); break; // widened, as MLflow widens np.float32
                case double d: b.Append(PythonJsonText.FormatDouble(d)); break;
                case Half h: b.Append(PythonJsonText.FormatDouble((double)h)); break;
                case DateTime dt:
                    PythonJsonText.AppendString(b, dt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                    break;
                case DateOnly date: PythonJsonText.AppendString(b, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                case sbyte or byte or short or ushort or int or uint or long or ulong:
                    b.Append(Convert.ToString(v, CultureInfo.InvariantCulture));
                    break;
                case IEnumerable items:
                    b.Append('[');
                    bool first = true;
                    foreach (object? item in items)
                    {
                        if (!first) b.Append(PythonJsonText.ItemSeparator);
                        first = false;
                        AppendClr(b, item);
                    }
                    b.Append(']');
                    break;
                default:
                    throw new SignatureException($"Unsupported default value of type {v.GetType()} for a param.");
            }
        }
    }
}
