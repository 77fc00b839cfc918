using System.Globalization;
using System.Text;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>
/// Reads MLflow's two DataFrame envelopes into an <see cref="InputAssembler"/>: <c>dataframe_split</c>
/// (<c>{"columns": [...], "data": [[...], ...], "index": [...]}</c>, every row exactly as long as <c>columns</c>)
/// and records (<c>[{"a": 1, ...}, ...]</c>, a key missing from a record is a missing value).
/// </summary>
internal static class TableReader
{
    public static void ReadSplit(ref JsonScanner scanner, InputAssembler assembler, EnforcementContext context)
    {
        if (scanner.Peek() != JsonToken.Object)
        {
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
            throw Structural($"`dataframe_split` must be an object with 'data' and optionally 'columns' and 'index', got {ConversionMessages.DescribeValue(valueClass, raw)}.");
        }
        scanner.BeginObject();
        List<ColumnLabel>? labels = null;
        bool hasData = false, hasIndex = false;
        int dataStart = -1, dataDepth = 0;
        int keyCount = 0;
        while (scanner.NextProperty(ref keyCount, out ReadOnlySpan<byte> name, out bool escaped))
        {
            if (JsonStringText.ValueEquals(name, escaped, "columns"u8, "columns"))
            {
                if (labels is not null) throw scanner.DuplicateKey(name, escaped);
                labels = ReadLabels(ref scanner);
            }
            else if (JsonStringText.ValueEquals(name, escaped, "data"u8, "data"))
            {
                if (hasData) throw scanner.DuplicateKey(name, escaped);
                hasData = true;
                if (labels is not null)
                {
                    ReadData(ref scanner, labels, assembler, context);
                }
                else
                {
                    // 'columns' may still follow: read the rows once the labels are known.
                    scanner.Peek();
                    dataStart = scanner.Position;
                    dataDepth = scanner.Depth;
                    scanner.SkipValue();
                }
            }
            else if (JsonStringText.ValueEquals(name, escaped, "index"u8, "index"))
            {
                if (hasIndex) throw scanner.DuplicateKey(name, escaped);
                hasIndex = true;
                scanner.SkipValue();
            }
            else
            {
                throw Structural($"`dataframe_split` may only have 'data', 'columns' and 'index', but it has {PythonRepr.Str(JsonStringText.Decode(name, escaped))}.");
            }
        }
        if (!hasData) throw Structural("`dataframe_split` must have a 'data' key (the rows).");
        if (dataStart >= 0)
        {
            JsonScanner data = scanner.At(dataStart, dataDepth);
            ReadData(ref data, labels, assembler, context);
        }
    }

