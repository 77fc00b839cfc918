namespace Signatures.Examples;

/// <summary>An input example MLflow would refuse (its message where MLflow has one), or a value that has no Python form.</summary>
public sealed class InputExampleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputExampleException(string message) : base(message) { }

    /// <summary>Creates the exception with the error that caused it.</summary>
    public InputExampleException(string message, Exception inner) : base(message, inner) { }
}
