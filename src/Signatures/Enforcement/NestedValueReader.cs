using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Signatures.Conversion;

namespace Signatures.Enforcement;

/// <summary>
/// Reads one value of an Array, Object, Map, any or scalar type (a cell of a complex column, a property, an object
/// param) by the policy's rules, reporting every problem at its path and carrying on. Arrays of a scalar type become
/// typed arrays (<c>long[]</c>, <c>double[]</c>, ...), other arrays <c>object?[]</c>, objects and maps
/// <see cref="ObjectValue"/>; <c>any</c> values become plain JSON values (<see cref="long"/> or
/// <see cref="BigInteger"/> for integer literals, <see cref="double"/> otherwise).
/// </summary>
internal static class NestedValueReader
{
    private static readonly ConditionalWeakTable<ObjectType, byte[][]> Utf8PropertyNames = new();

    /// <summary>The longest integer literal an <c>any</c> value may hold (Python's default <c>int_max_str_digits</c>).</summary>
    private const int MaxIntegerDigits = Json.PythonJsonParser.MaxIntegerDigits;

    /// <summary>Reads a non-null value (the caller handles <c>null</c>). <c>required</c> is the enclosing
    /// column's/property's/array's flag, which MLflow applies to nested items too: an optional array may hold <c>null</c>
    /// complex items, an optional float property's <c>NaN</c> is missing. Returns whether the value satisfied the type
    /// (problems are reported to the context).</summary>
    public static bool TryRead(ref JsonScanner scanner, ColumnType type, bool required, EnforcementContext context, out object? value)
    {
        switch (type)
        {
            case ScalarType scalar:
                return TryReadScalar(ref scanner, scalar.DataType, nanIsMissing: !required, context, out value);
            case ArrayType array:
                return TryReadArray(ref scanner, array, required, context, out value);
            case SparkMLVectorType:
                if (!ExpectContainer(ref scanner, JsonToken.Array, "an array of double (sparkml_vector)", context))
                {
                    value = null;
                    return false;
                }
                return TryReadTypedArray<double, DoubleRule>(ref scanner, "double", NullInTypedArray, nestedItemProblem: null, context, out value);
            case ObjectType obj:
                return TryReadObject(ref scanner, obj, required, context, out value);
            case MapType map:
                return TryReadMap(ref scanner, map, required, context, out value);
            default:
                return TryReadAny(ref scanner, context, out value);
        }
    }

    /// <summary>Reads a scalar of <paramref name="type"/>, boxed. <c>null</c> must be handled by the caller.</summary>
    public static bool TryReadScalar(ref JsonScanner scanner, DataType type, bool nanIsMissing, EnforcementContext context, out object? value) => type switch
    {
        DataType.Boolean => TryReadBoxed<bool, BooleanRule>(ref scanner, type, nanIsMissing, context, out value),
        DataType.Integer => TryReadBoxed<int, Int32Rule>(ref scanner, type, nanIsMissing, context, out value),
        DataType.Long => TryReadBoxed<long, Int64Rule>(ref scanner, type, nanIsMissing, context, out value),
        DataType.Float => TryReadBoxed<float, SingleRule>(ref scanner, type, nanIsMissing, context, out value),
        DataType.Double => TryReadBoxed<double, DoubleRule>(ref scanner, type, nanIsMissing, context, out value),
        DataType.String => TryReadBoxed<string, StringRule>(ref scanner, type, nanIsMissing, context, out value),
        DataType.Binary => TryReadBoxed<byte[], BinaryRule>(ref scanner, type, nanIsMissing, context, out value),
        _ => TryReadBoxed<DateTime, DateTimeRule>(ref scanner, type, nanIsMissing, context, out value),
    };

    /// <summary>Words the problem for a <c>null</c> item of a typed array (given the item type name).</summary>
    private static readonly Func<string, string> NullInTypedArray = static itemTypeName => $"null is not allowed in an array of {itemTypeName}";