    public static void ReadRecords(ref JsonScanner scanner, InputAssembler assembler, EnforcementContext context, string envelope, bool fromInstances)
    {
        if (scanner.Peek() != JsonToken.Array)
        {
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
            throw Structural($"`{envelope}` must be an array of records (objects), got {ConversionMessages.DescribeValue(valueClass, raw)}.");
        }
        assembler.BeginRecords(envelope, fromInstances);
        var slotsByLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        // Records usually repeat the first record's keys in the same order: remember them by position to skip lookups.
        var cachedKeys = new List<byte[]>();
        var cachedSlots = new List<int>();
        var lastRowOfSlot = new List<int>();
        scanner.BeginArray();
        int row = 0;
        int firstRecordKeys = -1;
        bool firstRecord = true;
        while (scanner.NextItem(ref firstRecord))
        {
            context.CheckRows(row + 1);
            int slotsBefore = lastRowOfSlot.Count;
            if (scanner.Peek() != JsonToken.Object)
            {
                JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
                throw Structural($"`{envelope}` must be an array of records (objects), but item {row.ToString(CultureInfo.InvariantCulture)} is {ConversionMessages.DescribeValue(valueClass, raw)}.");
            }
            scanner.BeginObject();
            int position = 0;
            int keyCount = 0;
            while (scanner.NextProperty(ref keyCount, out ReadOnlySpan<byte> name, out bool escaped))
            {
                int slot;
                if (!escaped && position < cachedKeys.Count && name.SequenceEqual(cachedKeys[position]))
                {
                    slot = cachedSlots[position];
                }
                else
                {
                    string label = JsonStringText.Decode(name, escaped);
                    if (!slotsByLabel.TryGetValue(label, out slot))
                    {
                        slot = assembler.AddTableColumn(ColumnLabel.Of(label));
                        slotsByLabel.Add(label, slot);
                        while (lastRowOfSlot.Count <= slot) lastRowOfSlot.Add(-1);
                    }
                    if (!escaped)
                    {
                        if (position < cachedKeys.Count)
                        {
                            cachedKeys[position] = name.ToArray();
                            cachedSlots[position] = slot;
                        }
                        else if (position == cachedKeys.Count)
                        {
                            cachedKeys.Add(name.ToArray());
                            cachedSlots.Add(slot);
                        }
                    }
                }
                if (lastRowOfSlot[slot] == row) throw scanner.DuplicateKey(name, escaped);
                lastRowOfSlot[slot] = row;
                assembler.ReadTableCell(ref scanner, slot, row);
                position++;
            }
            if (fromInstances)
            {
                // MLflow's server turns records in `instances` into one array per key: a record with a key more or
                // less than the first makes arrays of different lengths, which it refuses.
                if (row == 0) firstRecordKeys = position;
                else if (position != firstRecordKeys || lastRowOfSlot.Count != slotsBefore) throw DifferentKeys(row, firstRecordKeys, lastRowOfSlot, slotsByLabel, assembler);
            }
            row++;
        }
        assembler.EndTable(row);
    }

    private static RequestRejectedException DifferentKeys(int row, int firstRecordKeys, List<int> lastRowOfSlot, Dictionary<string, int> slotsByLabel,
        InputAssembler assembler)
    {
        // MLflow's parser compares the array lengths of the keys it checks (InputAssembler.ParserChecksLength) and refuses
        // with BAD_REQUEST; when those agree, pandas refuses the arrays in schema enforcement (INVALID_PARAMETER_VALUE).
        // So far record 0's keys have one value per record read, less one where record `row` lacks them; its extra keys one.
        bool parserRefuses = slotsByLabel
            .Where(e => assembler.ParserChecksLength(e.Key))
            .Select(e => e.Value >= firstRecordKeys ? 1 : lastRowOfSlot[e.Value] == row ? row + 1 : row)
            .Distinct()
            .Skip(1)
            .Any();
        // Slots are numbered in order of first appearance, so record 0's keys are the first slots.
        string[] missing = slotsByLabel.Where(e => e.Value < firstRecordKeys && lastRowOfSlot[e.Value] != row).Select(e => e.Key).ToArray();
        string[] extra = slotsByLabel.Where(e => e.Value >= firstRecordKeys && lastRowOfSlot[e.Value] == row).Select(e => e.Key).ToArray();
        var differences = new List<string>(2);
        if (missing.Length > 0) differences.Add($"lacks {NameList.Format(missing)}");
        if (extra.Length > 0) differences.Add($"has {NameList.Format(extra)} besides");
        return new RequestRejectedException(
            RejectionStage.Inputs,
            $"`instances` record {row.ToString(CultureInfo.InvariantCulture)} {string.Join(" and ", differences)} the keys of record 0: MLflow's server reads " +
            "records in `instances` as one array per key and refuses arrays of different lengths (All arrays must be of the same length); give every " +
            "record the same keys (null for a missing optional value), or send the records as `dataframe_records`.",
            isSchemaMismatch: !parserRefuses);
    }

