namespace Signatures.Models;

/// <summary>
/// A build-time operation on a file failed: <see cref="Code"/> is one of <see cref="BuildErrorCodes"/>,
/// <see cref="Path"/> the file or directory concerned. <see cref="Exception.Message"/> names both, in the form MSBuild
/// shows as an error (<c>PATH : error SIGB003: ...</c> when written by <see cref="ToMSBuildError"/>).
/// </summary>
public sealed class ModelDirectoryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelDirectoryException(string code, string path, string message, Exception? inner = null)
        : base($"{code}: {message} ({path})", inner)
    {
        Code = code;
        Path = path;
        Problem = message;
    }

    /// <summary>The error code (<see cref="BuildErrorCodes"/>).</summary>
    public string Code { get; }

    /// <summary>The file or directory the error is about.</summary>
    public string Path { get; }

    /// <summary>What went wrong, without the code and path.</summary>
    public string Problem { get; }

    /// <summary>The canonical MSBuild error line: <c>PATH : error CODE: PROBLEM</c>.</summary>
    public string ToMSBuildError() => $"{Path} : error {Code}: {Problem}";
}
