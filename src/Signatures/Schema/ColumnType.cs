using System.Text;
using Signatures.Formats;

namespace Signatures;

/// <summary>
/// The type of an MLflow column, object property, array item or map value: a scalar <see cref="DataType"/>
/// (<see cref="ScalarType"/>), <see cref="ArrayType"/>, <see cref="ObjectType"/>, <see cref="MapType"/>,
/// <see cref="AnyType"/> or <see cref="SparkMLVectorType"/>.
/// </summary>
public abstract record ColumnType
{
    private protected ColumnType() { }

    /// <summary>The scalar column type for <paramref name="dataType"/>.</summary>
    public static ScalarType Of(DataType dataType) => ScalarType.For(dataType);

    /// <summary>The MLflow <c>"type"</c> name: a <see cref="DataType"/> name, <c>array</c>, <c>object</c>, <c>map</c>, <c>any</c> or <c>sparkml_vector</c>.</summary>
    public abstract string TypeName { get; }

    /// <summary>Writes MLflow's <c>to_dict()</c> of this type without the closing brace, so a caller can append
    /// <c>name</c>/<c>required</c> keys the way MLflow's <c>ColSpec.to_dict</c> does.</summary>
    internal virtual void WriteOpenJson(StringBuilder builder)
    {
        builder.Append("{\"type\": ");
        PythonJsonText.AppendString(builder, TypeName);
    }

    /// <summary>Writes the complete <c>to_dict()</c> JSON of this type, e.g. <c>{"type": "array", "items": {"type": "long"}}</c>.</summary>
    internal void WriteJson(StringBuilder builder)
    {
        WriteOpenJson(builder);
        builder.Append('}');
    }

    /// <summary>MLflow's JSON of this type as written inside a signature (without <c>name</c>/<c>required</c>).</summary>
    public string ToJson()
    {
        var builder = new StringBuilder();
        WriteJson(builder);
        return builder.ToString();
    }
}

/// <summary>A column of one MLflow <see cref="Signatures.DataType"/>.</summary>
public sealed record ScalarType : ColumnType
{
    private static readonly ScalarType[] Cache = Enum.GetValues<DataType>().Select(t => new ScalarType(t)).ToArray();

    private ScalarType(DataType dataType) => DataType = dataType;

    internal static ScalarType For(DataType dataType) => Cache[(int)dataType];

    /// <summary>The data type.</summary>
    public DataType DataType { get; }

    /// <inheritdoc/>
    public override string TypeName => DataType.ToMlflowName();

    /// <inheritdoc/>
    public override string ToString() => TypeName;
}

/// <summary>MLflow <c>Array</c>: a list whose items all have <see cref="Items"/> type.</summary>
/// <param name="Items">The item type.</param>
public sealed record ArrayType(ColumnType Items) : ColumnType
{
    /// <inheritdoc/>
    public override string TypeName => "array";

    internal override void WriteOpenJson(StringBuilder builder)
    {
        base.WriteOpenJson(builder);
        builder.Append(", \"items\": ");
        Items.WriteJson(builder);
    }
}

/// <summary>MLflow <c>Map</c>: a JSON object with string keys whose values all have <see cref="Values"/> type.</summary>
/// <param name="Values">The value type.</param>
public sealed record MapType(ColumnType Values) : ColumnType
{
    /// <inheritdoc/>
    public override string TypeName => "map";

    internal override void WriteOpenJson(StringBuilder builder)
    {
        base.WriteOpenJson(builder);
        builder.Append(", \"values\": ");
        Values.WriteJson(builder);
    }
}

/// <summary>MLflow <c>AnyType</c>: any JSON value, null included.</summary>
public sealed record AnyType : ColumnType
{
    private AnyType() { }

    /// <summary>The only instance.</summary>
    public static AnyType Instance { get; } = new();

    /// <inheritdoc/>
    public override string TypeName => "any";
}

/// <summary>MLflow <c>SparkMLVector</c>: enforced as an array of doubles, written as <c>{"type": "sparkml_vector"}</c>.</summary>
public sealed record SparkMLVectorType : ColumnType
{
    private SparkMLVectorType() { }

    /// <summary>The only instance.</summary>
    public static SparkMLVectorType Instance { get; } = new();

    /// <inheritdoc/>
    public override string TypeName => "sparkml_vector";
}
