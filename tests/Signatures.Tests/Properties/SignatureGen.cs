using System.Globalization;
using CsCheck;
using Signatures.Formats;

namespace Signatures.Tests.Properties;

/// <summary>CsCheck generators of valid signatures: every column type nested, tensors of every dtype and shape,
/// params of every type with defaults, names with quotes, backslashes, control characters and non-ASCII.
/// Only what MLflow can both write and read back is generated (no sparkml_vector object property, no map of
/// sparkml_vector, which MLflow reads back as something else).</summary>
public static class SignatureGen
{
    private const string NameChars = "abcxyzABC019 _-.:'\"\\/{}[],#\n\t\u0001\u007f\u00e9\u00fc\u4e2d\u2028\ud83d\ude00";

    public static readonly Gen<string> Name = Gen.Char[NameChars].Array[0, 12].Select(chars => new string(chars));

    private static readonly Gen<ScalarType> Scalar = Gen.Enum<DataType>().Select(ColumnType.Of);

    /// <summary>A column type; <paramref name="allowSparkML"/> is false where MLflow cannot read a SparkML vector back.</summary>
    private static Gen<ColumnType> Type(int depth, bool allowSparkML)
    {
        var leaves = new List<(int, IGen<ColumnType>)>
        {
            (6, Scalar.Select(s => (ColumnType)s)),
            (1, Gen.Const<ColumnType>(AnyType.Instance)),
        };
        if (allowSparkML) leaves.Add((1, Gen.Const<ColumnType>(SparkMLVectorType.Instance)));
        if (depth >= 3) return Gen.Frequency(leaves.ToArray());
        var all = new List<(int, IGen<ColumnType>)>(leaves)
        {
            (2, Type(depth + 1, allowSparkML: true).Select(items => (ColumnType)new ArrayType(items))),
            (2, Type(depth + 1, allowSparkML: false).Select(values => (ColumnType)new MapType(values))),
            (2, Object(depth + 1).Select(o => (ColumnType)o)),
        };
        return Gen.Frequency(all.ToArray());
    }

    private static Gen<ObjectType> Object(int depth) =>
        Name.ArrayUnique[1, 4].SelectMany(names =>
            Gen.Select(Type(depth, allowSparkML: false).Array[names.Length], Gen.Bool.Array[names.Length],
                (types, required) => new ObjectType(names.Select((n, i) => new ObjectProperty(n, types[i], required[i])))));

    public static readonly Gen<ColumnType> ColumnTypes = Type(0, allowSparkML: true);

    private static readonly Gen<bool?> Required = Gen.Frequency((4, Gen.Const((bool?)true)), (3, Gen.Const((bool?)false)), (1, Gen.Const((bool?)null)));

    private static readonly Gen<InputSpec[]> NamedColumns =
        Name.ArrayUnique[1, 5].SelectMany(names =>
            Gen.Select(ColumnTypes.Array[names.Length], Required.Array[names.Length],
                (types, required) => names.Select((n, i) => (InputSpec)new ColSpec(types[i], n, required[i])).ToArray()));

    // Unnamed columns may not be optional; a legacy null is not "optional" to MLflow.
    private static readonly Gen<InputSpec[]> UnnamedColumns =
        Gen.Select(ColumnTypes, Gen.Bool, (type, legacy) => (InputSpec)new ColSpec(type, null, legacy ? null : true)).Array[1, 4];

    private static readonly Gen<long[]> Shape = Gen.Frequency((2, Gen.Const(-1L)), (3, Gen.Long[0, 300])).Array[0, 4];

    private static readonly Gen<InputSpec[]> NamedTensors =
        Name.ArrayUnique[1, 4].SelectMany(names =>
            Gen.Select(Gen.Enum<NumpyDType>().Array[names.Length], Shape.Array[names.Length],
                (dtypes, shapes) => names.Select((n, i) => (InputSpec)new TensorSpec(dtypes[i], shapes[i], n)).ToArray()));

    private static readonly Gen<InputSpec[]> UnnamedTensor =
        Gen.Select(Gen.Enum<NumpyDType>(), Shape, (dtype, shape) => new InputSpec[] { new TensorSpec(dtype, shape) });

    public static readonly Gen<Schema> Schemas =
        Gen.OneOf(NamedColumns, UnnamedColumns, NamedTensors, UnnamedTensor).Select(inputs => new Schema(inputs));

    private static readonly Gen<string> DoubleJson = Gen.Frequency(
        (4, Gen.Double.Select(PythonJsonText.FormatDouble)),
        (1, Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Const("NaN")),
        (1, Gen.OneOf("Infinity", "-Infinity", "1e400", "-0.0", "-0", "0.1", "1e-05")));

    private static readonly Gen<string> StringJson = Name.Select(PythonJsonText.QuoteString);

