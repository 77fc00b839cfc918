using Signatures.Examples;
using Signatures.Models;

namespace Signatures.Cli.Emission;

/// <summary>
/// Build-time emission: for each <c>[ModelSignature]</c> class of an assembly, <c>&lt;out&gt;/&lt;Namespace.Class&gt;/</c>
/// holds <c>signature.json</c> (MLflow's <c>to_dict()</c> JSON), <c>signature.yaml</c> (the MLmodel <c>signature:</c>
/// block) and, for a class that declares an input example, <c>input_example.json</c> and
/// <c>serving_input_example.json</c> as MLflow writes them. A file that already holds its bytes is not touched; files
/// of classes that are gone are removed.
/// </summary>
internal static class SignatureEmission
{
    /// <summary>The folder under the build output.</summary>
    public const string FolderName = "signatures";

    private static readonly string[] OwnFiles = ["signature.json", "signature.yaml", InputExampleFiles.InputExampleFileName, InputExampleFiles.ServingInputExampleFileName];

    /// <summary>Emits the signatures of <paramref name="assemblyPath"/> into <paramref name="outputDirectory"/>.</summary>
    /// <returns>The files written (empty when everything was up to date) and the classes found.</returns>
    /// <exception cref="ModelDirectoryException">The assembly cannot be read, an example cannot be made, or a file cannot be written.</exception>
    public static (IReadOnlyList<string> Written, IReadOnlyList<DeclaredSignature> Signatures) Emit(string assemblyPath, string outputDirectory)
    {
        IReadOnlyList<DeclaredSignature> signatures = AssemblySignatureReader.Read(assemblyPath);
        string output = Path.GetFullPath(outputDirectory);
        var written = new List<string>();
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (DeclaredSignature signature in signatures)
        {
            string directory = Path.Combine(output, signature.FullName);
            current.Add(signature.FullName);
            Write(Path.Combine(directory, "signature.json"), signature.Json + "\n", written);
            Write(Path.Combine(directory, "signature.yaml"), signature.Yaml, written);
            ExampleTexts? example = signature.HasExample ? ExampleLoader.Create(assemblyPath, signature) : null;
            WriteOrRemove(Path.Combine(directory, InputExampleFiles.InputExampleFileName), example?.InputExampleJson, written);
            WriteOrRemove(Path.Combine(directory, InputExampleFiles.ServingInputExampleFileName), example?.ServingInputExampleJson, written);
        }
        RemoveStale(output, current);
        return (written, signatures);
    }

    /// <summary>The example of a class as the files MLflow saves, or <see langword="null"/> when it declares none.</summary>
    public static InputExampleFiles? ExampleFiles(string assemblyPath, DeclaredSignature signature) =>
        signature.HasExample && ExampleLoader.Create(assemblyPath, signature) is { } texts
            ? new InputExampleFiles(texts.InputExampleJson, texts.ServingInputExampleJson, texts.Info)
            : null;

    private static void Write(string path, string text, List<string> written)
    {
        if (AtomicFile.WriteIfChanged(path, text)) written.Add(path);
    }

    private static void WriteOrRemove(string path, string? text, List<string> written)
    {
        if (text is not null) Write(path, text, written);
        else if (File.Exists(path)) Delete(path);
    }

    // Folders of classes that no longer exist: only ours (they hold a signature.json), and only our files.
    private static void RemoveStale(string output, HashSet<string> current)
    {
        if (!Directory.Exists(output)) return;
        foreach (string directory in Directory.EnumerateDirectories(output))
        {
            if (current.Contains(Path.GetFileName(directory)) || !File.Exists(Path.Combine(directory, "signature.json"))) continue;
            foreach (string file in OwnFiles) Delete(Path.Combine(directory, file));
            if (!Directory.EnumerateFileSystemEntries(directory).Any()) Directory.Delete(directory);
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelDirectoryException(BuildErrorCodes.FileAccess, path, $"a stale emitted file cannot be removed: {e.Message}", e);
        }
    }
}
