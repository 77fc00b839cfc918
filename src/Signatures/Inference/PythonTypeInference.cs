using System.Diagnostics.CodeAnalysis;
using System.Collections;
using System.Numerics;
using System.Reflection;
using Signatures.Examples;

namespace Signatures.Inference;

/// <summary>
/// MLflow's <c>_infer_datatype</c> on the Python value a CLR value stands for: integers are Python ints
/// (<c>long</c>), floating-point numbers Python floats (<c>double</c>), strings, bytes, dates; sequences are lists
/// (<c>array</c> of the merged item type, <c>any</c> when empty); string-keyed dictionaries and objects with public
/// properties are dicts (<c>object</c>, properties merged across values, optional when missing somewhere).
/// <see langword="null"/> and NaN are Python's <c>None</c>/<c>nan</c>: no type of their own.
/// </summary>
internal static class PythonTypeInference
{
    private const int MaxDepth = 64;

    /// <summary>The type of <paramref name="value"/>, or <see langword="null"/> for None/NaN.</summary>
    /// <exception cref="InferenceException">Mixed or unsupported values.</exception>
    public static ColumnType? DataType(object? value) => DataType(value, 0);

    /// <summary>Whether <paramref name="value"/> is None or NaN (<c>_is_none_or_nan</c>).</summary>
    public static bool IsNoneOrNaN(object? value) => value is null or double.NaN or float.NaN || (value is Half h && Half.IsNaN(h));

    /// <summary>The merged item type of a list (<c>_infer_array_datatype(...).dtype</c>); <see langword="null"/> when
    /// every item is None.</summary>
    public static ColumnType? ItemType(IEnumerable<object?> items, int depth = 0)
    {
        ColumnType? result = null;
        foreach (object? item in items)
        {
            ColumnType? type = DataType(item, depth + 1);
            if (type is null) continue;
            result = result is null ? type : Merge(result, type);
        }
        return result;
    }

    /// <summary>Two inferred types as one (<c>_merge</c>): <c>any</c> yields to the other, arrays merge their items,
    /// objects their properties; anything else must be equal.</summary>
    public static ColumnType Merge(ColumnType a, ColumnType b)
    {
        if (a is AnyType) return b;
        if (b is AnyType || a == b) return a;
        if (a is ArrayType x && b is ArrayType y) return new ArrayType(Merge(x.Items, y.Items));
        if (a is ObjectType p && b is ObjectType q)
        {
            var names = p.Properties.Select(r => r.Name).Union(q.Properties.Select(r => r.Name), StringComparer.Ordinal);
            return new ObjectType(names.Select(name =>
            {
                ObjectProperty? left = p.Find(name), right = q.Find(name);
                if (left is null) return right! with { Required = false };
                if (right is null) return left with { Required = false };
                return new ObjectProperty(name, Merge(left.Type, right.Type), left.Required && right.Required);
            }));
        }
        throw new InferenceException($"Mixed types: {Describe(a)} and {Describe(b)} cannot be one MLflow type.");
    }

    /// <summary>The entries of a dict-like value (a string-keyed dictionary, or an object's public properties),
    /// or <see langword="null"/> when the value is not dict-like.</summary>
    // Trimming: an object's public properties and an IReadOnlyDictionary's pairs are read by reflection over the value's
    // runtime type. SignatureInference's entry points that take arbitrary objects carry [RequiresUnreferencedCode];
    // ExampleWithParams reaches here only with params (scalars and 1-D lists), which take no reflection.
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Object entries are reached only through entry points marked RequiresUnreferencedCode.")]
    public static List<KeyValuePair<string, object?>>? Entries(object? value)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> or IDictionary:
                try
                {
                    return InputExample.Entries(value);
                }
                catch (InputExampleException e)
                {
                    throw new InferenceException(e.Message);
                }
            case null or string or byte[] or NDArrayExample:
                return null;
        }
        Type type = value.GetType();
        if (IsReadOnlyDictionary(type)) return ReadOnlyDictionaryEntries(value);
        if (value is IEnumerable || type.IsPrimitive || type.IsEnum || Scalar(value) is not null) return null;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToList();
        if (properties.Count == 0) return null;
        return properties.Select(p => new KeyValuePair<string, object?>(ColumnName(p), p.GetValue(value))).ToList();
    }

    private static ColumnType? DataType(object? value, int depth)
    {
        if (depth > MaxDepth) throw new InferenceException($"The value nests more than {MaxDepth} levels deep (is it self-referencing?).");
        if (IsNoneOrNaN(value)) return null;
        if (Scalar(value) is { } scalar) return ColumnType.Of(scalar);
        if (value is NDArrayExample array) return ListType(array.ToPythonList() as IEnumerable<object?> ?? [array.ToPythonList()], depth);
        if (Entries(value) is { } entries)
        {
            if (entries.Count == 0) return AnyType.Instance;
            return new ObjectType(entries.Select(e =>
            {
                ColumnType? type = DataType(e.Value, depth + 1);
                return new ObjectProperty(e.Key, type ?? AnyType.Instance, type is not null);
            }));
        }
        if (value is IEnumerable items) return ListType(items.Cast<object?>(), depth);
        throw new InferenceException($"A value of type {value!.GetType()} has no MLflow type (supported: bool, integers, floating-point numbers, strings, bytes, dates, lists, string-keyed dictionaries, objects with public properties).");
    }

    private static ColumnType ListType(IEnumerable<object?> items, int depth)
    {
        var list = items.ToList();
        if (list.Count == 0) return AnyType.Instance;
        return new ArrayType(ItemType(list, depth) ?? AnyType.Instance);
    }

    /// <summary>The MLflow type of a Python scalar, or <see langword="null"/> when the value is not a scalar.</summary>
    public static DataType? Scalar(object? value) => value switch
    {
        bool => Signatures.DataType.Boolean,
        sbyte or byte or short or ushort or int or uint or long or ulong or BigInteger => Signatures.DataType.Long,
        float or double or Half => Signatures.DataType.Double,
        string or char or Guid => Signatures.DataType.String,
        byte[] or ReadOnlyMemory<byte> => Signatures.DataType.Binary,
        DateTime or DateOnly or DateTimeOffset => Signatures.DataType.Datetime,
        decimal => throw new InferenceException("A decimal has no Python float that holds it exactly; convert it to double."),
        _ => null,
    };

    private static string ColumnName(PropertyInfo property) =>
        property.GetCustomAttribute<ColumnAttribute>()?.Name ?? property.Name;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "See Entries: reached only through entry points marked RequiresUnreferencedCode.")]
    private static bool IsReadOnlyDictionary(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && i.GenericTypeArguments[0] == typeof(string));

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "See Entries: reached only through entry points marked RequiresUnreferencedCode.")]
    private static List<KeyValuePair<string, object?>> ReadOnlyDictionaryEntries(object value)
    {
        var entries = new List<KeyValuePair<string, object?>>();
        foreach (object? pair in (IEnumerable)value)
        {
            Type pairType = pair!.GetType();
            entries.Add(new((string)pairType.GetProperty("Key")!.GetValue(pair)!, pairType.GetProperty("Value")!.GetValue(pair)));
        }
        return entries;
    }

    private static string Describe(ColumnType type) => type.TypeName;
}
