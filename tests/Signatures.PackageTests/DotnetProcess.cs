using System.Diagnostics;
using System.Text;

namespace Signatures.PackageTests;

/// <summary>What a finished process printed and returned.</summary>
public sealed record ProcessOutput(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Both streams, for assertion messages and searching build output.</summary>
    public string All => StandardOutput + StandardError;

    /// <summary>Throws with the whole output unless the process exited with 0.</summary>
    public ProcessOutput EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"'{CommandLine}' exited with {ExitCode}:\n{All}");
        }
        return this;
    }
}

/// <summary>
/// Runs <c>dotnet</c> (or a program a test produced) the way a user's shell would: a clean MSBuild environment (the
/// test host's MSBuild variables removed), no telemetry or banners, no MSBuild nodes left behind, and a package cache
/// of the caller's choosing.
/// </summary>
public static class DotnetProcess
{
    // A guard against a hung build, not a timing assertion: far above anything these commands take.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(8);

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static ProcessOutput Dotnet(string workingDirectory, string? packagesFolder, params string[] arguments) =>
        Run("dotnet", workingDirectory, packagesFolder, standardInput: null, arguments);

    /// <summary>Runs <paramref name="program"/>, writing <paramref name="standardInput"/> to it (when given) and closing it.</summary>
    public static ProcessOutput Run(string program, string workingDirectory, string? packagesFolder, byte[]? standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (string name in start.Environment.Keys.ToArray())
        {
            // The test host runs under MSBuild-launched tooling; a child build must find its own SDK and targets.
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (packagesFolder is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        string commandLine = program + " " + string.Join(" ", arguments);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start '{commandLine}'");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.BaseStream.Write(standardInput);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(HangGuard))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{commandLine}' did not finish within {HangGuard.TotalMinutes} minutes");
        }
        process.WaitForExit();
        return new ProcessOutput(commandLine, process.ExitCode, stdout.Result, stderr.Result);
    }
}
