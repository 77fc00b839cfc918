using System.Globalization;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>
/// The input of a tensor-based schema: one unnamed tensor, or named tensors matched by name (extra names dropped
/// with one warning, missing ones refused). Each tensor must have the spec's rank and every fixed dimension; ragged
/// input is refused unless the dtype is <c>object</c>. From a table, each cell is one row of its tensor.
/// </summary>
internal sealed class TensorAssembler : InputAssembler
{
    private readonly TensorSpec[] specs;
    private readonly bool named;
    private readonly TensorBuilder[] builders;
    private readonly NameIndex names;
    private readonly List<int> slotTensors = [];
    private bool fromTable;
    private int tableRows;
    private int tableLabels = -1;
    private bool fromInstancesDict;

    // An unnamed tensor read from records: one builder per record key (pandas' column order, first seen first),
    // interleaved into rows at the end, as MLflow's df.to_numpy() does.
    private List<TensorBuilder>? recordColumns;

    public TensorAssembler(Schema schema, EnforcementContext context) : base(context)
    {
        specs = schema.Tensors.ToArray();
        named = schema.HasInputNames;
        builders = specs.Select(s => TensorBuilder.Create(s, context.Options.MaxDepth)).ToArray();
        names = named ? NameIndex.Of(specs) : new NameIndex([]);
    }

    public override bool ReadsWholeRows => !named;

    public override void BeginRecords(string envelope, bool fromInstances)
    {
        if (!named)
        {
            if (envelope != "dataframe_records")
            {
                throw InputsError($"The signature has one unnamed tensor, so `{envelope}` must be the array itself, not records.");
            }
            recordColumns = [];
        }
        fromTable = true;
    }

    // Tensors are always required, and none is an Array column.
    public override bool ParserChecksLength(string label) => !named || names.Find(label) >= 0;

    protected override int AddColumn(ColumnLabel label)
    {
        fromTable = true;
        if (recordColumns is not null)
        {
            recordColumns.Add(TensorBuilder.Create(specs[0], Context.Options.MaxDepth));
            slotTensors.Add(recordColumns.Count - 1);
            return slotTensors.Count - 1;
        }
        if (!named)
        {
            tableLabels = Math.Max(tableLabels, 0) + 1;
            slotTensors.Add(0);
            return slotTensors.Count - 1;
        }
        int tensor = names.Find(label);
        if (tensor < 0) ExtraLabels.Add(label);
        slotTensors.Add(tensor);
        return slotTensors.Count - 1;
    }

    public override void ReadTableCell(ref JsonScanner scanner, int slot, int row)
    {
        int tensor = slotTensors[slot];
        if (tensor < 0)
        {
            scanner.SkipValue();
            return;
        }
        TensorBuilder builder = recordColumns is not null ? recordColumns[tensor] : builders[tensor];
        if (builder.Rows != row)
        {
            // A record without this key: the tensor has no value for that row.
            Context.AtTensor(builder.Spec.Name, [builder.Rows], 1);
            Context.Problem("no value in this row (a tensor has no missing values)");
            scanner.SkipValue();
            return;
        }
        Context.Path.Clear();
        builder.ReadRowCell(ref scanner, Context);
    }

    public override void ReadTableRow(ref JsonScanner scanner, int row)
    {
        fromTable = true;
        Context.Path.Clear();
        builders[0].ReadRowCell(ref scanner, Context);
    }

    public override void ReadCsvCell(ReadOnlySpan<byte> text, int slot, int row) =>
        throw new InvalidOperationException("Tensor signatures are refused for CSV before reading.");

    public override void EndTable(int rows)
    {
        fromTable = true;
        tableRows = rows;
        if (!named && tableLabels > 0 && rows > 0 && builders[0].DimensionAt(1) != tableLabels && !builders[0].IsRagged)
        {
            throw ParseError($"`dataframe_split` rows have {builders[0].DimensionAt(1).ToString(CultureInfo.InvariantCulture)} values, but 'columns' names {tableLabels.ToString(CultureInfo.InvariantCulture)}; every row must have one value per column.");
        }
    }

