using System.Collections.Generic;
using System.Text;

namespace Signatures.Generators.Emitting;

/// <summary>
/// The path of a value inside a contract instance as generated code builds it, only where a violation is reported:
/// names joined with dots, list indexes in brackets (<c>items[3].sku</c>), map keys quoted (<c>tags['a']</c>), array
/// indexes of a multi-dimensional tensor together (<c>images[0, 2]</c>). Immutable: each step returns a new path.
/// </summary>
internal sealed class PathCode
{
    private readonly List<(bool IsLiteral, string Text)> parts;

    private PathCode(List<(bool IsLiteral, string Text)> parts) => this.parts = parts;

    /// <summary>The path of the instance itself (empty).</summary>
    public static PathCode Root { get; } = new([]);

    /// <summary>The member or property called <paramref name="name"/> below this path.</summary>
    public PathCode Name(string name) => With((true, parts.Count == 0 ? name : "." + name));

    /// <summary>Item <paramref name="indexVariable"/> (an <c>int</c> local) below this path.</summary>
    public PathCode Index(string indexVariable) => With((true, "["), (false, IndexText(indexVariable)), (true, "]"));

    /// <summary>Items at several <c>int</c> locals at once (a multi-dimensional array).</summary>
    public PathCode Indexes(IReadOnlyList<string> indexVariables)
    {
        var added = new List<(bool, string)> { (true, "[") };
        for (int i = 0; i < indexVariables.Count; i++)
        {
            if (i > 0) added.Add((true, ", "));
            added.Add((false, IndexText(indexVariables[i])));
        }
        added.Add((true, "]"));
        return With(added.ToArray());
    }

    /// <summary>The map value under key <paramref name="keyExpression"/> (a <c>string</c> expression).</summary>
    public PathCode Key(string keyExpression) => With((true, "['"), (false, keyExpression), (true, "']"));

    /// <summary>The C# expression of the path text: a literal, or a concatenation evaluated only where it is used.</summary>
    public string Expression()
    {
        var pieces = new List<string>();
        var literal = new StringBuilder();
        foreach ((bool isLiteral, string text) in parts)
        {
            if (isLiteral)
            {
                literal.Append(text);
                continue;
            }
            if (literal.Length > 0) pieces.Add(CSharpText.String(literal.ToString()));
            literal.Clear();
            pieces.Add(text);
        }
        if (literal.Length > 0 || pieces.Count == 0) pieces.Add(CSharpText.String(literal.ToString()));
        return string.Join(" + ", pieces);
    }

    private PathCode With(params (bool, string)[] added)
    {
        var next = new List<(bool, string)>(parts);
        next.AddRange(added);
        return new PathCode(next);
    }

    private static string IndexText(string variable) => $"{variable}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
}
