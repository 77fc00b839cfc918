namespace Signatures.Cli;

/// <summary>The command line itself is wrong (unknown option, missing or unreadable file): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
