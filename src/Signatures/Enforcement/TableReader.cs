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
        List<string>? labels = null;
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
        bool firstRecord = true;
        while (scanner.NextItem(ref firstRecord))
        {
            context.CheckRows(row + 1);
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
                        slot = assembler.AddTableColumn(label);
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
            row++;
        }
        assembler.EndTable(row);
    }

    private static List<string> ReadLabels(ref JsonScanner scanner)
    {
        if (scanner.Peek() != JsonToken.Array)
        {
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
            throw Structural($"`dataframe_split` 'columns' must be an array of column names, got {ConversionMessages.DescribeValue(valueClass, raw)}.");
        }
        var labels = new List<string>();
        scanner.BeginArray();
        bool first = true;
        while (scanner.NextItem(ref first))
        {
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
            switch (valueClass)
            {
                case JsonValueClass.String:
                    labels.Add(JsonStringText.Decode(raw, escaped));
                    break;
                case JsonValueClass.IntegerLiteral or JsonValueClass.DecimalLiteral:
                    // pandas allows any label; a number can only match a positional (unnamed) column.
                    labels.Add(Encoding.ASCII.GetString(raw));
                    break;
                default:
                    throw Structural($"`dataframe_split` 'columns' must hold column names (strings), but entry {labels.Count.ToString(CultureInfo.InvariantCulture)} is {ConversionMessages.DescribeValue(valueClass, raw)}.");
            }
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string label in labels)
        {
            if (!seen.Add(label)) throw Structural($"`dataframe_split` 'columns' names column {PythonRepr.Str(label)} twice.");
        }
        return labels;
    }

    private static void ReadData(ref JsonScanner scanner, List<string>? labels, InputAssembler assembler, EnforcementContext context)
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
                    slots[column] = assembler.AddTableColumn(column.ToString(CultureInfo.InvariantCulture));
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
