namespace Signatures.Enforcement;

/// <summary>The input of an accepted request: <see cref="ColumnsInput"/>, <see cref="TensorInput"/> or <see cref="TensorsInput"/>.</summary>
public abstract class NormalizedInput
{
    private protected NormalizedInput() { }

    /// <summary>The document's <c>kind</c>: <c>columns</c>, <c>tensor</c> or <c>tensors</c>.</summary>
    public abstract string Kind { get; }
}

/// <summary>Rows of a column-based schema: the schema's columns present in the request, in schema order.</summary>
public sealed class ColumnsInput : NormalizedInput
{
    internal ColumnsInput(IReadOnlyList<InputColumn> columns, int rowCount)
    {
        Columns = columns;
        RowCount = rowCount;
    }

    /// <inheritdoc/>
    public override string Kind => "columns";

    /// <summary>The present columns in schema order (a missing optional column is not listed).</summary>
    public IReadOnlyList<InputColumn> Columns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The column called <paramref name="name"/>, or <see langword="null"/> when it is not present.</summary>
    public InputColumn? Find(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}

/// <summary>The single tensor of an unnamed tensor schema.</summary>
public sealed class TensorInput : NormalizedInput
{
    internal TensorInput(Tensor tensor) => Tensor = tensor;

    /// <inheritdoc/>
    public override string Kind => "tensor";

    /// <summary>The tensor.</summary>
    public Tensor Tensor { get; }
}

/// <summary>The tensors of a named tensor schema, in schema order.</summary>
public sealed class TensorsInput : NormalizedInput
{
    internal TensorsInput(IReadOnlyList<Tensor> tensors) => Tensors = tensors;

    /// <inheritdoc/>
    public override string Kind => "tensors";

    /// <summary>The tensors in schema order.</summary>
    public IReadOnlyList<Tensor> Tensors { get; }

    /// <summary>The tensor called <paramref name="name"/>, or <see langword="null"/>.</summary>
    public Tensor? Find(string name) => Tensors.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