    private static readonly Gen<string> DateTimeJson = Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 86_399], Gen.Int[0, 999_999], Gen.Int[0, 3],
        (y, mo, d, s, us, form) => PythonJsonText.QuoteString(form switch
        {
            0 => $"{y:0000}-{mo:00}-{d:00}",
            1 => $"{y:0000}-{mo:00}-{d:00}T{s / 3600:00}:{s / 60 % 60:00}:{s % 60:00}",
            2 => $"{y:0000}-{mo:00}-{d:00} {s / 3600:00}:{s / 60 % 60:00}:{s % 60:00}.{us:000000}",
            _ => $"{y:0000}-{mo:00}-{d:00}T{s / 3600:00}:{s / 60 % 60:00}",
        }));

    private static Gen<string> ScalarDefault(DataType type, bool allowNull)
    {
        Gen<string> value = type switch
        {
            DataType.Boolean => Gen.Bool.Select(b => b ? "true" : "false"),
            DataType.Integer or DataType.Long => Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
            DataType.Float or DataType.Double => DoubleJson,
            DataType.String => StringJson,
            _ => DateTimeJson,
        };
        return allowNull && type != DataType.Datetime ? Gen.Frequency((5, value), (1, Gen.Const("null"))) : value;
    }

    // Object defaults MLflow accepts: long -> ints, double -> decimal floats, string, boolean, array of strings, any.
    private static readonly Gen<(ColumnType Type, Gen<string> Value)> ObjectPropertyKind = Gen.OneOf(
        ((ColumnType)ColumnType.Of(DataType.Long), Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture))),
        (ColumnType.Of(DataType.Double), Gen.Double[-1e9, 1e9].Select(d => PythonJsonText.FormatDouble(d).Contains('.') || PythonJsonText.FormatDouble(d).Contains('e') ? PythonJsonText.FormatDouble(d) : "0.5")),
        (ColumnType.Of(DataType.String), StringJson),
        (ColumnType.Of(DataType.Boolean), Gen.Bool.Select(b => b ? "true" : "false")),
        (new ArrayType(ColumnType.Of(DataType.String)), StringJson.Array[0, 3].Select(items => "[" + string.Join(", ", items) + "]")),
        (AnyType.Instance, Gen.OneOf("null", "1", "[1, \"a\"]", "{\"k\": NaN}")));

    private static readonly Gen<(ObjectType Type, string Default)> ObjectParam =
        Name.ArrayUnique[1, 4].SelectMany(names =>
            Gen.Select(ObjectPropertyKind.Array[names.Length], Gen.Bool.Array[names.Length], Gen.Bool.Array[names.Length], (kinds, required, present) => (kinds, required, present))
            .SelectMany(t =>
            {
                Gen<string>[] values = t.kinds.Select(k => k.Value).ToArray();
                return Sequence(values).Select(vals =>
                {
                    var type = new ObjectType(names.Select((n, i) => new ObjectProperty(n, t.kinds[i].Type, t.required[i])));
                    var members = names.Select((n, i) => (n, i)).Where(p => t.required[p.i] || t.present[p.i])
                        .Select(p => PythonJsonText.QuoteString(p.n) + ": " + vals[p.i]);
                    return (type, "{" + string.Join(", ", members) + "}");
                });
            }));

    private static Gen<ParamSpec> Param(string name) => Gen.Frequency(
        (5, Gen.Enum<DataType>().Where(t => t != DataType.Binary).SelectMany(type => Gen.Bool.SelectMany(isList =>
            (isList
                ? ScalarDefault(type, allowNull: type != DataType.Datetime).Array[0, 4].Select(items => "[" + string.Join(", ", items) + "]")
                : ScalarDefault(type, allowNull: true))
            .Select(json => ParamSpec.FromJson(name, ColumnType.Of(type), json, isList))))),
        (1, ObjectParam.Select(o => ParamSpec.FromJson(name, o.Type, o.Default, isList: false))));

    public static readonly Gen<ParamSchema> ParamSchemas =
        Name.ArrayUnique[1, 4].SelectMany(names => Sequence(names.Select(Param).ToArray()).Select(specs => new ParamSchema(specs)));

    public static readonly Gen<ModelSignature> Signatures =
        Gen.Select(Schemas, Schemas, ParamSchemas, Gen.Int[1, 7], (inputs, outputs, parameters, parts) => new ModelSignature(
            (parts & 1) != 0 ? inputs : null, (parts & 2) != 0 ? outputs : null, (parts & 4) != 0 ? parameters : null));

    private static Gen<T[]> Sequence<T>(Gen<T>[] gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (acc, g) => acc.SelectMany(list => g.Select(v => list.Append(v).ToArray())));
}
