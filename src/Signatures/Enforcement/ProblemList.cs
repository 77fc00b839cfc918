using System.Globalization;
using System.Text;

namespace Signatures.Enforcement;

/// <summary>The problems found at one stage; the first few are kept verbatim, the rest only counted.</summary>
internal sealed class ProblemList(int maxShown)
{
    private readonly List<string> shown = [];

    public int Count { get; private set; }

    public void Add(string problem)
    {
        Count++;
        if (shown.Count < maxShown) shown.Add(problem);
    }

    /// <summary>Whether a problem is a schema mismatch (see <see cref="RequestRejection.IsSchemaMismatch"/>).</summary>
    public bool HasSchemaMismatch { get; private set; }

    /// <summary>Adds a schema mismatch: the request's columns or tensors do not line up with the signature's.</summary>
    public void AddSchemaMismatch(string problem, bool first)
    {
        HasSchemaMismatch = true;
        if (first) AddFirst(problem);
        else Add(problem);
    }

    /// <summary>Puts <paramref name="problem"/> first (structural problems read best before value problems).</summary>
    public void AddFirst(string problem)
    {
        Count++;
        shown.Insert(0, problem);
        if (shown.Count > maxShown) shown.RemoveAt(shown.Count - 1);
    }

    public string Join(string? prefix = null)
    {
        var builder = new StringBuilder(prefix);
        builder.AppendJoin("; ", shown);
        int hidden = Count - shown.Count;
        if (hidden > 0)
        {
            builder.Append("; and ").Append(hidden.ToString(CultureInfo.InvariantCulture)).Append(hidden == 1 ? " more problem" : " more problems");
        }
        if (builder.Length > 0 && builder[^1] != '.') builder.Append('.');
        return builder.ToString();
    }
}
