using System.Globalization;
using System.Numerics;
using System.Text;
using Signatures.Formats;

namespace Signatures.Examples;

/// <summary>An ordered Python <c>dict</c> with string keys, as the example writer prepares it.</summary>
internal sealed class PyDict : List<KeyValuePair<string, object?>>
{
    public void Add(string key, object? value) => Add(new KeyValuePair<string, object?>(key, value));
}

/// <summary>
/// Python's <c>json.dumps</c> of a prepared value tree (<see langword="null"/>, <see cref="bool"/>, <see cref="long"/>,
/// <see cref="BigInteger"/>, <see cref="double"/>, <see cref="string"/>, <see cref="List{T}"/> of values, <see cref="PyDict"/>):
/// compact with the default separators <c>", "</c>/<c>": "</c>, or with <c>indent=2</c>, whose layout puts every item on
/// its own line and writes empty containers as <c>[]</c>/<c>{}</c>. Non-ASCII is escaped and NaN/infinities are the
/// bare tokens <c>NaN</c>/<c>Infinity</c>/<c>-Infinity</c>, as Python writes them.
/// </summary>
internal static class PythonJsonWriter
{
    public static string Write(object? value, bool indent)
    {
        var builder = new StringBuilder();
        Write(builder, value, indent ? 0 : -1);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int level)
    {
        switch (value)
        {
            case null: builder.Append("null"); break;
            case bool b: builder.Append(b ? "true" : "false"); break;
            case long l: builder.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case BigInteger big: builder.Append(big.ToString(CultureInfo.InvariantCulture)); break;
            case double d: builder.Append(PythonJsonText.FormatDouble(d)); break;
            case string s: PythonJsonText.AppendString(builder, s); break;
            case PyDict dict:
                WriteContainer(builder, '{', '}', dict.Count, level, (i, inner) =>
                {
                    PythonJsonText.AppendString(builder, dict[i].Key);
                    builder.Append(PythonJsonText.KeySeparator);
                    Write(builder, dict[i].Value, inner);
                });
                break;
            case List<object?> list:
                WriteContainer(builder, '[', ']', list.Count, level, (i, inner) => Write(builder, list[i], inner));
                break;
            default:
                throw new InvalidOperationException($"Not a prepared Python value: {value.GetType()}.");
        }
    }

    private static void WriteContainer(StringBuilder builder, char open, char close, int count, int level, Action<int, int> writeItem)
    {
        builder.Append(open);
        if (count == 0)
        {
            builder.Append(close);
            return;
        }
        if (level < 0)
        {
            for (int i = 0; i < count; i++)
            {
                if (i > 0) builder.Append(PythonJsonText.ItemSeparator);
                writeItem(i, -1);
            }
            builder.Append(close);
            return;
        }
        for (int i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n").Append(' ', (level + 1) * 2);
            writeItem(i, level + 1);
        }
        builder.Append('\n').Append(' ', level * 2).Append(close);
    }
}
