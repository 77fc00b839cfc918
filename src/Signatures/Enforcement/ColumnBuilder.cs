using System.Text;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>
/// Collects the values of one schema column as rows arrive in any envelope. Rows are appended in order; a row the
/// request skips (a record without the key) is padded as missing. Whether a missing value is allowed is decided
/// once at the end (<see cref="Finish"/>), so a column missing from every row reads as a missing column.
/// </summary>
internal abstract class ColumnBuilder(ColSpec spec, string label)
{
    private ValueBuffer<bool> missing;
    private bool anyMissing;

    public ColSpec Spec { get; } = spec;

    /// <summary>The column's name, or its position for an unnamed schema.</summary>
    public string Label { get; } = label;

    /// <summary>Whether the request has this column at all.</summary>
    public bool Present { get; set; }

    /// <summary>How many rows have been appended.</summary>
    public abstract int Count { get; }

    /// <summary>Reads the value at the scanner as row <paramref name="row"/> (padding skipped rows as missing).</summary>
    public abstract void ReadJson(ref JsonScanner scanner, int row, EnforcementContext context);

    /// <summary>Appends a value that arrived as CSV text (empty text is missing).</summary>
    public abstract void ReadText(ReadOnlySpan<byte> text, int row, EnforcementContext context);

    /// <summary>Appends a scalar token already read (also used where one JSON value must satisfy two columns' rules).</summary>
    public virtual void AddToken(JsonValueClass valueClass, ReadOnlySpan<byte> raw, bool escaped, int row, EnforcementContext context) =>
        throw new InvalidOperationException($"Column '{Label}' of type {Spec.Type.TypeName} takes no scalar tokens.");

    /// <summary>Whether a scalar token satisfies this column's rule (nothing is appended).</summary>
    public virtual ConversionStatus Check(JsonValueClass valueClass, ReadOnlySpan<byte> raw, bool escaped) => ConversionStatus.WrongKind;

    /// <summary>Appends a placeholder for a value already reported as invalid (the request is refused anyway).</summary>
    public void AddInvalid(int row)
    {
        PadTo(row);
        AppendDefault();
        MarkMissing(false);
    }

    /// <summary>Appends missing values up to (not including) row <paramref name="row"/>.</summary>
    public void PadTo(int row)
    {
        while (Count < row) AppendMissing();
    }

    /// <summary>Pads to <paramref name="rows"/>, reports missing values in a required column, and returns the values.</summary>
    public ColumnValues Finish(int rows, EnforcementContext context)
    {
        PadTo(rows);
        bool tolerated = RequiredNulls.MlflowAccepts(Spec.Type);
        if (anyMissing && Spec.IsRequired && !(tolerated && context.Options.AllowNullsInRequiredColumns))
        {
            string hint = RequiredNulls.Hint(Spec.Type, tolerated, context.Options.AllowNullsInRequiredColumns);
            for (int row = 0; row < rows; row++)
            {
                if (missing.AsMemory().Span[row])
                {
                    context.AtColumn(Label, row);
                    context.Problem("null or missing value in a required column" + hint);
                    hint = string.Empty; // once per column is enough
                }
            }
        }
        return Build(anyMissing ? missing.ToArray() : null);
    }

    protected abstract ColumnValues Build(bool[]? missingFlags);

    protected abstract void AppendDefault();

    protected void AppendMissing()
    {
        AppendDefault();
        MarkMissing(true);
    }

    protected void MarkMissing(bool isMissing)
    {
        if (isMissing)
        {
            if (!anyMissing)
            {
                missing.PadTo(Count - 1);
                anyMissing = true;
            }
            missing.Add(true);
        }
        else if (anyMissing)
        {
            missing.Add(false);
        }
    }

    /// <summary>Creates the builder for a column of any type.</summary>
    public static ColumnBuilder Create(ColSpec spec, string label) => spec.Type switch
    {
        ScalarType { DataType: DataType.Boolean } => new ScalarColumnBuilder<bool, BooleanRule>(spec, label),
        ScalarType { DataType: DataType.Integer } => new ScalarColumnBuilder<int, Int32Rule>(spec, label),
        ScalarType { DataType: DataType.Long } => new ScalarColumnBuilder<long, Int64Rule>(spec, label),
        ScalarType { DataType: DataType.Float } => new ScalarColumnBuilder<float, SingleRule>(spec, label),
        ScalarType { DataType: DataType.Double } => new ScalarColumnBuilder<double, DoubleRule>(spec, label),
        ScalarType { DataType: DataType.String } => new ScalarColumnBuilder<string, StringRule>(spec, label),
        ScalarType { DataType: DataType.Binary } => new ScalarColumnBuilder<byte[], BinaryRule>(spec, label),
        ScalarType { DataType: DataType.Datetime } => new ScalarColumnBuilder<DateTime, DateTimeRule>(spec, label),
        _ => new NestedColumnBuilder(spec, label),
    };
}

