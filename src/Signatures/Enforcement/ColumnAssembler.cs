using System.Globalization;
using Signatures.Conversion;
using Signatures.Formats;

namespace Signatures.Enforcement;

/// <summary>
/// The input of a column-based schema. Named columns are matched by name (case-sensitive) and put in schema order;
/// unnamed columns by position. Extra columns are dropped with one warning; a missing optional column is left out;
/// a missing required column, a null in a required column, and every refused value are problems.
/// </summary>
internal sealed class ColumnAssembler : InputAssembler
{
    private readonly ColSpec[] specs;
    private readonly bool named;
    private readonly ColumnBuilder[] builders;
    private readonly NameIndex names;
    private int[] slotColumns = new int[16];
    private int slotCount;
    private int rows = -1;
    private string? recordsEnvelope;
    private bool recordsFromInstances;

    // dict state
    private DictMode dictMode;
    private string dictEnvelope = "inputs";
    private int[]? dictLengths;
    private List<int>? dictNullColumns;

    public ColumnAssembler(Schema schema, EnforcementContext context) : base(context)
    {
        specs = schema.Columns.ToArray();
        named = schema.HasInputNames;
        builders = new ColumnBuilder[specs.Length];
        for (int i = 0; i < specs.Length; i++)
        {
            builders[i] = ColumnBuilder.Create(specs[i], named ? specs[i].Name! : Positional(i));
        }
        names = named ? NameIndex.Of(specs) : new NameIndex([]);
    }

    private bool HasListColumns => specs.Any(s => s.Type is ArrayType or ObjectType or SparkMLVectorType);

    public override void BeginRecords(string envelope, bool fromInstances)
    {
        recordsEnvelope = envelope;
        recordsFromInstances = fromInstances;
    }

    public override bool ParserChecksLength(string label)
    {
        if (!named) return true;
        int column = names.Find(label);
        return column >= 0 && specs[column].IsRequired && specs[column].Type is not ArrayType;
    }

    protected override int AddColumn(ColumnLabel label)
    {
        int column;
        if (named)
        {
            column = names.Find(label);
            if (column >= 0 && builders[column].Present)
            {
                throw ParseError($"The request names column {label.Repr} twice.");
            }
        }
        else
        {
            column = slotCount < specs.Length ? slotCount : -1;
        }
        if (column >= 0)
        {
            builders[column].Present = true;
            if (recordsFromInstances && specs[column].Type is ArrayType or ObjectType or SparkMLVectorType)
            {
                Context.AtColumn(builders[column].Label, -1);
                Context.Path.Clear();
                Context.Problem($"records in `instances` cannot carry {specs[column].Type.TypeName} values (MLflow cannot read them there); send them in `dataframe_records` or `inputs`");
            }
        }
        else
        {
            ExtraLabels.Add(label);
        }
        if (slotCount == slotColumns.Length) Array.Resize(ref slotColumns, slotCount * 2);
        slotColumns[slotCount] = column;
        return slotCount++;
    }

    public override void ReadTableCell(ref JsonScanner scanner, int slot, int row)
    {
        int column = slotColumns[slot];
        if (column < 0)
        {
            scanner.SkipValue();
            return;
        }
        builders[column].ReadJson(ref scanner, row, Context);
    }

    public override void ReadCsvCell(ReadOnlySpan<byte> text, int slot, int row)
    {
        int column = slotColumns[slot];
        if (column >= 0) builders[column].ReadText(text, row, Context);
    }

    public override void EndTable(int rowCount) => rows = rowCount;

