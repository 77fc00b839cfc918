namespace Signatures.AspNetCore.Responses;

/// <summary>Where the values of a predictions body get their <see cref="ResponseValueKind"/>: one kind for the whole
/// value (a list of scalars, an unnamed tensor), one per key of each record (rows of a column contract), or one per key
/// of the predictions object (named tensors).</summary>
internal sealed record ResponseLayout(ResponseLayout.Keying Keys, ResponseValueKind Whole, IReadOnlyDictionary<string, ResponseValueKind> ByKey)
{
    /// <summary>Where the keys that choose a kind are.</summary>
    public enum Keying : byte
    {
        /// <summary>No keys: <see cref="Whole"/> applies everywhere.</summary>
        None,

        /// <summary><c>{"predictions": [{"column": ...}, ...]}</c>.</summary>
        Records,

        /// <summary><c>{"predictions": {"tensor": ...}}</c>.</summary>
        NamedTensors,
    }

    /// <summary>Plain JSON everywhere.</summary>
    public static ResponseLayout Json { get; } = new(Keying.None, ResponseValueKind.Json, new Dictionary<string, ResponseValueKind>());

    /// <summary>One kind for the whole value.</summary>
    public static ResponseLayout Of(ResponseValueKind kind) => new(Keying.None, kind, new Dictionary<string, ResponseValueKind>());

    /// <summary>The layout for an output schema written as records or named tensors.</summary>
    public static ResponseLayout For(Schema schema)
    {
        var byKey = new Dictionary<string, ResponseValueKind>(StringComparer.Ordinal);
        if (schema.IsTensorBased)
        {
            if (!schema.HasInputNames) return Of(KindOf(schema.Tensors.Single().DType));
            foreach (TensorSpec tensor in schema.Tensors) byKey[tensor.Name!] = KindOf(tensor.DType);
            return new ResponseLayout(Keying.NamedTensors, ResponseValueKind.Json, byKey);
        }
        int unnamed = 0;
        foreach (ColSpec column in schema.Columns) byKey[column.Name ?? (unnamed++).ToString(System.Globalization.CultureInfo.InvariantCulture)] = KindOf(column.Type);
        return new ResponseLayout(Keying.Records, ResponseValueKind.Json, byKey);
    }

    /// <summary>The kind of a scalar or collection element of CLR type <paramref name="type"/>.</summary>
    public static ResponseValueKind KindOf(Type type)
    {
        Type element = Nullable.GetUnderlyingType(type) ?? type;
        if (element == typeof(float) || element == typeof(Half)) return ResponseValueKind.Float32;
        if (element == typeof(byte[]) || element == typeof(ReadOnlyMemory<byte>)) return ResponseValueKind.Binary;
        if (element == typeof(DateTime)) return ResponseValueKind.Datetime;
        if (element != typeof(string) && element.IsArray) return KindOf(element.GetElementType()!);
        Type? list = element.IsGenericType && element.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? element
            : element.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));
        return element != typeof(string) && list is not null ? KindOf(list.GetGenericArguments()[0]) : ResponseValueKind.Json;
    }

    // Arrays and maps pass their items' kind on; an object's properties are plain JSON.
    private static ResponseValueKind KindOf(ColumnType type) => type switch
    {
        ScalarType { DataType: DataType.Float } => ResponseValueKind.Float32,
        ScalarType { DataType: DataType.Binary } => ResponseValueKind.Binary,
        ScalarType { DataType: DataType.Datetime } => ResponseValueKind.Datetime,
        ArrayType array => KindOf(array.Items),
        MapType map => KindOf(map.Values),
        _ => ResponseValueKind.Json,
    };

    private static ResponseValueKind KindOf(NumpyDType dtype) => dtype switch
    {
        NumpyDType.Float32 or NumpyDType.Float16 => ResponseValueKind.Float32,
        NumpyDType.Bytes => ResponseValueKind.Binary,
        _ => ResponseValueKind.Json,
    };
}
