namespace Signatures.Enforcement;

/// <summary>
/// Where MLflow's scoring server lets a null through in a required column, which
/// <see cref="EnforcementOptions.AllowNullsInRequiredColumns"/> follows. MLflow's <c>required</c> only checks that a
/// scalar column is present: pandas then holds a null as NaN (float, double), None (string), NaT (datetime) or
/// False (boolean), and <c>any</c> takes anything. It refuses nulls where pandas cannot hold them (integer and long
/// columns cannot be NaN), where its base64 decoding fails (binary), and in Array/Object/Map values.
/// </summary>
internal static class RequiredNulls
{
    /// <summary>The CLI flag of <c>signatures validate</c> that sets the option.</summary>
    public const string CliFlag = "--allow-nulls-in-required-columns";

    /// <summary>Whether MLflow accepts a null in a required column of <paramref name="type"/>.</summary>
    public static bool MlflowAccepts(ColumnType type) => type switch
    {
        ScalarType { DataType: DataType.Boolean or DataType.Float or DataType.Double or DataType.String or DataType.Datetime } => true,
        AnyType => true,
        _ => false,
    };

    /// <summary>What to add to the message refusing a null in a required column.</summary>
    public static string Hint(ColumnType type, bool mlflowAccepts, bool optionSet) => (mlflowAccepts, optionSet) switch
    {
        (true, false) =>
            $" (MLflow accepts nulls in a required {type.TypeName} column, and signatures written before MLflow 2.10 make every column required; " +
            $"to accept them as MLflow does, set EnforcementOptions.{nameof(EnforcementOptions.AllowNullsInRequiredColumns)} or pass {CliFlag} to 'signatures validate')",
        (false, true) =>
            $" ({nameof(EnforcementOptions.AllowNullsInRequiredColumns)} does not cover {type.TypeName} columns: MLflow refuses a null there too)",
        _ => string.Empty,
    };
}
