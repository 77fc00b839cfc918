namespace Signatures.Validation;

/// <summary>The outcome of validating a materialized contract instance. A valid result holds no list and
/// costs no allocation.</summary>
public readonly struct ValidationResult
{
    private readonly ValidationError[]? errors;

    internal ValidationResult(ValidationError[]? errors) => this.errors = errors is { Length: > 0 } ? errors : null;

    /// <summary>A result without violations.</summary>
    public static ValidationResult Valid => default;

    /// <summary>Whether no violation was found.</summary>
    public bool IsValid => errors is null;

    /// <summary>Every violation, in the order found (empty when valid).</summary>
    public ReadOnlySpan<ValidationError> Errors => errors;

    /// <summary>Every violation on its own line, or <c>valid</c>.</summary>
    public override string ToString() => errors is null ? "valid" : string.Join(Environment.NewLine, errors);
}