    public override void ReadInputs(ref JsonScanner scanner, bool fromInstances)
    {
        string envelope = fromInstances ? "instances" : "inputs";
        if (!named)
        {
            Context.Path.Clear();
            builders[0].ReadWhole(ref scanner, Context);
            return;
        }
        JsonToken token = scanner.Peek();
        if (token == JsonToken.Object)
        {
            ReadDictObject(ref scanner, envelope, fromInstances);
            return;
        }
        if (token == JsonToken.Array)
        {
            int start = scanner.Position;
            int depth = scanner.Depth;
            scanner.BeginArray();
            bool first = true;
            JsonToken firstItem = scanner.NextItem(ref first) ? scanner.Peek() : JsonToken.Null;
            scanner.Rewind(start, depth);
            if (firstItem == JsonToken.Object)
            {
                TableReader.ReadRecords(ref scanner, this, Context, envelope, fromInstances);
                return;
            }
        }
        if (specs.Length == 1)
        {
            // One named tensor given as a bare array: MLflow maps it to that name.
            Context.Path.Clear();
            builders[0].ReadWhole(ref scanner, Context);
            return;
        }
        throw InputsError($"The signature has named tensors {string.Join(", ", specs.Select(s => PythonRepr.Str(s.Name!)))}, so `{envelope}` must be an object mapping each name to its array.");
    }

    public override void BeginDict(string envelope, bool fromInstances)
    {
        if (!named)
        {
            throw InputsError("The signature has one unnamed tensor, so the body cannot give inputs by name.");
        }
        fromInstancesDict = fromInstances;
    }

    public override void ReadDictEntry(ref JsonScanner scanner, string name)
    {
        int tensor = FindDictEntry(ref scanner, names, name);
        if (tensor < 0) return;
        Context.Path.Clear();
        builders[tensor].ReadWhole(ref scanner, Context);
    }

    public override void EndDict()
    {
    }

    public override NormalizedInput? Finish()
    {
        if (recordColumns is not null) return FinishRecords();
        var tensors = new List<Tensor>();
        var missing = new List<string>();
        for (int i = 0; i < specs.Length; i++)
        {
            TensorBuilder builder = builders[i];
            if (!builder.Started && !(fromTable && !named))
            {
                missing.Add(specs[i].Name ?? "(unnamed)");
                continue;
            }
            Tensor? tensor = BuildChecked(builder);
            if (tensor is not null) tensors.Add(tensor);
        }
        if (missing.Count > 0)
        {
            Context.InputProblems.AddSchemaMismatch($"Missing {(missing.Count == 1 ? "tensor" : "tensors")} {string.Join(", ", missing.Select(PythonRepr.Str))}", first: true);
        }
        WarnExtraInputs();
        if (fromInstancesDict && tensors.Count > 1 && tensors.Select(t => t.ShapeArray.Length == 0 ? -1 : t.ShapeArray[0]).Distinct().Count() > 1)
        {
            Context.InputProblems.AddFirst(
                $"`instances` tensors have different lengths: {string.Join(", ", tensors.Select(t => $"{PythonRepr.Str(t.Name ?? string.Empty)} has {(t.ShapeArray.Length == 0 ? 0 : t.ShapeArray[0]).ToString(CultureInfo.InvariantCulture)}"))}; use `inputs` for tensors of different lengths.");
        }
        if (Context.InputProblems.Count > 0) return null;
        return named ? new TensorsInput(tensors) : new TensorInput(tensors[0]);
    }