    /// <summary>Reads an array whose items are all of scalar type <paramref name="itemType"/> into a typed array
    /// (<c>long[]</c>, <c>double[]</c>, ...); the scanner must be at <c>[</c>. See
    /// <see cref="TryReadTypedArray{T, TRule}"/> for the problem wordings.</summary>
    public static bool TryReadTypedArray(ref JsonScanner scanner, DataType itemType, string itemTypeName, Func<string, string> nullItemProblem,
        Func<string, string, string>? nestedItemProblem, EnforcementContext context, out object? value) => itemType switch
    {
        DataType.Boolean => TryReadTypedArray<bool, BooleanRule>(ref scanner, itemTypeName, nullItemProblem, nestedItemProblem, context, out value),
        DataType.Integer => TryReadTypedArray<int, Int32Rule>(ref scanner, itemTypeName, nullItemProblem, nestedItemProblem, context, out value),
        DataType.Long => TryReadTypedArray<long, Int64Rule>(ref scanner, itemTypeName, nullItemProblem, nestedItemProblem, context, out value),
        DataType.Float => TryReadTypedArray<float, SingleRule>(ref scanner, itemTypeName, nullItemProblem, nestedItemProblem, context, out value),
        DataType.Double => TryReadTypedArray<double, DoubleRule>(ref scanner, itemTypeName, nullItemProblem, nestedItemProblem, context, out value),
        DataType.String => TryReadTypedArray<string, StringRule>(ref scanner, itemTypeName, nullItemProblem, nestedItemProblem, context, out value),
        DataType.Binary => TryReadTypedArray<byte[], BinaryRule>(ref scanner, itemTypeName, nullItemProblem, nestedItemProblem, context, out value),
        _ => TryReadTypedArray<DateTime, DateTimeRule>(ref scanner, itemTypeName, nullItemProblem, nestedItemProblem, context, out value),
    };

    /// <summary>Reads an array whose items are all of scalar type <typeparamref name="T"/> into a <c>T[]</c>; the scanner
    /// must be at <c>[</c>. <c>null</c> items are refused (a typed array has no missing values), worded by
    /// <paramref name="nullItemProblem"/> from the item type name. When <paramref name="nestedItemProblem"/> is set, an
    /// array or object item is refused with its wording (from the item type name and the described item); otherwise
    /// such an item is reported by the item conversion like any other unconvertible value.</summary>
    public static bool TryReadTypedArray<T, TRule>(ref JsonScanner scanner, string itemTypeName, Func<string, string> nullItemProblem,
        Func<string, string, string>? nestedItemProblem, EnforcementContext context, out object? value)
        where TRule : IElementRule<T>
    {
        scanner.BeginArray();
        var items = new ValueBuffer<T>(0);
        bool ok = true;
        bool first = true;
        int index = 0;
        context.Path.PushIndex(0);
        while (scanner.NextItem(ref first))
        {
            context.Path.SetIndex(index++);
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
            if (valueClass == JsonValueClass.Null)
            {
                context.Problem(nullItemProblem(itemTypeName));
                ok = false;
                continue;
            }
            if (nestedItemProblem is not null && valueClass is JsonValueClass.Array or JsonValueClass.Object)
            {
                context.Problem(nestedItemProblem(itemTypeName, ConversionMessages.DescribeValue(valueClass, raw)));
                ok = false;
                continue;
            }
            ConversionStatus status = TRule.Convert(valueClass, raw, escaped, out T item);
            if (status != ConversionStatus.Ok)
            {
                context.ValueProblem(TRule.Kind, itemTypeName, status, valueClass, raw);
                ok = false;
                continue;
            }
            items.Add(item);
        }
        context.Path.Pop();
        value = ok ? items.ToArray() : null;
        return ok;
    }