    public override void ReadInputs(ref JsonScanner scanner, bool fromInstances)
    {
        string envelope = fromInstances ? "instances" : "inputs";
        JsonToken token = scanner.Peek();
        if (token == JsonToken.Object)
        {
            if (!named)
            {
                throw InputsError($"The signature's columns are unnamed, so `{envelope}` must be an array (of values or of rows) or a single value, not an object.");
            }
            ReadDictObject(ref scanner, envelope, fromInstances);
            return;
        }
        if (token == JsonToken.Array)
        {
            JsonToken firstItem = PeekFirstItem(ref scanner);
            if (firstItem == JsonToken.Object)
            {
                if (!named)
                {
                    throw InputsError($"The signature's columns are unnamed, so `{envelope}` cannot hold records (objects); send an array of values or of rows.");
                }
                TableReader.ReadRecords(ref scanner, this, Context, envelope, fromInstances);
                return;
            }
            if (named && specs.Length != 1 && firstItem == JsonToken.Array && specs[0].Type is ScalarType && names.Find(ColumnLabel.Position(0)) >= 0)
            {
                // MLflow makes an array of rows one array, so pandas labels its columns 0, 1, ...: they can only be
                // columns named by those numbers.
                ReadRows(ref scanner, envelope);
                return;
            }
            if (named)
            {
                if (specs.Length != 1)
                {
                    throw InputsError($"The signature has named columns {string.Join(", ", specs.Select(s => s.NameRepr))}, so an array in `{envelope}` must hold records (objects) with those keys.");
                }
                ReadSingleColumn(ref scanner);
                return;
            }
            if (firstItem == JsonToken.Array && specs[0].Type is ScalarType)
            {
                ReadRows(ref scanner, envelope);
                return;
            }
            ReadSingleColumn(ref scanner);
            return;
        }
        // A single value is one row of one column, which pandas labels 0: for named columns, only a column named 0.
        int column = named ? names.Find(ColumnLabel.Position(0)) : 0;
        if (column < 0)
        {
            // MLflow's schema enforcement refuses it (Model is missing inputs), after its parser took it.
            throw SchemaMismatch(
                $"`{envelope}` is a single value, but the signature's {(specs.Length == 1 ? "column is" : "columns are")} named " +
                $"{string.Join(", ", specs.Select(s => s.NameRepr))}; MLflow's server reads a single value as one column labelled 0 and refuses it " +
                $"(Model is missing inputs), so send {{\"{envelope}\": {{{PythonJsonText.QuoteString(specs[0].Name!)}: [value]}}}}, records or an object of columns.");
        }
        builders[column].Present = true;
        Context.Path.Clear();
        builders[column].ReadJson(ref scanner, 0, Context);
        rows = 1;
    }

    public override void BeginDict(string envelope, bool fromInstances)
    {
        if (!named)
        {
            throw InputsError("The signature's columns are unnamed, so the body cannot give them by name.");
        }
        dictEnvelope = envelope;
        // MLflow reads a dict as ONE row when the schema has Array/Object columns (their values are lists/objects).
        dictMode = HasListColumns ? DictMode.SingleRow : DictMode.Undecided;
        dictLengths = new int[specs.Length];
        dictNullColumns = null;
    }

    public override void ReadDictEntry(ref JsonScanner scanner, string name)
    {
        int column = FindDictEntry(ref scanner, names, name);
        if (column < 0) return;
        ColumnBuilder builder = builders[column];
        builder.Present = true;
        Context.Path.Clear();
        if (dictMode == DictMode.SingleRow)
        {
            builder.ReadJson(ref scanner, 0, Context);
            return;
        }
        JsonToken token = scanner.Peek();
        if (token == JsonToken.Null)
        {
            scanner.ReadNull();
            (dictNullColumns ??= []).Add(column);
            return;
        }
        if (token == JsonToken.Array)
        {
            if (dictMode == DictMode.Scalars) throw MixedDict(name);
            dictMode = DictMode.Columns;
            scanner.BeginArray();
            int row = 0;
            bool first = true;
            while (scanner.NextItem(ref first))
            {
                Context.CheckRows(row + 1);
                Context.Path.Clear();
                builder.ReadJson(ref scanner, row++, Context);
            }
            dictLengths![column] = row;
            return;
        }
        if (dictMode == DictMode.Columns) throw MixedDict(name);
        dictMode = DictMode.Scalars;
        builder.ReadJson(ref scanner, 0, Context);
    }

