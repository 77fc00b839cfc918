using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>
/// Resolves a request's params against the params schema: each declared param is converted by the element rules
/// (so <c>integer</c> params must fit int32 and <c>float</c> params float32); a scalar param needs one value, a
/// <c>[-1]</c> param an array whose every item converts; an absent param or an explicit <c>null</c> takes the default;
/// undeclared params are dropped with one warning, and so are all params when the signature has no params schema.
/// Every invalid param is reported, each at its own name.
/// </summary>
internal sealed class ParamsReader
{
    private readonly ParamSpec[] specs;
    private readonly object?[] defaults;
    private readonly EnforcementContext context;
    private readonly NameIndex names;
    private readonly object?[] values;
    private readonly bool[] given;
    private readonly bool[] seen;
    private readonly List<string> undeclared = [];

    public ParamsReader(ParamSchema? schema, object?[] defaults, EnforcementContext context)
    {
        specs = schema?.Params.ToArray() ?? [];
        this.defaults = defaults;
        this.context = context;
        names = new NameIndex(specs.Select(s => s.Name).ToArray());
        values = new object?[specs.Length];
        given = new bool[specs.Length];
        seen = new bool[specs.Length];
    }

    /// <summary>Whether the signature declares params (an empty params schema counts as none, as MLflow's <c>to_dict</c> has it).</summary>
    public bool HasSchema => specs.Length > 0;

    /// <summary>The index of the declared param called <paramref name="name"/>, or -1.</summary>
    public int Find(string name) => names.Find(name);

    /// <summary>Reads the value of the body's <c>params</c> key.</summary>
    public void ReadParamsValue(ref JsonScanner scanner)
    {
        JsonToken token = scanner.Peek();
        if (!HasSchema)
        {
            if (token == JsonToken.Null)
            {
                scanner.ReadNull();
                return;
            }
            if (token != JsonToken.Object)
            {
                scanner.SkipValue();
                context.Warnings.Add("The signature has no params schema, so `params` was ignored (it is not even an object).");
                return;
            }
            var ignored = new List<string>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            scanner.BeginObject();
            int ignoredCount = 0;
            while (scanner.NextProperty(ref ignoredCount, out ReadOnlySpan<byte> raw, out bool escaped))
            {
                context.CheckParams(ignoredCount);
                string name = JsonStringText.Decode(raw, escaped);
                if (!keys.Add(name)) throw scanner.DuplicateKey(raw, escaped);
                ignored.Add(name);
                scanner.SkipValue();
            }
            if (ignored.Count > 0)
            {
                context.Warnings.Add($"The signature has no params schema, so the params were ignored: {NameList.Format(ignored)}.");
            }
            return;
        }
        if (token == JsonToken.Null)
        {
            scanner.ReadNull();
            return;
        }
        if (token != JsonToken.Object)
        {
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
            context.ParamProblems.Add($"`params` must be a JSON object mapping param names to values, got {ConversionMessages.DescribeValue(valueClass, raw)}");
            return;
        }
        scanner.BeginObject();
        HashSet<string>? undeclaredKeys = null;
        int count = 0;
        while (scanner.NextProperty(ref count, out ReadOnlySpan<byte> name, out bool hasEscapes))
        {
            context.CheckParams(count);
            int index = names.Find(name, hasEscapes);
            if (index < 0)
            {
                string key = JsonStringText.Decode(name, hasEscapes);
                undeclaredKeys ??= new HashSet<string>(StringComparer.Ordinal);
                if (!undeclaredKeys.Add(key)) throw scanner.DuplicateKey(name, hasEscapes);
                undeclared.Add(key);
                scanner.SkipValue();
                continue;
            }
            if (seen[index]) throw scanner.DuplicateKey(name, hasEscapes);
            ReadParam(ref scanner, index);
        }
    }

