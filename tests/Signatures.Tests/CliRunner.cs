using CommandLine = Signatures.Cli.CommandLine;

namespace Signatures.Tests;

/// <summary>What one in-process run of the <c>signatures</c> command produced.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs <see cref="CommandLine.Run"/> in process with captured standard streams.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args) => RunWithInput("", args);

    public static CliResult RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exitCode = CommandLine.Run(args, new StringReader(stdin), stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary file holding the given text (UTF-8, no byte-order mark), deleted on dispose.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(string text, string extension = ".tmp")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "signatures-test-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
