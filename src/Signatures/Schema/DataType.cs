namespace Signatures;

/// <summary>MLflow's scalar column types (<c>mlflow.types.DataType</c>); the JSON name is the member name in lower case.</summary>
public enum DataType
{
    /// <summary><c>boolean</c>: numpy <c>bool</c>.</summary>
    Boolean,
    /// <summary><c>integer</c>: numpy <c>int32</c>.</summary>
    Integer,
    /// <summary><c>long</c>: numpy <c>int64</c>.</summary>
    Long,
    /// <summary><c>float</c>: numpy <c>float32</c>.</summary>
    Float,
    /// <summary><c>double</c>: numpy <c>float64</c>.</summary>
    Double,
    /// <summary><c>string</c>: Python <c>str</c>.</summary>
    String,
    /// <summary><c>binary</c>: Python <c>bytes</c>.</summary>
    Binary,
    /// <summary><c>datetime</c>: numpy <c>datetime64[ns]</c>.</summary>
    Datetime,
}

/// <summary>MLflow names of <see cref="DataType"/> values.</summary>
public static class DataTypeNames
{
    /// <summary>Every MLflow data type name, in MLflow's declaration order.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["boolean", "integer", "long", "float", "double", "string", "binary", "datetime"];

    /// <summary>The MLflow JSON name, e.g. <c>long</c>.</summary>
    public static string ToMlflowName(this DataType type) => All[(int)type];

    /// <summary>Parses an MLflow JSON type name (case-sensitive, as MLflow's enum lookup is).</summary>
    public static bool TryParse(string? name, out DataType type)
    {
        for (int i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], name, StringComparison.Ordinal))
            {
                type = (DataType)i;
                return true;
            }
        }
        type = default;
        return false;
    }

    /// <summary>MLflow's listing of the valid names, as its error messages print it.</summary>
    internal static string PythonListing => "['boolean', 'integer', 'long', 'float', 'double', 'string', 'binary', 'datetime']";
}
