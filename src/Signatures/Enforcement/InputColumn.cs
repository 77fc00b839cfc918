namespace Signatures.Enforcement;

/// <summary>One column of a <see cref="ColumnsInput"/>: a schema column present in the request.</summary>
public sealed class InputColumn
{
    internal InputColumn(string name, ColSpec spec, ColumnValues values)
    {
        Name = name;
        Spec = spec;
        Values = values;
    }

    /// <summary>The column's name (<see cref="InputSpec.Name"/>, so a name that is a number is its text, see
    /// <see cref="InputSpec.NameKind"/>); for an unnamed schema its position (<c>"0"</c>, <c>"1"</c>, ...).</summary>
    public string Name { get; }

    /// <summary>The column's spec in the signature.</summary>
    public ColSpec Spec { get; }

    /// <summary>The values, one per row.</summary>
    public ColumnValues Values { get; }
}
