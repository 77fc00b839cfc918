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

/// <summary>Runs the built <c>signatures</c> tool (Signatures.Cli.dll beside the tests) as a process through
/// <c>/bin/sh</c>, so a test can give it closed or full standard streams.</summary>
public static class CliProcess
{
    private static string Tool => System.IO.Path.Combine(AppContext.BaseDirectory, "Signatures.Cli.dll");

    /// <summary>Runs <c>signatures args redirections</c>; <paramref name="redirections"/> is shell text such as
    /// <c>"&lt;&amp;-"</c> or <c>"&gt;/dev/full"</c>. Standard input is empty unless redirected.</summary>
    public static CliResult Run(string redirections, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet \"$0\" \"$@\" {redirections}");
        start.ArgumentList.Add(Tool);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hang, not a timing assertion: a tool that never ends fails the test instead of the run.
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"signatures {string.Join(' ', args)} {redirections} did not end");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
