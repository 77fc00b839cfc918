using System.Numerics;

namespace Signatures.Examples;

/// <summary>
/// A pandas DataFrame example, written as MLflow writes <c>df.where(df.notnull(), None).to_dict(orient="split")</c>
/// without the index: <c>{"columns": [...], "data": [[...], ...]}</c> (no <c>columns</c> for pandas' default labels).
/// Each column gets the dtype pandas would infer, which decides how its values print: a numeric column with a missing
/// value is float64, so its integers print as <c>1.0</c> and its missing values as <c>NaN</c>; in other columns a
/// missing value is <c>null</c>; a datetime column prints pandas timestamps.
/// </summary>
internal sealed class DataFrameExample : InputExample
{
    private readonly IReadOnlyList<string>? columns;
    private readonly IReadOnlyList<IReadOnlyList<object?>> rows;
    private readonly int width;

    /// <summary>The column names, or <see langword="null"/> for pandas' 0, 1, ...</summary>
    internal IReadOnlyList<string>? Columns => columns;

    /// <summary>The rows.</summary>
    internal IReadOnlyList<IReadOnlyList<object?>> Rows => rows;

    /// <summary>The number of columns.</summary>
    internal int Width => width;

    public DataFrameExample(IReadOnlyList<string>? columns, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        this.columns = columns;
        this.rows = rows;
        width = columns?.Count ?? (rows.Count == 0 ? 0 : rows[0].Count);
        foreach (IReadOnlyList<object?> row in rows)
        {
            if (row.Count != width) throw new InputExampleException($"Every DataFrame row needs {width} values, one per column.");
        }
        if (columns is not null && columns.Distinct(StringComparer.Ordinal).Count() != columns.Count)
        {
            throw new InputExampleException("DataFrame column names must be unique.");
        }
    }

    public static DataFrameExample FromColumns(IEnumerable<KeyValuePair<string, IReadOnlyList<object?>>> columns)
    {
        var list = columns.ToList();
        int length = list.Count == 0 ? 0 : list[0].Value.Count;
        if (list.Any(c => c.Value.Count != length)) throw new InputExampleException("All DataFrame columns must have the same length.");
        var rows = Enumerable.Range(0, length).Select(r => (IReadOnlyList<object?>)list.Select(c => c.Value[r]).ToArray()).ToArray();
        return new DataFrameExample(list.Select(c => c.Key).ToArray(), rows);
    }

    internal override PreparedExample Prepare()
    {
        var kinds = new ColumnKind[width];
        for (int c = 0; c < width; c++) kinds[c] = Infer(rows.Select(r => r[c]));
        var data = new List<object?>(rows.Count);
        foreach (IReadOnlyList<object?> row in rows)
        {
            var values = new List<object?>(width);
            for (int c = 0; c < width; c++) values.Add(Cell(row[c], kinds[c]));
            data.Add(values);
        }
        var split = new PyDict();
        if (columns is not null) split.Add("columns", columns.Cast<object?>().ToList());
        split.Add("data", data);
        return new PreparedExample(split, new PyDict { { "dataframe_split", split } }, "dataframe", columns is null ? "values" : "split");
    }

    internal static bool IsMissing(object? value) => value is null || value is double.NaN || value is float.NaN;

    private static bool IsInteger(object? value) => value is sbyte or byte or short or ushort or int or uint or long ||
        (value is ulong u && u <= long.MaxValue) || (value is BigInteger big && big >= long.MinValue && big <= long.MaxValue);

    // pandas' dtype inference for one column of Python values.
    internal static ColumnKind Infer(IEnumerable<object?> values)
    {
        var list = values.ToList();
        var present = list.Where(v => !IsMissing(v)).ToList();
        bool anyMissing = present.Count < list.Count;
        if (present.Count == 0)
        {
            return list.Any(v => v is double.NaN or float.NaN) ? ColumnKind.Float : ColumnKind.Object;
        }
        if (present.All(v => v is bool)) return anyMissing ? ColumnKind.Object : ColumnKind.Bool;
        if (present.All(IsInteger)) return anyMissing ? ColumnKind.Float : ColumnKind.Int;
        if (present.All(v => IsInteger(v) || v is double or float or Half)) return ColumnKind.Float;
        if (present.All(v => v is DateTime)) return ColumnKind.DateTime;
        return ColumnKind.Object;
    }

    private static object? Cell(object? value, ColumnKind kind) => kind switch
    {
        ColumnKind.Float => IsMissing(value) ? double.NaN : Convert.ToDouble(value is Half h ? (double)h : value, System.Globalization.CultureInfo.InvariantCulture),
        ColumnKind.DateTime => value is DateTime dt ? PythonValues.TimestampIsoFormat(dt) : "NaT",
        _ => IsMissing(value) ? null : PythonValues.Prepare(value),
    };

    internal enum ColumnKind : byte
    {
        Bool,
        Int,
        Float,
        DateTime,
        Object,
    }
}