    /// <summary>Reads any JSON value as plain data. Iterative (open arrays and objects are kept on a heap stack) because
    /// the request alone decides how deep an <c>any</c> value goes: its depth costs no thread stack.</summary>
    public static bool TryReadAny(ref JsonScanner scanner, EnforcementContext context, out object? value)
    {
        JsonToken token = scanner.Peek();
        if (token is not (JsonToken.Object or JsonToken.Array))
        {
            JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
            return TryAnyScalar(valueClass, raw, escaped, context, out value);
        }
        var enclosing = new Stack<AnyContainer>();
        AnyContainer current = AnyContainer.Open(ref scanner, token, context);
        bool ok = true;
        while (true)
        {
            if (!current.MoveNext(ref scanner, context))
            {
                object? finished = current.Finish(context);
                if (enclosing.Count == 0)
                {
                    value = finished;
                    return ok;
                }
                current = enclosing.Pop();
                current.Add(finished, context);
                continue;
            }
            token = scanner.Peek();
            if (token is JsonToken.Object or JsonToken.Array)
            {
                enclosing.Push(current);
                current = AnyContainer.Open(ref scanner, token, context);
                continue;
            }
            JsonValueClass itemClass = scanner.ReadToken(out ReadOnlySpan<byte> itemRaw, out bool itemEscaped);
            ok &= TryAnyScalar(itemClass, itemRaw, itemEscaped, context, out object? item);
            current.Add(item, context);
        }
    }

    /// <summary>An array or object of an <c>any</c> value being read: its items so far and, for an object, its keys and
    /// the key whose value comes next. It keeps <see cref="EnforcementContext.Path"/> pointing at the item being read.</summary>
    private sealed class AnyContainer
    {
        private readonly List<object?>? items;
        private readonly List<KeyValuePair<string, object?>>? entries;
        private HashSet<string>? keys;
        private string pendingKey = string.Empty;
        private bool first = true;
        private int keyCount;

        private AnyContainer(bool isObject)
        {
            if (isObject) entries = [];
            else items = [];
        }

        public static AnyContainer Open(ref JsonScanner scanner, JsonToken token, EnforcementContext context)
        {
            if (token == JsonToken.Object)
            {
                scanner.BeginObject();
                return new AnyContainer(isObject: true);
            }
            scanner.BeginArray();
            context.Path.PushIndex(0);
            return new AnyContainer(isObject: false);
        }

        /// <summary>Moves to the next item (for an object: reads its key); false when the container ended.</summary>
        public bool MoveNext(ref JsonScanner scanner, EnforcementContext context)
        {
            if (items is not null)
            {
                if (!scanner.NextItem(ref first)) return false;
                context.Path.SetIndex(items.Count);
                return true;
            }
            if (!scanner.NextProperty(ref keyCount, out ReadOnlySpan<byte> name, out bool escaped)) return false;
            string key = JsonStringText.Decode(name, escaped);
            keys ??= new HashSet<string>(StringComparer.Ordinal);
            if (!keys.Add(key)) throw scanner.DuplicateKey(name, escaped);
            pendingKey = key;
            context.Path.PushName(key);
            return true;
        }

        public void Add(object? item, EnforcementContext context)
        {
            if (items is not null)
            {
                items.Add(item);
                return;
            }
            context.Path.Pop();
            entries!.Add(new KeyValuePair<string, object?>(pendingKey, item));
        }

        public object? Finish(EnforcementContext context)
        {
            if (items is null) return new ObjectValue([.. entries!]);
            context.Path.Pop();
            return items.ToArray();
        }
    }

