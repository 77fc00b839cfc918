using System.Reflection;
using System.Text.Json;
using Signatures.AspNetCore.Responses;
using Signatures.Writing;

namespace Signatures.AspNetCore;

/// <summary>
/// Chooses, once per endpoint, how a model's output becomes <c>{"predictions": ...}</c> (spec/mlflow-signatures.md §5.1,
/// through <see cref="Predictions"/>): rows of an output contract (any <see cref="IReadOnlyList{T}"/> of an
/// <see cref="IModelContract{T}"/>) as records; one contract instance (a tensor contract's tensors, or one row); a list
/// of scalars or collections (<c>long[]</c> for <c>[ModelSignature&lt;TIn, long&gt;]</c>) as a list of values; anything
/// else (JSON nodes, dictionaries, lists of them) as its JSON value.
/// </summary>
internal static class PredictionWriter
{
    /// <summary>How the output is written, and the layout of its values for Python's text (see <see cref="PythonResponseText"/>).</summary>
    public static (Action<Utf8JsonWriter, TOutput> Write, ResponseLayout Layout) Format<TOutput>()
    {
        Type output = typeof(TOutput);
        Action<Utf8JsonWriter, TOutput> write = For<TOutput>();
        if (IsContract(output)) return (write, ContractLayout(output));
        if (ListElement(output) is { } element) return (write, IsContract(element) ? ContractLayout(element) : ResponseLayout.Of(ResponseLayout.KindOf(element)));
        return (write, ResponseLayout.Json);
    }

    private static ResponseLayout ContractLayout(Type contract) =>
        ResponseLayout.For((Schema)typeof(PredictionWriter).GetMethod(nameof(SchemaOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(contract).Invoke(null, null)!);

    private static Schema SchemaOf<T>() where T : IModelContract<T> => T.Schema;

    public static Action<Utf8JsonWriter, TOutput> For<TOutput>()
    {
        Type output = typeof(TOutput);
        if (IsAwaitable(output))
        {
            throw new ArgumentException(
                $"The predict function returns {output.Name}, a task inside the result: declare it async (returning ValueTask<T>) so the endpoint awaits it.");
        }
        if (IsContract(output)) return Create<TOutput>(nameof(One), output);
        if (ListElement(output) is { } element)
        {
            return IsContract(element) ? Create<TOutput>(nameof(Rows), element) : Create<TOutput>(nameof(Values), element);
        }
        return static (writer, value) =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("predictions"u8);
            JsonValues.WriteAny(writer, value);
            writer.WriteEndObject();
        };
    }

    private static Action<Utf8JsonWriter, TOutput> Create<TOutput>(string method, Type argument) =>
        (Action<Utf8JsonWriter, TOutput>)typeof(PredictionWriter).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(typeof(TOutput), argument)
            .Invoke(null, null)!;

    private static Action<Utf8JsonWriter, TOutput> One<TOutput, TContract>() where TContract : IModelContract<TContract> =>
        static (writer, value) => Predictions.WriteTo(writer, (TContract)(object)value!);

    private static Action<Utf8JsonWriter, TOutput> Rows<TOutput, TRow>() where TRow : IModelContract<TRow> =>
        static (writer, value) => Predictions.WriteTo(writer, (IReadOnlyList<TRow>)value!);

    private static Action<Utf8JsonWriter, TOutput> Values<TOutput, TValue>() =>
        static (writer, value) => Predictions.WriteValuesTo(writer, (IReadOnlyList<TValue>)value!);

    private static bool IsContract(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IModelContract<>) && i.GetGenericArguments()[0] == type);

    private static Type? ListElement(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return type.GetGenericArguments()[0];
        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))?.GetGenericArguments()[0];
    }

    private static bool IsAwaitable(Type type) =>
        typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask) || type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>);
}
