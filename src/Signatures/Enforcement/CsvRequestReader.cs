using System.Globalization;
using System.Text;

namespace Signatures.Enforcement;

/// <summary>
/// Reads a <c>text/csv</c> body (RFC 4180: comma-separated, <c>"</c>-quoted fields with <c>""</c> for a quote, LF or
/// CRLF line ends, blank lines skipped) into a column input. The first record is always the header, as pandas reads
/// it for MLflow. Only signatures whose columns all have scalar types can take CSV, and CSV carries no params.
/// </summary>
internal static class CsvRequestReader
{
    public static void CheckSignature(Schema inputs)
    {
        if (inputs.IsTensorBased)
        {
            throw Refuse("text/csv is only accepted for signatures whose columns are all scalar types; this signature has tensors. Send application/json.");
        }
        ColSpec? complex = inputs.Columns.FirstOrDefault(c => c.Type is not ScalarType);
        if (complex is not null)
        {
            string which = complex.Name is null ? "a column" : "column " + PythonRepr.Str(complex.Name);
            throw Refuse($"text/csv is only accepted for signatures whose columns are all scalar types; {which} has type {complex.Type.TypeName}. Send application/json.");
        }
    }

    public static void Read(ReadOnlySpan<byte> body, InputAssembler assembler, EnforcementContext context)
    {
        int position = 0;
        int line = 1;
        var cells = new List<(int Start, int Length, byte[]? Unquoted)>();
        int[]? slots = null;
        int row = 0;
        while (position < body.Length)
        {
            int recordLine = line;
            if (!ReadRecord(body, ref position, ref line, cells)) continue; // blank line
            foreach ((int _, int length, byte[]? unquoted) in cells) context.CheckStringBytes(unquoted?.Length ?? length);
            if (slots is null)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                slots = new int[cells.Count];
                for (int i = 0; i < cells.Count; i++)
                {
                    string label = Encoding.UTF8.GetString(Cell(body, cells[i]));
                    if (!seen.Add(label)) throw Refuse($"The CSV header names column {PythonRepr.Str(label)} twice.");
                    slots[i] = assembler.AddTableColumn(ColumnLabel.Of(label));
                }
                continue;
            }
            if (cells.Count != slots.Length)
            {
                throw Refuse($"CSV line {recordLine.ToString(CultureInfo.InvariantCulture)} has {cells.Count.ToString(CultureInfo.InvariantCulture)} fields, but the header has {slots.Length.ToString(CultureInfo.InvariantCulture)}.");
            }
            context.CheckRows(row + 1);
            for (int i = 0; i < cells.Count; i++)
            {
                context.Path.Clear();
                assembler.ReadCsvCell(Cell(body, cells[i]), slots[i], row);
            }
            row++;
        }
        if (slots is null) throw Refuse("The CSV body is empty: it needs a header row naming the columns, then one row per input.");
        assembler.EndTable(row);
    }

    private static ReadOnlySpan<byte> Cell(ReadOnlySpan<byte> body, (int Start, int Length, byte[]? Unquoted) cell) =>
        cell.Unquoted ?? body.Slice(cell.Start, cell.Length);

    // Reads one record into cells; returns false for a blank line.
    private static bool ReadRecord(ReadOnlySpan<byte> body, ref int position, ref int line, List<(int, int, byte[]?)> cells)
    {
        cells.Clear();
        if (body[position] == '\n' || body[position] == '\r')
        {
            SkipLineEnd(body, ref position, ref line);
            return false;
        }
        while (true)
        {
            if (position < body.Length && body[position] == '"')
            {
                int quoteLine = line;
                position++;
                var text = new List<byte>();
                while (true)
                {
                    if (position >= body.Length) throw Refuse($"CSV line {quoteLine.ToString(CultureInfo.InvariantCulture)} has a quoted field that never ends.");
                    byte b = body[position++];
                    if (b == '"')
                    {
                        if (position < body.Length && body[position] == '"')
                        {
                            text.Add((byte)'"');
                            position++;
                            continue;
                        }
                        break;
                    }
                    if (b == '\n') line++;
                    text.Add(b);
                }
                cells.Add((0, 0, text.ToArray()));
                if (position < body.Length && body[position] is not (byte)',' and not (byte)'\n' and not (byte)'\r')
                {
                    throw Refuse($"CSV line {line.ToString(CultureInfo.InvariantCulture)} has text after a closing quote; quote the whole field.");
                }
            }
            else
            {
                int start = position;
                while (position < body.Length && body[position] is not (byte)',' and not (byte)'\n' and not (byte)'\r') position++;
                cells.Add((start, position - start, null));
            }
            if (position >= body.Length) return true;
            if (body[position] == ',')
            {
                position++;
                continue;
            }
            SkipLineEnd(body, ref position, ref line);
            return true;
        }
    }

    private static void SkipLineEnd(ReadOnlySpan<byte> body, ref int position, ref int line)
    {
        if (body[position] == '\r') position++;
        if (position < body.Length && body[position] == '\n') position++;
        line++;
    }

    private static RequestRejectedException Refuse(string message) => new(RejectionStage.Parse, message, isMalformed: true);
}