    /// <summary>A scalar token as plain data: numbers by value (integer literals exactly).</summary>
    public static bool TryAnyScalar(JsonValueClass valueClass, ReadOnlySpan<byte> raw, bool escaped, EnforcementContext context, out object? value)
    {
        switch (valueClass)
        {
            case JsonValueClass.Null: value = null; return true;
            case JsonValueClass.True: value = true; return true;
            case JsonValueClass.False: value = false; return true;
            case JsonValueClass.String: value = JsonStringText.Decode(raw, escaped); return true;
            case JsonValueClass.IntegerLiteral:
                if (NumberConversion.ToInt64(valueClass, raw, out long small) == ConversionStatus.Ok)
                {
                    value = small;
                }
                else if (raw.Length > MaxIntegerDigits)
                {
                    // Python refuses such literals too (int_max_str_digits); converting them would take quadratic time.
                    context.Problem($"an integer literal of {raw.Length.ToString(CultureInfo.InvariantCulture)} digits is longer than the limit of {MaxIntegerDigits.ToString(CultureInfo.InvariantCulture)}");
                    value = null;
                    return false;
                }
                else
                {
                    value = BigInteger.Parse(Encoding.ASCII.GetString(raw), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                }
                return true;
            default:
                ConversionStatus status = NumberConversion.ToDouble(valueClass, raw, out double number);
                value = number;
                if (status == ConversionStatus.Ok) return true;
                // Only a decimal literal beyond float64 gets here: it has no value a model could receive unchanged.
                context.ValueProblem(ScalarKind.Float64, "any", status, valueClass, raw);
                return false;
        }
    }

    private static bool TryReadBoxed<T, TRule>(ref JsonScanner scanner, DataType type, bool nanIsMissing, EnforcementContext context, out object? value)
        where TRule : IElementRule<T>
    {
        JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out bool escaped);
        if (valueClass == JsonValueClass.NaN && nanIsMissing && TRule.Kind.IsFloatingPoint())
        {
            value = null;
            return true;
        }
        ConversionStatus status = TRule.Convert(valueClass, raw, escaped, out T converted);
        if (status != ConversionStatus.Ok)
        {
            context.ValueProblem(TRule.Kind, type.ToMlflowName(), status, valueClass, raw);
            value = null;
            return false;
        }
        value = converted;
        return true;
    }

    private static bool TryReadArray(ref JsonScanner scanner, ArrayType array, bool required, EnforcementContext context, out object? value)
    {
        if (!ExpectContainer(ref scanner, JsonToken.Array, "an array", context))
        {
            value = null;
            return false;
        }
        if (array.Items is ScalarType scalar)
        {
            return TryReadTypedArray(ref scanner, scalar.DataType, scalar.TypeName, NullInTypedArray, nestedItemProblem: null, context, out value);
        }
        scanner.BeginArray();
        var items = new List<object?>();
        bool ok = true;
        bool first = true;
        context.Path.PushIndex(0);
        while (scanner.NextItem(ref first))
        {
            context.Path.SetIndex(items.Count);
            ok &= TryReadItem(ref scanner, array.Items, required, "null is not allowed in a required array", context, out object? item);
            items.Add(item);
        }
        context.Path.Pop();
        value = ok ? items.ToArray() : null;
        return ok;
    }

    private static bool TryReadObject(ref JsonScanner scanner, ObjectType obj, bool required, EnforcementContext context, out object? value)
    {
        value = null;
        if (!ExpectContainer(ref scanner, JsonToken.Object, "an object", context)) return false;
        byte[][] names = Utf8PropertyNames.GetValue(obj, static o => o.Properties.Select(p => Encoding.UTF8.GetBytes(p.Name)).ToArray());
        int count = obj.Properties.Count;
        var slots = new object?[count];
        Span<bool> seen = count <= 64 ? stackalloc bool[count] : new bool[count];
        List<string>? unknown = null;
        HashSet<string>? unknownKeys = null;
        bool ok = true;
        bool any = false;
        scanner.BeginObject();
        int keyCount = 0;
        while (scanner.NextProperty(ref keyCount, out ReadOnlySpan<byte> name, out bool escaped))
        {
            any = true;
            int index = FindProperty(names, obj, name, escaped);
            if (index < 0)
            {
                string key = JsonStringText.Decode(name, escaped);
                unknown ??= [];
                unknownKeys ??= new HashSet<string>(StringComparer.Ordinal);
                if (!unknownKeys.Add(key)) throw scanner.DuplicateKey(name, escaped);
                unknown.Add(key);
                scanner.SkipValue();
                continue;
            }
            if (seen[index]) throw scanner.DuplicateKey(name, escaped);
            seen[index] = true;
            ObjectProperty property = obj.Properties[index];
            context.Path.PushName(property.Name);
            ok &= TryReadItem(ref scanner, property.Type, property.Required, "null is not allowed (the property is required)", context, out slots[index]);
            context.Path.Pop();
        }
        if (unknown is not null)
        {
            string listed = NameList.Format(unknown);
            context.Problem($"{(unknown.Count == 1 ? "property" : "properties")} {listed} not defined in the schema (it has {string.Join(", ", obj.Properties.Select(p => PythonRepr.Str(p.Name)))})");
            ok = false;
        }
        // MLflow passes an empty object for an optional Object value as is.
        if (any || required)
        {
            var missing = new List<string>();
            for (int i = 0; i < count; i++)
            {
                if (!seen[i] && obj.Properties[i].Required) missing.Add(obj.Properties[i].Name);
            }
            if (missing.Count > 0)
            {
                context.Problem($"missing required {(missing.Count == 1 ? "property" : "properties")} {string.Join(", ", missing.Select(PythonRepr.Str))}");
                ok = false;
            }
        }
        if (!ok) return false;
        var entries = new List<KeyValuePair<string, object?>>(count);
        for (int i = 0; i < count; i++)
        {
            if (seen[i]) entries.Add(new KeyValuePair<string, object?>(obj.Properties[i].Name, slots[i]));
        }
        value = new ObjectValue([.. entries]);
        return true;
    }

