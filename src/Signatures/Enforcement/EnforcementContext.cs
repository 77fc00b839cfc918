using System.Globalization;
using System.Text;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>What the builders share while one request is read: the limits, the problems found per stage, the warnings,
/// and the location of the value being read (rendered into a message only when something is wrong).</summary>
internal sealed class EnforcementContext
{
    public EnforcementContext(EnforcementOptions options)
    {
        Options = options;
        InputProblems = new ProblemList(options.MaxReportedProblems);
        ParamProblems = new ProblemList(options.MaxReportedProblems);
    }

    public EnforcementOptions Options { get; }

    public ProblemList InputProblems { get; }

    public ProblemList ParamProblems { get; }

    public List<string> Warnings { get; } = [];

    public ValuePath Path { get; } = new();

    private LocationKind kind;
    private string label = string.Empty;
    private int row = -1;
    private int[]? tensorIndex;
    private int tensorIndexLength;
    private long tensorElements;

    public void AtColumn(string columnLabel, int rowIndex)
    {
        kind = LocationKind.Column;
        label = columnLabel;
        row = rowIndex;
    }

    public void AtParam(string name)
    {
        kind = LocationKind.Param;
        label = name;
        row = -1;
    }

    public void AtTensor(string? name, int[] index, int indexLength)
    {
        kind = LocationKind.Tensor;
        label = name ?? string.Empty;
        tensorIndex = index;
        tensorIndexLength = indexLength;
    }

    /// <summary>Counts one tensor element against the limit.</summary>
    public void CountTensorElement()
    {
        if (++tensorElements > Options.MaxTensorElements)
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The request has more than {Options.MaxTensorElements.ToString(CultureInfo.InvariantCulture)} tensor elements (the limit).");
        }
    }

    /// <summary>Checks a row count against the limit.</summary>
    public void CheckRows(int rows)
    {
        if (rows > Options.MaxRows)
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The request has more than {Options.MaxRows.ToString(CultureInfo.InvariantCulture)} rows (the limit).");
        }
    }

    /// <summary>Checks a column count (of one request: listed, found in records, or in a CSV header) against the limit.</summary>
    public void CheckColumns(int columns)
    {
        if (columns > Options.MaxKeys)
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The request has more than {Options.MaxKeys.ToString(CultureInfo.InvariantCulture)} columns (the limit).");
        }
    }

    /// <summary>Checks the number of entries of <c>params</c> against the limit.</summary>
    public void CheckParams(int count)
    {
        if (count > Options.MaxParams)
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The request has more than {Options.MaxParams.ToString(CultureInfo.InvariantCulture)} params (the limit).");
        }
    }

    /// <summary>Checks the length of a CSV field (JSON strings are checked as they are scanned) against the limit.</summary>
    public void CheckStringBytes(int bytes)
    {
        if (bytes > Options.MaxStringBytes)
        {
            throw new RequestRejectedException(
                RejectionStage.Parse,
                $"The body has a string of {bytes.ToString(CultureInfo.InvariantCulture)} bytes, more than the limit of {Options.MaxStringBytes.ToString(CultureInfo.InvariantCulture)}; send shorter strings.");
        }
    }

    /// <summary>Reports a refused value at the current location.</summary>
    public void ValueProblem(ScalarKind target, string typeName, ConversionStatus status, JsonValueClass valueClass, ReadOnlySpan<byte> raw) =>
        Problem(ConversionMessages.Describe(target, typeName, status, valueClass, raw));

    /// <summary>Reports a problem at the current location (to the params or inputs stage by location).</summary>
    public void Problem(string detail)
    {
        string message = Location() + ": " + detail;
        if (kind == LocationKind.Param) ParamProblems.Add(message);
        else InputProblems.Add(message);
    }

    public string Location()
    {
        var builder = new StringBuilder(48);
        switch (kind)
        {
            case LocationKind.Column:
                builder.Append("Column ").Append(PythonRepr.Str(label));
                if (row >= 0) builder.Append(", row ").Append(row.ToString(CultureInfo.InvariantCulture));
                if (Path.Depth > 0)
                {
                    builder.Append(", at ");
                    Path.AppendTo(builder);
                }
                break;
            case LocationKind.Param:
                builder.Append("Param ").Append(PythonRepr.Str(label));
                if (Path.Depth > 0)
                {
                    builder.Append(" at ");
                    Path.AppendTo(builder);
                }
                break;
            default:
                builder.Append(label.Length == 0 ? "Tensor" : "Tensor " + PythonRepr.Str(label));
                if (tensorIndex is not null)
                {
                    builder.Append(" at [");
                    for (int i = 0; i < tensorIndexLength; i++)
                    {
                        if (i > 0) builder.Append(", ");
                        builder.Append(tensorIndex[i].ToString(CultureInfo.InvariantCulture));
                    }
                    builder.Append(']');
                }
                if (Path.Depth > 0) Path.AppendTo(builder);
                break;
        }
        return builder.ToString();
    }

    private enum LocationKind : byte
    {
        Column,
        Param,
        Tensor,
    }
}
