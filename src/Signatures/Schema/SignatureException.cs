namespace Signatures;

/// <summary>
/// A signature that MLflow would refuse to construct, read or write (the counterpart of MLflow's
/// <c>MlflowException</c>, <c>KeyError</c> and <c>TypeError</c> raised while building a schema).
/// The message says what is wrong and, where MLflow has one, uses MLflow's wording.
/// </summary>
public sealed class SignatureException : Exception
{
    /// <summary>Creates the exception with a message that names the problem.</summary>
    public SignatureException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public SignatureException(string message, Exception inner) : base(message, inner) { }
}
