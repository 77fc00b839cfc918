using System.Globalization;
using System.Runtime.CompilerServices;

namespace Signatures.Validation;

/// <summary>
/// Collects violations while generated validators walk an instance. Nothing is allocated until the first
/// violation. Nested validators report paths relative to themselves; the caller then calls
/// <see cref="PrefixSince(int, string)"/> or <see cref="PrefixSince(int, string, int)"/> so full paths are only
/// built for values that are actually wrong.
/// </summary>
public struct ValidationCollector
{
    private List<ValidationError>? errors;

    /// <summary>How many violations have been collected so far.</summary>
    public readonly int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => errors?.Count ?? 0;
    }

    /// <summary>Records a violation at <paramref name="path"/>.</summary>
    public void Add(string path, string message) => (errors ??= []).Add(new ValidationError(path, message));

    /// <summary>Prefixes the paths of the violations added since <paramref name="start"/> with <paramref name="member"/>.</summary>
    public readonly void PrefixSince(int start, string member)
    {
        if (errors is null) return;
        for (int i = start; i < errors.Count; i++)
        {
            ValidationError e = errors[i];
            errors[i] = e with { Path = Join(member, e.Path) };
        }
    }

    /// <summary>Prefixes the paths of the violations added since <paramref name="start"/> with <c>member[index]</c>.</summary>
    public readonly void PrefixSince(int start, string member, int index)
    {
        if (errors is null || start >= errors.Count) return;
        PrefixSince(start, member + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
    }

    /// <summary>Prefixes the paths of the violations added since <paramref name="start"/> with <c>member['key']</c>.</summary>
    public readonly void PrefixSinceKey(int start, string member, string key)
    {
        if (errors is null || start >= errors.Count) return;
        PrefixSince(start, member + "['" + key + "']");
    }

    /// <summary>The result: valid (no allocation) or the violations.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ValidationResult ToResult() => errors is null ? default : new(errors.ToArray());

    private static string Join(string prefix, string path) =>
        path.Length == 0 ? prefix : path[0] == '[' ? prefix + path : prefix + "." + path;
}
