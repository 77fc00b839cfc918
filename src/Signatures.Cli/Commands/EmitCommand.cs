using Signatures.Cli.Emission;

namespace Signatures.Cli.Commands;

/// <summary><c>signatures emit</c>: writes each <c>[ModelSignature]</c> class's files from a built assembly (what
/// the package's build targets run after every build).</summary>
internal static class EmitCommand
{
    public const string Help = """
        usage: signatures emit --assembly DLL [--out DIR]

        For each [ModelSignature] class of the built assembly, writes DIR/<Namespace.Class>/signature.json
        (MLflow's to_dict() JSON), signature.yaml (the MLmodel 'signature:' block) and, when the class declares
        an input example, input_example.json and serving_input_example.json exactly as MLflow saves them.
        DIR defaults to 'signatures' beside the assembly. Files that already hold their bytes are not touched;
        files of classes that are gone are removed. Signatures are read from the assembly's metadata; only
        classes that declare an example are loaded (in an isolated load context) to run it.

        exit codes: 0 done, 1 failed (an MSBuild error line 'PATH : error SIGBxxx: ...'), 2 wrong usage.
        """;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Any(a => a is "-h" or "--help"))
        {
            stdout.WriteLine(Help);
            return 0;
        }
        return BuildCommandFailure.Guard(stderr, "emit", () =>
        {
            var (options, positionals, _) = BuildCommandFailure.Parse(args, ["--assembly", "--out"]);
            if (positionals.Count > 0) throw new UsageException($"unexpected argument '{positionals[0]}'.");
            if (!options.TryGetValue("--assembly", out string? assembly)) throw new UsageException("--assembly DLL is required.");
            string output = options.TryGetValue("--out", out string? dir)
                ? dir
                : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(assembly))!, SignatureEmission.FolderName);
            var (written, signatures) = SignatureEmission.Emit(assembly, output);
            foreach (string path in written) stdout.WriteLine("wrote " + path);
            stdout.WriteLine($"{signatures.Count} signature class(es), {written.Count} file(s) written to {Path.GetFullPath(output)}");
            return 0;
        });
    }
}
