namespace Signatures.Examples;

/// <summary>
/// A scipy <c>csr_matrix</c>/<c>csc_matrix</c> example: <c>input_example.json</c> holds its <c>data</c> (NaN as
/// <c>null</c>), <c>indices</c>, <c>indptr</c> and <c>shape</c>; the serving body holds the dense matrix in <c>inputs</c>.
/// </summary>
internal sealed class SparseMatrixExample : InputExample
{
    private readonly NDArrayExample dense;
    private readonly bool compressedColumns;

    /// <summary>The matrix, densely.</summary>
    internal NDArrayExample Dense => dense;

    public SparseMatrixExample(NDArrayExample dense, bool compressedColumns)
    {
        if (dense.Shape.Count != 2) throw new InputExampleException("A sparse matrix example must be two-dimensional.");
        this.dense = dense;
        this.compressedColumns = compressedColumns;
    }

    internal override PreparedExample Prepare()
    {
        var matrix = (List<object?>)dense.ToPythonList()!;
        int rows = dense.Shape[0], columns = dense.Shape[1];
        object? At(int r, int c) => ((List<object?>)matrix[r]!)[c];
        var data = new List<object?>();
        var indices = new List<object?>();
        var indptr = new List<object?> { 0L };
        int outer = compressedColumns ? columns : rows, inner = compressedColumns ? rows : columns;
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                object? value = compressedColumns ? At(i, o) : At(o, i);
                if (IsZero(value)) continue;
                data.Add(value);
                indices.Add((long)i);
            }
            indptr.Add((long)data.Count);
        }
        var stored = new PyDict
        {
            { "data", data },
            { "indices", indices },
            { "indptr", indptr },
            { "shape", new List<object?> { (long)rows, (long)columns } },
        };
        return new PreparedExample(stored, new PyDict { { "inputs", matrix } }, compressedColumns ? "sparse_matrix_csc" : "sparse_matrix_csr");
    }

    private static bool IsZero(object? value) => value switch
    {
        long l => l == 0,
        double d => d == 0,
        bool b => !b,
        _ => false,
    };
}