    private static bool TryReadMap(ref JsonScanner scanner, MapType map, bool required, EnforcementContext context, out object? value)
    {
        value = null;
        if (!ExpectContainer(ref scanner, JsonToken.Object, "an object (map)", context)) return false;
        scanner.BeginObject();
        var entries = new List<KeyValuePair<string, object?>>();
        HashSet<string>? keys = null;
        bool ok = true;
        int keyCount = 0;
        while (scanner.NextProperty(ref keyCount, out ReadOnlySpan<byte> name, out bool escaped))
        {
            string key = JsonStringText.Decode(name, escaped);
            keys ??= new HashSet<string>(StringComparer.Ordinal);
            if (!keys.Add(key)) throw scanner.DuplicateKey(name, escaped);
            context.Path.PushName(key);
            ok &= TryReadItem(ref scanner, map.Values, required, "null is not allowed in a required map", context, out object? item);
            context.Path.Pop();
            entries.Add(new KeyValuePair<string, object?>(key, item));
        }
        if (!ok) return false;
        value = new ObjectValue([.. entries]);
        return true;
    }

    // Reads one item of an array, object or map. A null item is missing: refused with nullProblem when the item is
    // required and its type is not any, accepted (as null) otherwise.
    private static bool TryReadItem(ref JsonScanner scanner, ColumnType type, bool required, string nullProblem, EnforcementContext context, out object? item)
    {
        if (scanner.Peek() != JsonToken.Null) return TryRead(ref scanner, type, required, context, out item);
        scanner.ReadNull();
        item = null;
        if (!required || type is AnyType) return true;
        context.Problem(nullProblem);
        return false;
    }

    private static int FindProperty(byte[][] names, ObjectType obj, ReadOnlySpan<byte> name, bool escaped)
    {
        if (!escaped)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i])) return i;
            }
            return -1;
        }
        string decoded = JsonStringText.Decode(name, hasEscapes: true);
        for (int i = 0; i < obj.Properties.Count; i++)
        {
            if (string.Equals(obj.Properties[i].Name, decoded, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    // Checks the next value is an array/object; otherwise reports what arrived (consuming it) and returns false.
    private static bool ExpectContainer(ref JsonScanner scanner, JsonToken expected, string expectedText, EnforcementContext context)
    {
        if (scanner.Peek() == expected) return true;
        JsonValueClass valueClass = scanner.ReadToken(out ReadOnlySpan<byte> raw, out _);
        context.Problem($"expected {expectedText}, got {ConversionMessages.DescribeValue(valueClass, raw)}");
        return false;
    }
}