    // The unnamed tensor from records: one column is that column's rows; several columns must hold one value each
    // and make a (rows, columns) matrix.
    private NormalizedInput? FinishRecords()
    {
        List<TensorBuilder> columns = recordColumns!;
        TensorSpec spec = specs[0];
        if (columns.Count == 0)
        {
            Context.InputProblems.Add("Tensor: the records have no values (an empty table cannot fill a tensor)");
            return null;
        }
        if (columns.Count == 1) return BuildChecked(columns[0]) is { } single ? new TensorInput(single) : null;
        var built = new List<Tensor>(columns.Count);
        for (int c = 0; c < columns.Count; c++)
        {
            int[]? shape = columns[c].ReadShape();
            if (columns[c].Rows < tableRows)
            {
                Context.InputProblems.Add($"Tensor: record {columns[c].Rows.ToString(CultureInfo.InvariantCulture)} has no value for its column {(c + 1).ToString(CultureInfo.InvariantCulture)} (a tensor has no missing values)");
                return null;
            }
            if (shape is null || shape.Length != 1)
            {
                Context.InputProblems.Add($"Tensor: records with {columns.Count.ToString(CultureInfo.InvariantCulture)} keys make a matrix, so every value must be a single {spec.DType.ToNumpyName()}, not an array");
                return null;
            }
            built.Add(columns[c].Build(shape));
        }
        Tensor matrix = built[0].Interleave(built);
        int[] target = matrix.ShapeArray;
        if (target.Length != spec.Shape.Count || target.Where((d, i) => spec.Shape[i] != -1 && spec.Shape[i] != d).Any())
        {
            Context.InputProblems.AddSchemaMismatch($"Tensor: records with {columns.Count.ToString(CultureInfo.InvariantCulture)} keys give the shape {FormatShape(target)}, which does not match the signature's {TensorBuilder.FormatShape(spec.Shape)}", first: false);
            return null;
        }
        return Context.InputProblems.Count > 0 ? null : new TensorInput(matrix);
    }

    private Tensor? BuildChecked(TensorBuilder builder)
    {
        TensorSpec spec = builder.Spec;
        string who = spec.Name is null ? "Tensor" : "Tensor " + PythonRepr.Str(spec.Name);
        if (fromTable && builder.FromRows && builder.Rows < tableRows && (named || recordColumns is not null))
        {
            Context.InputProblems.Add($"{who}: row {builder.Rows.ToString(CultureInfo.InvariantCulture)} has no value (a tensor has no missing values)");
            return null;
        }
        int[]? shape = builder.ReadShape();
        if (shape is null)
        {
            if (builder is ObjectTensorBuilder objects && AcceptsRagged(spec))
            {
                return objects.BuildRagged();
            }
            Context.InputProblems.Add($"{who}: ragged array (rows of different lengths or depths); the signature's shape is {TensorBuilder.FormatShape(spec.Shape)}");
            return null;
        }
        int[] target = TableShape(builder, shape);
        if (target.Length != spec.Shape.Count || target.Where((d, i) => spec.Shape[i] != -1 && spec.Shape[i] != d).Any())
        {
            string detail = $"shape {FormatShape(target)} does not match the signature's {TensorBuilder.FormatShape(spec.Shape)}";
            if (builder.FromRows)
            {
                detail += named
                    ? " (each table row is one item of the first dimension, so every row needs the shape " + TensorBuilder.FormatShape(spec.Shape.Skip(1).ToArray()) + ")"
                    : " (each table row is one item of the first dimension)";
            }
            Context.InputProblems.AddSchemaMismatch($"{who}: {detail}", first: false);
            return null;
        }
        Tensor tensor = builder.Build(shape);
        return target.SequenceEqual(shape) ? tensor : tensor.Reshape(target);
    }

    // MLflow's DataFrame-to-tensor rules: a single column of scalars may fill a (-1, 1) tensor; an unnamed tensor
    // read from a one-column table loses the column dimension.
    private int[] TableShape(TensorBuilder builder, int[] shape)
    {
        if (!builder.FromRows) return shape;
        int rank = builder.Spec.Shape.Count;
        if (named)
        {
            return shape.Length == 1 && rank == 2 && builder.Spec.Shape[1] is 1 or -1 ? [shape[0], 1] : shape;
        }
        if (shape.Length >= 2 && shape[1] == 1 && rank != shape.Length)
        {
            int[] dropped = [shape[0], .. shape[2..]];
            if (dropped.Length == rank) return dropped;
        }
        return shape;
    }

    private static bool AcceptsRagged(TensorSpec spec) => spec.Shape.Count <= 1 || spec.Shape.Skip(1).Contains(-1);

    private static string FormatShape(int[] shape) =>
        "[" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";
}
