using System.ComponentModel;
using System.Text;
using System.Text.Unicode;
using Signatures.Enforcement;

namespace Signatures.Requests;

/// <summary>
/// For generated code: reads serving requests for a column-based input straight into rows of
/// <typeparamref name="TRow"/>. A signature's generated <c>ReadRequest</c> holds one instance.
/// </summary>
/// <remarks>
/// <para>Two paths, one set of rules. The fast path reads the common shapes of an <c>application/json</c> body in one
/// pass without boxing: <c>dataframe_records</c>, <c>dataframe_split</c> with <c>columns</c> before <c>data</c>, and
/// records in <c>inputs</c>/<c>instances</c>, each value converted by the shared conversion rules straight into the
/// binding's fields, rows built as they end. It only ever accepts what the dynamic enforcer accepts: anything else
/// (another envelope form, the unified LLM body, CSV, an extra or missing column, a refused value, a syntax error, a
/// limit) sends the body to the <see cref="RequestEnforcer"/>, whose result is then turned into rows (or whose
/// rejection is returned), so both paths give the same document and the same messages.</para>
/// <para>An instance is immutable and can be shared between threads.</para>
/// </remarks>
/// <typeparam name="TRow">The input contract (or the scalar type of an unnamed column).</typeparam>
/// <typeparam name="TBinding">The generated binding of the contract's members to the schema's columns.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ColumnRequestReader<TRow, TBinding> : TypedRequestReader<TRow[]>
    where TBinding : struct, IContractBinding<TRow>
{
    private const int MaxFastColumns = 64;
    private const int MaxTopLevelKeys = 16;
    private const int MaxRowsHint = 1 << 16;

    private readonly object?[] paramDefaults;
    private readonly IReadOnlyList<ResolvedParam>? defaultParams;
    private readonly ColSpec[] specs;
    private readonly bool named;
    private readonly byte[][] utf8Names;
    private readonly Dictionary<string, int> columnByName;
    private readonly ulong requiredMask;
    private readonly ulong allMask;
    private readonly bool fastPath;
    private readonly bool hasNested;
    private int lastRowCount;

    /// <summary>Prepares reading for <paramref name="signature"/>, whose inputs are the columns the binding reads.</summary>
    /// <exception cref="ArgumentException">The signature has no column-based input schema.</exception>
    public ColumnRequestReader(ModelSignature signature) : base(signature, new RowsDocument<TRow, TBinding>(ColumnInputs(signature)))
    {
        Schema inputs = ColumnInputs(signature);
        paramDefaults = TypedParams.DefaultValues(signature, Enforcer.Options);
        defaultParams = TypedParams.Defaults(signature, paramDefaults, Enforcer.Options);
        specs = inputs.Columns.ToArray();
        named = inputs.HasInputNames;
        utf8Names = named ? specs.Select(s => Encoding.UTF8.GetBytes(s.Name!)).ToArray() : [];
        columnByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < specs.Length; i++) columnByName[named ? specs[i].Name! : ColumnAssembler.Positional(i)] = i;
        fastPath = named && specs.Length <= MaxFastColumns;
        for (int i = 0; i < specs.Length && i < MaxFastColumns; i++)
        {
            allMask |= 1UL << i;
            if (specs[i].IsRequired) requiredMask |= 1UL << i;
        }
        hasNested = specs.Any(s => s.Type is not ScalarType);
    }

    private static Schema ColumnInputs(ModelSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return signature.Inputs is { IsTensorBased: false } inputs
            ? inputs
            : throw new ArgumentException("The signature has no column-based input schema.", nameof(signature));
    }

    private protected override InputOutcome<TRow[]> ReadInput(ReadOnlySpan<byte> body, string? contentType, EnforcementOptions options)
    {
        if (fastPath && TryFast(body, contentType, options, out InputOutcome<TRow[]> fast)) return fast;
        EnforcementResult result = Enforce(body, contentType, options);
        return result is NormalizedRequest request ? Materialize(request, options) : InputOutcome<TRow[]>.Rejected((RequestRejection)result);
    }

    // ---- the dynamic result turned into rows ----

    private InputOutcome<TRow[]> Materialize(NormalizedRequest request, EnforcementOptions options)
    {
        var input = (ColumnsInput)request.Input;
        int count = input.Columns.Count;
        var indexes = new int[count];
        bool[]? present = count == specs.Length ? null : new bool[specs.Length];
        for (int c = 0; c < count; c++)
        {
            indexes[c] = columnByName[input.Columns[c].Name];
            if (present is not null) present[indexes[c]] = true;
        }
        var rows = new TRow[input.RowCount];
        if (!TryMaterialize(input, indexes, rows, problems: null, out PropertyPresence? presence))
        {
            var problems = new EnforcementContext(options);
            TryMaterialize(input, indexes, rows, problems, out _);
            return InputOutcome<TRow[]>.Rejected(new RequestRejection(RejectionStage.Inputs, problems.InputProblems.Join()));
        }
        return new InputOutcome<TRow[]> { Input = rows, Present = present, Params = request.Params, Warnings = request.Warnings, Presence = presence };
    }

    private static bool TryMaterialize(ColumnsInput input, int[] indexes, TRow[] rows, EnforcementContext? problems, out PropertyPresence? presence)
    {
        var cell = new CellReader(problems);
        bool ok = true;
        for (int r = 0; r < rows.Length; r++)
        {
            TBinding binding = default;
            for (int c = 0; c < indexes.Length; c++)
            {
                InputColumn column = input.Columns[c];
                problems?.AtColumn(column.Name, r);
                cell.SetValue(column.Values.GetValue(r));
                ok &= binding.Read(indexes[c], ref cell);
            }
            rows[r] = binding.Build();
        }
        presence = cell.Presence;
        return ok;
    }

    // ---- the fast path ----

    private bool TryFast(ReadOnlySpan<byte> body, string? contentType, EnforcementOptions options, out InputOutcome<TRow[]> outcome)
    {
        outcome = default;
        if (body.Length > options.MaxBodyBytes || !Utf8.IsValid(body)) return false;
        var rows = new RowBuffer<TRow>(Volatile.Read(ref lastRowCount));
        try
        {
            if (ContentTypeParser.Parse(contentType) != BodyFormat.Json) return false;
            var cell = new CellReader(new JsonScanner(body, options), specs, hasNested ? new EnforcementContext(options) : null);
            ulong present = 0;
            EnforcementContext? paramsContext = null;
            ParamsReader? paramsReader = null;
            if (!TryReadBody(ref cell, ref rows, ref present, options, ref paramsContext, ref paramsReader)) return false;

            IReadOnlyList<ResolvedParam>? resolved = defaultParams;
            IReadOnlyList<string> warnings = [];
            if (paramsReader is not null)
            {
                if (paramsContext!.ParamProblems.Count > 0) return false;
                resolved = paramsReader.Finish();
                if (paramsContext.ParamProblems.Count > 0) return false;
                warnings = paramsContext.Warnings;
            }
            else if (!ReferenceEquals(options, Enforcer.Options))
            {
                resolved = TypedParams.Defaults(Signature, TypedParams.DefaultValues(Signature, options), options);
            }
            Volatile.Write(ref lastRowCount, Math.Min(rows.Count, MaxRowsHint));
            outcome = new InputOutcome<TRow[]> { Input = rows.ToArray(), Present = PresentColumns(present), Params = resolved, Warnings = warnings, Presence = cell.Presence };
            return true;
        }
        catch (RequestRejectedException)
        {
            return false;
        }
        finally
        {
            rows.Dispose();
        }
    }

    private bool TryReadBody(ref CellReader cell, ref RowBuffer<TRow> rows, ref ulong present, EnforcementOptions options,
        ref EnforcementContext? paramsContext, ref ParamsReader? paramsReader)
    {
        ref JsonScanner scanner = ref cell.Scanner;
        if (scanner.Peek() != JsonToken.Object) return false;
        scanner.BeginObject();
        Span<int> keyStarts = stackalloc int[MaxTopLevelKeys];
        Span<int> keyLengths = stackalloc int[MaxTopLevelKeys];
        int keys = 0; // counted by the scanner, this one included
        bool envelope = false;
        while (scanner.NextProperty(ref keys, out ReadOnlySpan<byte> name, out bool escaped))
        {
            if (escaped || keys > MaxTopLevelKeys) return false;
            for (int k = 0; k < keys - 1; k++)
            {
                if (scanner.Json.Slice(keyStarts[k], keyLengths[k]).SequenceEqual(name)) return false; // repeated key
            }
            keyStarts[keys - 1] = scanner.Offset(name);
            keyLengths[keys - 1] = name.Length;
            if (name.SequenceEqual("dataframe_records"u8) || name.SequenceEqual("inputs"u8) || name.SequenceEqual("instances"u8))
            {
                if (envelope) return false;
                envelope = true;
                bool records = name.SequenceEqual("dataframe_records"u8);
                bool instances = name.SequenceEqual("instances"u8);
                // MLflow cannot carry Array/Object values in records under 'instances': the enforcer explains that.
                if (!records && ((instances && hasNested) || !FirstItemIsObject(ref scanner))) return false;
                if (!TryReadRecords(ref cell, ref rows, ref present, options.MaxRows, sameKeys: instances)) return false;
            }
            else if (name.SequenceEqual("dataframe_split"u8))
            {
                if (envelope) return false;
                envelope = true;
                if (!TryReadSplit(ref cell, ref rows, ref present, options.MaxRows)) return false;
            }
            else if (name.SequenceEqual("params"u8))
            {
                paramsContext = new EnforcementContext(options);
                paramsReader = new ParamsReader(Signature.Params, ReferenceEquals(options, Enforcer.Options) ? paramDefaults : TypedParams.DefaultValues(Signature, options), paramsContext);
                paramsReader.ReadParamsValue(ref scanner);
            }
            else if (name.SequenceEqual("messages"u8) || name.SequenceEqual("prompt"u8) || name.SequenceEqual("input"u8))
            {
                return false; // the unified LLM body: the enforcer reads it
            }
            else
            {
                scanner.SkipValue();
            }
        }
        scanner.ExpectEnd();
        return envelope;
    }

    // sameKeys: records in `instances` must all have the first record's keys (MLflow's server refuses others; the
    // enforcer says why).
    private bool TryReadRecords(ref CellReader cell, ref RowBuffer<TRow> rows, ref ulong present, int maxRows, bool sameKeys)
    {
        ref JsonScanner scanner = ref cell.Scanner;
        if (scanner.Peek() != JsonToken.Array) return false;
        scanner.BeginArray();
        bool firstRecord = true;
        while (scanner.NextItem(ref firstRecord))
        {
            if (rows.Count == maxRows || scanner.Peek() != JsonToken.Object) return false;
            scanner.BeginObject();
            TBinding binding = default;
            ulong seen = 0;
            int previous = -1;
            int keyCount = 0;
            while (scanner.NextProperty(ref keyCount, out ReadOnlySpan<byte> name, out bool escaped))
            {
                if (escaped) return false;
                // Records usually list the columns in schema order: try the next one before searching.
                int column = previous + 1;
                if (column >= utf8Names.Length || !name.SequenceEqual(utf8Names[column]))
                {
                    column = FindColumn(name);
                    if (column < 0) return false; // an extra column: the enforcer drops it with a warning
                }
                ulong bit = 1UL << column;
                if ((seen & bit) != 0) return false;
                seen |= bit;
                cell.Column = column;
                if (!binding.Read(column, ref cell)) return false;
                previous = column;
            }
            if ((seen & requiredMask) != requiredMask) return false;
            if (sameKeys && rows.Count > 0 && seen != present) return false;
            present |= seen;
            rows.Add(binding.Build());
        }
        return rows.Count > 0;
    }

    private bool TryReadSplit(ref CellReader cell, ref RowBuffer<TRow> rows, ref ulong present, int maxRows)
    {
        ref JsonScanner scanner = ref cell.Scanner;
        if (scanner.Peek() != JsonToken.Object) return false;
        scanner.BeginObject();
        Span<int> columnAt = stackalloc int[MaxFastColumns];
        int width = -1;
        ulong listed = 0;
        bool data = false, index = false;
        int keyCount = 0;
        while (scanner.NextProperty(ref keyCount, out ReadOnlySpan<byte> name, out bool escaped))
        {
            if (escaped) return false;
            if (name.SequenceEqual("columns"u8))
            {
                if (width >= 0 || !TryReadLabels(ref scanner, columnAt, out width, out listed)) return false;
            }
            else if (name.SequenceEqual("data"u8))
            {
                if (width < 0 || data) return false; // rows before 'columns': the enforcer reads them
                data = true;
                if (!TryReadSplitRows(ref cell, ref rows, columnAt[..width], maxRows)) return false;
            }
            else if (name.SequenceEqual("index"u8))
            {
                if (index) return false;
                index = true;
                scanner.SkipValue();
            }
            else
            {
                return false;
            }
        }
        present = listed;
        return data && rows.Count > 0 && (listed & requiredMask) == requiredMask;
    }

    private bool TryReadLabels(ref JsonScanner scanner, scoped Span<int> columnAt, out int width, out ulong listed)
    {
        width = 0;
        listed = 0;
        if (scanner.Peek() != JsonToken.Array) return false;
        scanner.BeginArray();
        bool first = true;
        while (scanner.NextItem(ref first))
        {
            if (width == columnAt.Length || scanner.Peek() != JsonToken.String) return false;
            ReadOnlySpan<byte> label = scanner.ReadString(out bool escaped);
            int column = escaped ? -1 : FindColumn(label);
            if (column < 0 || (listed & (1UL << column)) != 0) return false;
            listed |= 1UL << column;
            columnAt[width++] = column;
        }
        return true;
    }

    private bool TryReadSplitRows(ref CellReader cell, ref RowBuffer<TRow> rows, scoped ReadOnlySpan<int> columnAt, int maxRows)
    {
        ref JsonScanner scanner = ref cell.Scanner;
        if (scanner.Peek() != JsonToken.Array) return false;
        scanner.BeginArray();
        bool firstRow = true;
        while (scanner.NextItem(ref firstRow))
        {
            if (rows.Count == maxRows || scanner.Peek() != JsonToken.Array) return false;
            scanner.BeginArray();
            TBinding binding = default;
            int position = 0;
            bool firstCell = true;
            while (scanner.NextItem(ref firstCell))
            {
                if (position == columnAt.Length) return false;
                int column = columnAt[position++];
                cell.Column = column;
                if (!binding.Read(column, ref cell)) return false;
            }
            if (position != columnAt.Length) return false;
            rows.Add(binding.Build());
        }
        return true;
    }

    private int FindColumn(ReadOnlySpan<byte> name)
    {
        for (int i = 0; i < utf8Names.Length; i++)
        {
            if (name.SequenceEqual(utf8Names[i])) return i;
        }
        return -1;
    }

    // Whether the array at the scanner starts with an object (nothing is consumed).
    private static bool FirstItemIsObject(ref JsonScanner scanner)
    {
        if (scanner.Peek() != JsonToken.Array) return false;
        int start = scanner.Position;
        int depth = scanner.Depth;
        scanner.BeginArray();
        bool first = true;
        bool isObject = scanner.NextItem(ref first) && scanner.Peek() == JsonToken.Object;
        scanner.Rewind(start, depth);
        return isObject;
    }

    private bool[]? PresentColumns(ulong present)
    {
        if (present == allMask) return null;
        var flags = new bool[specs.Length];
        for (int i = 0; i < flags.Length; i++) flags[i] = (present & (1UL << i)) != 0;
        return flags;
    }
}