    private static List<ColumnLabel> ReadLabels(ref JsonScanner scanner)
    {
        if (scanner.Peek() != JsonToken.Array)
        {
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
            throw Structural($"`dataframe_split` 'columns' must be an array of column names, got {ConversionMessages.DescribeValue(valueClass, raw)}.");
        }
        var labels = new List<ColumnLabel>();
        scanner.BeginArray();
        bool first = true;
        while (scanner.NextItem(ref first))
        {
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
            switch (valueClass)
            {
                case JsonValueClass.String:
                    labels.Add(ColumnLabel.Of(JsonStringText.Decode(raw, escaped)));
                    break;
                case var number when number.IsNumber():
                    // pandas keeps any label as it is: a number matches a column whose name is that number (as MLflow
                    // writes for DataFrames built from an ndarray), never a string name such as "0".
                    labels.Add(ColumnLabel.Number(valueClass, raw));
                    break;
                case JsonValueClass.True or JsonValueClass.False:
                    labels.Add(ColumnLabel.Boolean(valueClass == JsonValueClass.True));
                    break;
                default:
                    throw Structural($"`dataframe_split` 'columns' must hold column names (strings, or numbers for columns named by numbers), but entry {labels.Count.ToString(CultureInfo.InvariantCulture)} is {ConversionMessages.DescribeValue(valueClass, raw)}.");
            }
        }
        var seen = new HashSet<ColumnLabel>();
        foreach (ColumnLabel label in labels)
        {
            // Python equality: 1, 1.0 and True are one label.
            ColumnLabel key = label.IsString ? label : label with { Text = string.Empty };
            if (!seen.Add(key)) throw Structural($"`dataframe_split` 'columns' names column {label.Repr} twice.");
        }
        return labels;
    }

    private static void ReadData(ref JsonScanner scanner, List<ColumnLabel>? labels, InputAssembler assembler, EnforcementContext context)
    {
        if (scanner.Peek() != JsonToken.Array)
        {
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
            throw Structural($"`dataframe_split` 'data' must be an array of rows, got {ConversionMessages.DescribeValue(valueClass, raw)}.");
        }
        int columns = -1;
        int[] slots = new int[4];
        if (labels is not null)
        {
            columns = labels.Count;
            slots = new int[columns];
            for (int i = 0; i < columns; i++) slots[i] = assembler.AddTableColumn(labels[i]);
        }
        scanner.BeginArray();
        int row = 0;
        bool firstRow = true;
        while (scanner.NextItem(ref firstRow))
        {
            context.CheckRows(row + 1);
            if (scanner.Peek() != JsonToken.Array)
            {
                JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
                throw Structural($"`dataframe_split` row {row.ToString(CultureInfo.InvariantCulture)} must be an array of values, got {ConversionMessages.DescribeValue(valueClass, raw)}.");
            }
            if (assembler.ReadsWholeRows)
            {
                assembler.ReadTableRow(ref scanner, row);
                row++;
                continue;
            }
            scanner.BeginArray();
            int column = 0;
            bool firstCell = true;
            while (scanner.NextItem(ref firstCell))
            {
                if (labels is null && row == 0)
                {
                    // No 'columns': the first row decides how many there are, labelled 0, 1, ... as pandas does.
                    if (column == slots.Length) Array.Resize(ref slots, slots.Length * 2);
                    slots[column] = assembler.AddTableColumn(ColumnLabel.Position(column));
                }
                else if (column >= columns)
                {
                    throw RowLength(row, labels is not null, columns, more: true);
                }
                assembler.ReadTableCell(ref scanner, slots[column], row);
                column++;
            }
            if (labels is null && row == 0) columns = column;
            if (column != columns) throw RowLength(row, labels is not null, columns, more: false);
            row++;
        }
        assembler.EndTable(row);
    }

    private static RequestRejectedException RowLength(int row, bool hasColumns, int columns, bool more)
    {
        string reference = hasColumns
            ? $"'columns' names {columns.ToString(CultureInfo.InvariantCulture)}"
            : $"the first row has {columns.ToString(CultureInfo.InvariantCulture)}";
        return Structural($"`dataframe_split` row {row.ToString(CultureInfo.InvariantCulture)} has {(more ? "more" : "fewer")} values than {reference}; every row must have one value per column.");
    }

    private static RequestRejectedException Structural(string message) => new(RejectionStage.Parse, message);
}