/// <summary>A column of one scalar <see cref="DataType"/>, stored unboxed.</summary>
internal sealed class ScalarColumnBuilder<T, TRule>(ColSpec spec, string label) : ColumnBuilder(spec, label)
    where TRule : IElementRule<T>
{
    private readonly string typeName = spec.Type.TypeName;
    private readonly bool nanIsMissing = !spec.IsRequired && TRule.Kind.IsFloatingPoint();
    private ValueBuffer<T> values;

    public override int Count => values.Count;

    public override void ReadJson(ref JsonScanner scanner, int row, EnforcementContext context)
    {
        if (values.Count < row) PadTo(row);
        JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
        AddToken(valueClass, raw, escaped, row, context);
    }

    public override void ReadText(ReadOnlySpan<byte> text, int row, EnforcementContext context)
    {
        if (values.Count < row) PadTo(row);
        if (text.IsEmpty)
        {
            AppendMissing();
            return;
        }
        // The cell's text is read by the element rule as the JSON token it spells; text is a string.
        JsonValueClass valueClass = JsonValueClass.String;
        ScalarKind kind = TRule.Kind;
        if (kind.IsInteger() || kind.IsFloatingPoint())
        {
            if (!JsonNumberText.TryClassify(text, out valueClass))
            {
                context.AtColumn(Label, row);
                context.ValueProblem(kind, typeName, ConversionStatus.NotANumber, JsonValueClass.String, text);
                AddInvalid(row);
                return;
            }
        }
        else if (kind == ScalarKind.Boolean)
        {
            if (Ascii.EqualsIgnoreCase(text, "true"u8)) valueClass = JsonValueClass.True;
            else if (Ascii.EqualsIgnoreCase(text, "false"u8)) valueClass = JsonValueClass.False;
        }
        AddToken(valueClass, text, false, row, context);
    }

    public override ConversionStatus Check(JsonValueClass valueClass, ReadOnlySpan<byte> raw, bool escaped) =>
        TRule.Convert(valueClass, raw, escaped, out _);

    public override void AddToken(JsonValueClass valueClass, ReadOnlySpan<byte> raw, bool escaped, int row, EnforcementContext context)
    {
        if (values.Count < row) PadTo(row);
        if (valueClass == JsonValueClass.Null || (valueClass == JsonValueClass.NaN && nanIsMissing))
        {
            AppendMissing();
            return;
        }
        ConversionStatus status = TRule.Convert(valueClass, raw, escaped, out T value);
        if (status != ConversionStatus.Ok)
        {
            context.AtColumn(Label, row);
            context.ValueProblem(TRule.Kind, typeName, status, valueClass, raw);
        }
        values.Add(value);
        MarkMissing(false);
    }

    protected override void AppendDefault() => values.Add(default!);

    protected override ColumnValues Build(bool[]? missingFlags) => new ColumnValues<T>(values.AsMemory(), missingFlags);
}

/// <summary>A column of an Array, Object, Map, sparkml_vector or any type; values are boxed.</summary>
internal sealed class NestedColumnBuilder(ColSpec spec, string label) : ColumnBuilder(spec, label)
{
    private ValueBuffer<object?> values;

    public override int Count => values.Count;

    public override void ReadJson(ref JsonScanner scanner, int row, EnforcementContext context)
    {
        if (values.Count < row) PadTo(row);
        if (scanner.Peek() == JsonToken.Null)
        {
            scanner.ReadNull();
            AppendMissing();
            return;
        }
        context.AtColumn(Label, row);
        context.Path.Clear();
        NestedValueReader.TryRead(ref scanner, Spec.Type, Spec.IsRequired, context, out object? value);
        values.Add(value);
        MarkMissing(false);
    }

    public override void ReadText(ReadOnlySpan<byte> text, int row, EnforcementContext context) =>
        throw new InvalidOperationException($"Column '{Label}' of type {Spec.Type.TypeName} cannot come from CSV text.");

    protected override void AppendDefault() => values.Add(null);

    protected override ColumnValues Build(bool[]? missingFlags) => new ColumnValues<object?>(values.AsMemory(), missingFlags);
}
