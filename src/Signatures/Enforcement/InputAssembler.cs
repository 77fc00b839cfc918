namespace Signatures.Enforcement;

/// <summary>
/// Turns the input part of a request into a <see cref="NormalizedInput"/> for one kind of schema (columns or
/// tensors). The envelope readers feed it tables (<c>dataframe_split</c>, <c>dataframe_records</c>, records in
/// <c>instances</c>/<c>inputs</c>, CSV), dicts (<c>inputs</c>/<c>instances</c> objects, the unified LLM body) or a
/// bare <c>inputs</c>/<c>instances</c> value; <see cref="Finish"/> checks what only the whole input can tell.
/// </summary>
internal abstract class InputAssembler(EnforcementContext context)
{
    protected EnforcementContext Context { get; } = context;

    /// <summary>Labels in the request that name no input of the signature; their values are ignored.</summary>
    protected List<ColumnLabel> ExtraLabels { get; } = [];

    /// <summary>Whether <c>dataframe_split</c> rows are read whole (one tensor row per data row) rather than cell by cell.</summary>
    public virtual bool ReadsWholeRows => false;

    /// <summary>Starts a table read from records; <paramref name="fromInstances"/> when the records came in <c>instances</c>.</summary>
    public virtual void BeginRecords(string envelope, bool fromInstances)
    {
    }

    private int tableColumns;

    /// <summary>Registers a table column (split <c>columns</c> entry, record key, CSV header) and returns its slot. A
    /// request has at most <see cref="EnforcementOptions.MaxKeys"/> of them (records may each bring new keys).</summary>
    public int AddTableColumn(ColumnLabel label)
    {
        Context.CheckColumns(++tableColumns);
        return AddColumn(label);
    }

    /// <summary>Registers a table column and returns its slot.</summary>
    protected abstract int AddColumn(ColumnLabel label);

    /// <summary>Whether MLflow's parser compares the number of values of this key across <c>instances</c> records: a
    /// required input that is not an Array column, or any key when the inputs are unnamed. Other keys only meet pandas in
    /// schema enforcement.</summary>
    public abstract bool ParserChecksLength(string label);

    /// <summary>Reads one cell of a table column.</summary>
    public abstract void ReadTableCell(ref JsonScanner scanner, int slot, int row);

    /// <summary>Reads one whole <c>dataframe_split</c> data row (only when <see cref="ReadsWholeRows"/>).</summary>
    public virtual void ReadTableRow(ref JsonScanner scanner, int row) =>
        throw new InvalidOperationException("This input does not read whole rows.");

    /// <summary>Reads one CSV cell of a table column.</summary>
    public abstract void ReadCsvCell(ReadOnlySpan<byte> text, int slot, int row);

    /// <summary>Ends a table of <paramref name="rows"/> rows.</summary>
    public abstract void EndTable(int rows);

    /// <summary>Reads the value of <c>inputs</c> (or <c>instances</c> when <paramref name="fromInstances"/>).</summary>
    public abstract void ReadInputs(ref JsonScanner scanner, bool fromInstances);

    /// <summary>Starts a dict of named values (an <c>inputs</c>/<c>instances</c> object or the unified LLM body).</summary>
    public abstract void BeginDict(string envelope, bool fromInstances);

    /// <summary>Reads the value of one dict entry.</summary>
    public abstract void ReadDictEntry(ref JsonScanner scanner, string name);

    /// <summary>Ends the dict.</summary>
    public abstract void EndDict();

    /// <summary>Builds the input after every check that needs the whole input; problems go to the context.</summary>
    public abstract NormalizedInput? Finish();

    /// <summary>Reads an object's entries as a dict, refusing repeated keys.</summary>
    public void ReadDictObject(ref JsonScanner scanner, string envelope, bool fromInstances)
    {
        BeginDict(envelope, fromInstances);
        scanner.BeginObject();
        HashSet<string>? keys = null;
        int keyCount = 0;
        while (scanner.NextProperty(ref keyCount, out ReadOnlySpan<byte> raw, out bool escaped))
        {
            string name = Conversion.JsonStringText.Decode(raw, escaped);
            keys ??= new HashSet<string>(StringComparer.Ordinal);
            if (!keys.Add(name)) throw scanner.DuplicateKey(raw, escaped);
            ReadDictEntry(ref scanner, name);
        }
        EndDict();
    }

    /// <summary>The input a dict entry names; an unknown name is noted among <see cref="ExtraLabels"/> and its value
    /// skipped (-1).</summary>
    protected int FindDictEntry(ref JsonScanner scanner, NameIndex names, string name)
    {
        int input = names.Find(name);
        if (input < 0)
        {
            ExtraLabels.Add(ColumnLabel.Of(name));
            scanner.SkipValue();
        }
        return input;
    }

    /// <summary>Warns, by name, that the <see cref="ExtraLabels"/> were ignored, as MLflow does.</summary>
    protected void WarnExtraInputs()
    {
        if (ExtraLabels.Count > 0)
        {
            Context.Warnings.Add($"Found extra inputs in the request that are not in the signature; they were ignored: {NameList.Format(ExtraLabels)}.");
        }
    }

    /// <summary>A structural problem of the input that stops reading it.</summary>
    protected static RequestRejectedException InputsError(string message) => new(RejectionStage.Inputs, message);

    /// <summary>An input that does not line up with the signature's columns or tensors (see <see cref="RequestRejection.IsSchemaMismatch"/>).</summary>
    protected static RequestRejectedException SchemaMismatch(string message) => new(RejectionStage.Inputs, message, isSchemaMismatch: true);

    /// <summary>A structural problem of the envelope that stops reading it.</summary>
    protected static RequestRejectedException ParseError(string message) => new(RejectionStage.Parse, message);
}
