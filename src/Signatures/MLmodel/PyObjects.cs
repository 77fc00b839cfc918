using System.Globalization;
using System.Numerics;
using System.Text;

namespace Signatures.MLmodel;

/// <summary>
/// The Python objects PyYAML's <c>safe_load</c> builds and <c>safe_dump</c> writes back. Object identity matters:
/// an alias in the file yields the same instance twice, which the writer turns into <c>&amp;id001</c>/<c>*id001</c>.
/// </summary>
internal abstract class PyObject
{
    /// <summary>Python's <c>bool(value)</c>.</summary>
    public abstract bool IsTruthy { get; }

    /// <summary>Python's <c>str(value)</c>.</summary>
    public virtual string Str() => Repr();

    /// <summary>Python's <c>repr(value)</c>.</summary>
    public abstract string Repr();

    /// <summary>The Python type name, for messages.</summary>
    public abstract string TypeName { get; }
}

/// <summary><c>None</c>.</summary>
internal sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override bool IsTruthy => false;
    public override string Repr() => "None";
    public override string TypeName => "NoneType";
}

/// <summary><c>bool</c>.</summary>
internal sealed class PyBool(bool value) : PyObject
{
    public bool Value { get; } = value;
    public override bool IsTruthy => Value;
    public override string Repr() => Value ? "True" : "False";
    public override string TypeName => "bool";
}

/// <summary><c>int</c> (arbitrary precision).</summary>
internal sealed class PyInt(BigInteger value) : PyObject
{
    public BigInteger Value { get; } = value;
    public override bool IsTruthy => !Value.IsZero;
    public override string Repr() => Value.ToString(CultureInfo.InvariantCulture);
    public override string TypeName => "int";
}

/// <summary><c>float</c>.</summary>
internal sealed class PyFloat(double value) : PyObject
{
    public double Value { get; } = value;
    public override bool IsTruthy => Value != 0;
    public override string Repr() => PythonRepr.Float(Value);
    public override string TypeName => "float";
}

/// <summary><c>str</c>.</summary>
internal sealed class PyStr(string value) : PyObject
{
    public string Value { get; } = value;
    public override bool IsTruthy => Value.Length > 0;
    public override string Str() => Value;
    public override string Repr() => PythonRepr.Str(Value);
    public override string TypeName => "str";
}

/// <summary><c>bytes</c> (<c>!!binary</c>).</summary>
internal sealed class PyBytes(byte[] value) : PyObject
{
    public byte[] Value { get; } = value;
    public override bool IsTruthy => Value.Length > 0;
    public override string TypeName => "bytes";

    public override string Repr()
    {
        bool hasSingle = Value.Contains((byte)'\'');
        char quote = hasSingle && !Value.Contains((byte)'"') ? '"' : '\'';
        var builder = new StringBuilder("b").Append(quote);
        foreach (byte b in Value)
        {
            if (b == quote || b == '\\') builder.Append('\\').Append((char)b);
            else if (b == '\n') builder.Append("\\n");
            else if (b == '\r') builder.Append("\\r");
            else if (b == '\t') builder.Append("\\t");
            else if (b < 0x20 || b >= 0x7f) builder.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else builder.Append((char)b);
        }
        return builder.Append(quote).ToString();
    }
}

/// <summary><c>datetime.date</c>.</summary>
internal sealed class PyDate(DateOnly value) : PyObject
{
    public DateOnly Value { get; } = value;
    public override bool IsTruthy => true;
    public override string TypeName => "date";

    /// <summary><c>date.isoformat()</c>.</summary>
    public string IsoFormat() => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string Str() => IsoFormat();
    public override string Repr() => string.Create(CultureInfo.InvariantCulture, $"datetime.date({Value.Year}, {Value.Month}, {Value.Day})");
}

/// <summary><c>datetime.datetime</c>: a wall-clock time to the microsecond and, when aware, its UTC offset.</summary>
internal sealed class PyDateTime(DateTime value, TimeSpan? offset) : PyObject
{
    public DateTime Value { get; } = value;
    public TimeSpan? Offset { get; } = offset;
    public override bool IsTruthy => true;
    public override string TypeName => "datetime";

    /// <summary><c>datetime.isoformat(sep)</c>: microseconds only when non-zero, then <c>+HH:MM</c> when aware.</summary>
    public string IsoFormat(char separator)
    {
        var builder = new StringBuilder(Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append(separator).Append(Value.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        long microseconds = Value.Ticks % TimeSpan.TicksPerSecond / 10;
        if (microseconds != 0) builder.Append('.').Append(microseconds.ToString("000000", CultureInfo.InvariantCulture));
        if (Offset is { } offset)
        {
            builder.Append(offset < TimeSpan.Zero ? '-' : '+');
            TimeSpan magnitude = offset.Duration();
            builder.Append(magnitude.Hours.ToString("00", CultureInfo.InvariantCulture)).Append(':')
                .Append(magnitude.Minutes.ToString("00", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    public override string Str() => IsoFormat(' ');
    public override string Repr() => $"datetime.datetime({IsoFormat('T')})";
}

/// <summary><c>list</c>.</summary>
internal sealed class PyList(List<PyObject> items) : PyObject
{
    public List<PyObject> Items { get; } = items;
    public override bool IsTruthy => Items.Count > 0;
    public override string Repr() => "[" + string.Join(", ", Items.Select(i => i.Repr())) + "]";
    public override string TypeName => "list";
}

/// <summary><c>dict</c>: insertion order, Python key equality (<c>1 == 1.0 == True</c>); setting an existing key keeps
/// its position and replaces its value, as a dict does.</summary>
internal sealed class PyMap : PyObject
{
    private readonly List<KeyValuePair<PyObject, PyObject>> entries = new();

    public IReadOnlyList<KeyValuePair<PyObject, PyObject>> Entries => entries;
    public override bool IsTruthy => entries.Count > 0;
    public override string TypeName => "dict";

    public void Set(PyObject key, PyObject value)
    {
        int index = IndexOf(key);
        if (index >= 0) entries[index] = new KeyValuePair<PyObject, PyObject>(entries[index].Key, value);
        else entries.Add(new KeyValuePair<PyObject, PyObject>(key, value));
    }

    public void Set(string key, PyObject value) => Set(new PyStr(key), value);

    public bool Remove(string key)
    {
        int index = IndexOf(new PyStr(key));
        if (index < 0) return false;
        entries.RemoveAt(index);
        return true;
    }

    public PyObject? Get(string key)
    {
        int index = IndexOf(new PyStr(key));
        return index >= 0 ? entries[index].Value : null;
    }

    public int IndexOf(PyObject key) => entries.FindIndex(e => PyKeys.AreEqual(e.Key, key));

    public override string Repr() => "{" + string.Join(", ", entries.Select(e => e.Key.Repr() + ": " + e.Value.Repr())) + "}";
}

/// <summary><c>set</c> (<c>!!set</c>), its members in file order.</summary>
internal sealed class PySet(List<PyObject> members) : PyObject
{
    public List<PyObject> Members { get; } = members;
    public override bool IsTruthy => Members.Count > 0;
    public override string Repr() => Members.Count == 0 ? "set()" : "{" + string.Join(", ", Members.Select(m => m.Repr())) + "}";
    public override string TypeName => "set";
}