    /// <summary>Reads the value of declared param <paramref name="index"/> (from <c>params</c>, or a top-level key of the unified LLM body).</summary>
    public void ReadParam(ref JsonScanner scanner, int index)
    {
        seen[index] = true;
        given[index] = true;
        if (scanner.Peek() == JsonToken.Null)
        {
            scanner.ReadNull();
            given[index] = false; // null means "not given": the default applies
            return;
        }
        context.AtParam(specs[index].Name);
        context.Path.Clear();
        if (TryReadValue(ref scanner, specs[index], context, out object? value)) values[index] = value;
    }

    /// <summary>Every declared param in schema order, defaults applied; <see langword="null"/> without a params schema.</summary>
    public IReadOnlyList<ResolvedParam>? Finish()
    {
        if (!HasSchema) return null;
        if (undeclared.Count > 0)
        {
            context.Warnings.Add(
                $"Unrecognized params {NameList.Format(undeclared)} were ignored; the signature declares {string.Join(", ", specs.Select(s => PythonRepr.Str(s.Name)))}.");
        }
        var resolved = new ResolvedParam[specs.Length];
        for (int i = 0; i < specs.Length; i++)
        {
            resolved[i] = given[i] ? new ResolvedParam(specs[i], values[i], isDefault: false) : new ResolvedParam(specs[i], defaults[i], isDefault: true);
        }
        return resolved;
    }

    // A default is the signature's own value, not the request's: the request limits (a depth of 2, short strings) do not
    // apply to it (the signature reader already bounds it).
    private static readonly EnforcementOptions DefaultLimits = new()
    {
        MaxDepth = EnforcementOptions.MaxDepthLimit, MaxKeys = int.MaxValue, MaxStringBytes = int.MaxValue, MaxParams = int.MaxValue,
    };

    /// <summary>Converts a param's default (MLflow's normalized default JSON) to the value a request would give. Defaults
    /// are not range-checked: one the element rules refuse (an <c>integer</c> default beyond int32) is kept as plain data.</summary>
    public static object? ConvertDefault(ParamSpec spec, EnforcementOptions options)
    {
        byte[] json = System.Text.Encoding.UTF8.GetBytes(spec.DefaultJson);
        var context = new EnforcementContext(options);
        context.AtParam(spec.Name);
        var scanner = new JsonScanner(json, DefaultLimits);
        if (scanner.Peek() == JsonToken.Null) return null;
        if (TryReadValue(ref scanner, spec, context, out object? value) && context.ParamProblems.Count == 0) return value;
        scanner = new JsonScanner(json, DefaultLimits);
        NestedValueReader.TryReadAny(ref scanner, context, out value);
        return value;
    }

    private static bool TryReadValue(ref JsonScanner scanner, ParamSpec spec, EnforcementContext context, out object? value)
    {
        value = null;
        if (spec.Type is ObjectType obj)
        {
            return NestedValueReader.TryRead(ref scanner, obj, required: true, context, out value);
        }
        DataType type = spec.DataType!.Value;
        string typeName = type.ToMlflowName();
        JsonToken token = scanner.Peek();
        if (!spec.IsList)
        {
            if (token is JsonToken.Array or JsonToken.Object)
            {
                JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
                context.Problem($"expected a single {typeName} value, got {ConversionMessages.DescribeValue(valueClass, raw)}");
                return false;
            }
            return NestedValueReader.TryReadScalar(ref scanner, type, nanIsMissing: false, context, out value);
        }
        if (token != JsonToken.Array)
        {
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
            context.Problem($"expected a list of {typeName} values (shape [-1]), got {ConversionMessages.DescribeValue(valueClass, raw)}");
            return false;
        }
        return NestedValueReader.TryReadTypedArray(ref scanner, type, typeName,
            static itemTypeName => $"null is not a value (every item of a list param must be a {itemTypeName})",
            static (itemTypeName, described) => $"expected a single {itemTypeName} value, got {described} (list params are one-dimensional)",
            context, out value);
    }
}