    public override void EndDict()
    {
        if (dictMode == DictMode.Columns)
        {
            var lengths = new List<(string Name, int Length)>();
            for (int i = 0; i < specs.Length; i++)
            {
                if (builders[i].Present && (dictNullColumns is null || !dictNullColumns.Contains(i))) lengths.Add((specs[i].Name!, dictLengths![i]));
            }
            if (lengths.Select(l => l.Length).Distinct().Count() > 1)
            {
                throw SchemaMismatch($"`{dictEnvelope}` columns have different lengths: {string.Join(", ", lengths.Select(l => $"{PythonRepr.Str(l.Name)} has {l.Length.ToString(CultureInfo.InvariantCulture)}"))}; every column needs one value per row.");
            }
            rows = lengths.Count > 0 ? lengths[0].Length : 0;
        }
        else
        {
            rows = builders.Any(b => b.Present) ? 1 : 0;
        }
    }

    public override NormalizedInput? Finish()
    {
        if (rows < 0) rows = 0;
        var missingRequired = new List<string>();
        var columns = new List<InputColumn>();
        for (int i = 0; i < specs.Length; i++)
        {
            ColumnBuilder builder = builders[i];
            if (!builder.Present)
            {
                if (specs[i].IsRequired) missingRequired.Add(named ? specs[i].NameRepr : PythonRepr.Str(builder.Label));
                continue;
            }
            Context.Path.Clear();
            columns.Add(new InputColumn(builder.Label, specs[i], builder.Finish(rows, Context)));
        }
        if (named)
        {
            if (missingRequired.Count > 0)
            {
                string message = $"Missing required {(missingRequired.Count == 1 ? "column" : "columns")} {string.Join(", ", missingRequired)}";
                if (ExtraLabels.Count > 0) message += $" (the request has unknown {(ExtraLabels.Count == 1 ? "column" : "columns")} {NameList.Format(ExtraLabels)}; names are case-sensitive)";
                Context.InputProblems.AddSchemaMismatch(message, first: true);
            }
            WarnExtraInputs();
        }
        else
        {
            int present = builders.Count(b => b.Present);
            if (present < specs.Length)
            {
                Context.InputProblems.AddSchemaMismatch(
                    $"The signature declares {specs.Length.ToString(CultureInfo.InvariantCulture)} unnamed {(specs.Length == 1 ? "column" : "columns")}, but the request has {present.ToString(CultureInfo.InvariantCulture)}; unnamed columns are matched by position only.", first: true);
            }
            if (ExtraLabels.Count > 0)
            {
                Context.Warnings.Add(
                    $"The request has {(present + ExtraLabels.Count).ToString(CultureInfo.InvariantCulture)} columns, but the signature declares {specs.Length.ToString(CultureInfo.InvariantCulture)} unnamed {(specs.Length == 1 ? "column" : "columns")}; the extra columns were ignored.");
            }
        }
        return new ColumnsInput(columns, rows);
    }

    // One named column given as a bare array: the array is the column's values, or one row's value when the column
    // holds lists or objects (as MLflow reads {"inputs": [1, 2]} for an Array column).
    private void ReadSingleColumn(ref JsonScanner scanner)
    {
        ColumnBuilder builder = builders[0];
        builder.Present = true;
        if (specs[0].Type is ArrayType or ObjectType or SparkMLVectorType && named)
        {
            Context.Path.Clear();
            builder.ReadJson(ref scanner, 0, Context);
            rows = 1;
            return;
        }
        scanner.BeginArray();
        int row = 0;
        bool first = true;
        while (scanner.NextItem(ref first))
        {
            Context.CheckRows(row + 1);
            Context.Path.Clear();
            builder.ReadJson(ref scanner, row++, Context);
        }
        rows = row;
    }

