namespace Signatures.Enforcement;

/// <summary>
/// A declared param after defaults are applied. <see cref="Value"/> is <see cref="bool"/>, <see cref="int"/>
/// (<c>integer</c>), <see cref="long"/>, <see cref="float"/>, <see cref="double"/>, <see cref="string"/>,
/// <see cref="DateTime"/>, an <see cref="ObjectValue"/> (object params), a typed array of those (list params), or
/// <see langword="null"/> for a scalar param whose default is <c>null</c>.
/// </summary>
public sealed class ResolvedParam
{
    internal ResolvedParam(ParamSpec spec, object? value, bool isDefault)
    {
        Spec = spec;
        Value = value;
        IsDefault = isDefault;
    }

    /// <summary>The param's name.</summary>
    public string Name => Spec.Name;

    /// <summary>The param's spec.</summary>
    public ParamSpec Spec { get; }

    /// <summary>The value.</summary>
    public object? Value { get; }

    /// <summary>Whether the request did not give the param (or gave <c>null</c>), so the default applies.</summary>
    public bool IsDefault { get; }
}
