using System.Text;
using Signatures.Formats;

namespace Signatures;

/// <summary>MLflow <c>ColSpec</c>: a named or unnamed column of a column-based schema.</summary>
public sealed record ColSpec : InputSpec
{
    /// <summary>Creates a column.</summary>
    /// <param name="type">Column type.</param>
    /// <param name="name">Column name, or <see langword="null"/> for an unnamed column.</param>
    /// <param name="required">Whether the column must be present (and non-null). <see langword="null"/> only
    /// arises when reading MLflow's legacy JSON for a complex column without <c>required</c>; it is written
    /// back as <c>"required": null</c> and enforced as optional, as MLflow does.</param>
    public ColSpec(ColumnType type, string? name = null, bool? required = true)
    {
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Name = name;
        Required = required;
    }

    /// <summary>Creates a column of a scalar <see cref="DataType"/>.</summary>
    public ColSpec(DataType type, string? name = null, bool required = true)
        : this(ColumnType.Of(type), name, required)
    {
    }

    /// <summary>The column type.</summary>
    public ColumnType Type { get; }

    /// <inheritdoc/>
    public override string? Name { get; }

    /// <summary>The <c>required</c> flag as MLflow stores it (<see langword="null"/> for legacy complex columns).</summary>
    public bool? Required { get; }

    /// <summary>The <c>required</c> value as MLflow's JSON had it when it was not a boolean or null (MLflow keeps, say,
    /// the string <c>"true"</c> or the number <c>0</c> as given, writes it back unchanged and enforces its Python
    /// truthiness, which <see cref="Required"/> then holds); <see langword="null"/> otherwise.</summary>
    public string? RequiredJson { get; init => field = RequiredFlag.CheckJson(value); }

    /// <inheritdoc/>
    public override bool IsRequired => Required == true;

    internal override void WriteJson(StringBuilder builder)
    {
        Type.WriteOpenJson(builder);
        if (Name is not null)
        {
            builder.Append(", ");
            WriteNameJson(builder);
        }
        builder.Append(", \"required\": ").Append(RequiredFlag.Json(Required, RequiredJson)).Append('}');
    }
}
