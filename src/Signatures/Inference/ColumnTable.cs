namespace Signatures.Inference;

/// <summary>
/// Named columns of CLR values, standing for a pandas DataFrame (or, with one column, a Series) whose column dtypes
/// are the CLR element types: <c>int[]</c> is an int32 column (<c>integer</c>), <c>long[]</c> int64 (<c>long</c>),
/// <c>float[]</c>/<c>Half[]</c> <c>float</c>, <c>double[]</c> <c>double</c>, <c>bool[]</c>, <c>DateTime[]</c>; a
/// nullable element type (<c>int?[]</c>) makes the column optional (<c>"required": false</c>), as do null and NaN
/// values. <c>object?[]</c> columns are Python lists: pandas infers their dtype from the values (integers with a
/// missing value become float64, as in pandas); strings, bytes, lists, dictionaries and objects are object columns.
/// </summary>
public sealed class ColumnTable
{
    private ColumnTable(IReadOnlyList<KeyValuePair<string?, Array>> columns) => Columns = columns;

    /// <summary>The columns in order; a <see langword="null"/> name is an unnamed Series.</summary>
    public IReadOnlyList<KeyValuePair<string?, Array>> Columns { get; }

    /// <summary>A DataFrame of named columns, in order; every column must have the same length.</summary>
    /// <exception cref="ArgumentException">Columns of different lengths, a repeated name, or a multi-dimensional array.</exception>
    public static ColumnTable FromColumns(IEnumerable<KeyValuePair<string, Array>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.Select(c => new KeyValuePair<string?, Array>(c.Key ?? throw new ArgumentException("A DataFrame column needs a name."), c.Value)).ToList();
        Validate(list);
        if (list.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() != list.Count) throw new ArgumentException("DataFrame column names must be unique.");
        return new ColumnTable(list);
    }

    /// <summary>A DataFrame of named columns.</summary>
    public static ColumnTable FromColumns(params (string Name, Array Values)[] columns) =>
        FromColumns(columns.Select(c => new KeyValuePair<string, Array>(c.Name, c.Values)));

    /// <summary>A pandas Series: one column, named or not.</summary>
    public static ColumnTable Series(Array values, string? name = null)
    {
        var list = new List<KeyValuePair<string?, Array>> { new(name, values) };
        Validate(list);
        return new ColumnTable(list);
    }

    private static void Validate(List<KeyValuePair<string?, Array>> columns)
    {
        foreach (var column in columns)
        {
            ArgumentNullException.ThrowIfNull(column.Value);
            if (column.Value.Rank != 1) throw new ArgumentException($"Column '{column.Key}' must be a one-dimensional array.");
        }
        if (columns.Select(c => c.Value.Length).Distinct().Count() > 1) throw new ArgumentException("All DataFrame columns must have the same length.");
    }
}