    // An array of rows for an unnamed schema. MLflow makes it ONE numpy array of the first column's type, so every
    // value must satisfy the first column's type as well as its own.
    private void ReadRows(ref JsonScanner scanner, string envelope)
    {
        bool sameTypes = specs.All(s => s.Type == specs[0].Type);
        scanner.BeginArray();
        int row = 0;
        int width = -1;
        bool firstRow = true;
        while (scanner.NextItem(ref firstRow))
        {
            Context.CheckRows(row + 1);
            if (scanner.Peek() != JsonToken.Array)
            {
                JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
                throw InputsError($"`{envelope}` row {row.ToString(CultureInfo.InvariantCulture)} must be an array like the first row, got {ConversionMessages.DescribeValue(valueClass, raw)}.");
            }
            scanner.BeginArray();
            int column = 0;
            bool firstCell = true;
            while (scanner.NextItem(ref firstCell))
            {
                if (row == 0) AddTableColumn(ColumnLabel.Position(column));
                else if (column >= width) throw RaggedRows(envelope, row);
                int target = slotColumns[column];
                if (target < 0)
                {
                    scanner.SkipValue();
                }
                else if (sameTypes || target == 0)
                {
                    Context.Path.Clear();
                    builders[target].ReadJson(ref scanner, row, Context);
                }
                else
                {
                    ReadAgainstFirstColumn(ref scanner, target, row);
                }
                column++;
            }
            if (row == 0) width = column;
            else if (column != width) throw RaggedRows(envelope, row);
            row++;
        }
        rows = row;
    }

    private void ReadAgainstFirstColumn(ref JsonScanner scanner, int target, int row)
    {
        JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
        ColumnBuilder builder = builders[target];
        ConversionStatus status = valueClass == JsonValueClass.Null ? ConversionStatus.Ok : builders[0].Check(valueClass, raw, escaped);
        if (status != ConversionStatus.Ok)
        {
            var first = (ScalarType)specs[0].Type;
            Context.AtColumn(builder.Label, row);
            Context.Path.Clear();
            Context.Problem(ConversionMessages.Describe(ScalarKinds.For(first.DataType), first.TypeName, status, valueClass, raw) +
                $"; an array of rows for unnamed columns is read with the first column's type ({first.TypeName}), so send `dataframe_split` to mix types");
            builder.AddInvalid(row);
            return;
        }
        if (specs[target].Type is ScalarType)
        {
            builder.AddToken(valueClass, raw, escaped, row, Context);
            return;
        }
        Context.AtColumn(builder.Label, row);
        Context.Path.Clear();
        Context.Problem($"expected {specs[target].Type.TypeName}, got {ConversionMessages.DescribeValue(valueClass, raw)}");
        builder.AddInvalid(row);
    }

    private static RequestRejectedException RaggedRows(string envelope, int row) =>
        InputsError($"`{envelope}` rows have different lengths (row {row.ToString(CultureInfo.InvariantCulture)} differs from row 0); every row needs one value per column.");

    private RequestRejectedException MixedDict(string name) =>
        InputsError($"`{dictEnvelope}` mixes lists and single values (column {PythonRepr.Str(name)}); give every column as a list of values, one per row, or every column as one value.");

    /// <summary>The kind of the first item of the array at the scanner, without consuming anything.</summary>
    private static JsonToken PeekFirstItem(ref JsonScanner scanner)
    {
        int start = scanner.Position;
        int depth = scanner.Depth;
        scanner.BeginArray();
        bool first = true;
        JsonToken token = scanner.NextItem(ref first) ? scanner.Peek() : JsonToken.Null;
        scanner.Rewind(start, depth);
        return token;
    }

    /// <summary>The label of position <paramref name="index"/> in an unnamed schema: <c>"0"</c>, <c>"1"</c>, ...</summary>
    internal static string Positional(int index) => index.ToString(CultureInfo.InvariantCulture);

    private enum DictMode : byte
    {
        Undecided,
        SingleRow,
        Scalars,
        Columns,
    }
}
