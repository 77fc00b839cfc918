using Signatures.Examples;
using Signatures.MLmodel;

namespace Signatures.Models;

/// <summary>
/// A local MLflow model directory (or its MLmodel file): set a signature as <c>mlflow.models.set_signature</c> does
/// and save an input example as <c>log_model(input_example=...)</c> does (<c>input_example.json</c>,
/// <c>serving_input_example.json</c> and <c>saved_input_example_info</c>). A directory whose MLmodel already holds
/// the same signature and example is left untouched; every file is replaced whole (temporary file, then rename);
/// every failure is a <see cref="ModelDirectoryException"/> with a code and the path.
/// </summary>
public static class MLflowModelDirectory
{
    /// <summary>The MLmodel file of <paramref name="modelPath"/>: the path itself when it is a file, else
    /// <c>MLmodel</c> inside the directory.</summary>
    /// <exception cref="ModelDirectoryException">Neither exists (<see cref="BuildErrorCodes.NotFound"/>).</exception>
    public static string ResolveMLmodel(string modelPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelPath);
        string full = Path.GetFullPath(modelPath);
        if (File.Exists(full)) return full;
        if (Directory.Exists(full))
        {
            string mlmodel = Path.Combine(full, MLmodelFile.FileName);
            if (File.Exists(mlmodel)) return mlmodel;
            if (Directory.Exists(mlmodel)) throw new ModelDirectoryException(BuildErrorCodes.FileAccess, mlmodel, "MLmodel is a directory, not a file");
            throw new ModelDirectoryException(BuildErrorCodes.NotFound, full, "the directory has no MLmodel file, so it is not an MLflow model directory");
        }
        throw new ModelDirectoryException(BuildErrorCodes.NotFound, full, "the model directory (or MLmodel file) does not exist");
    }

    /// <summary>Reads the MLmodel file of a model directory as MLflow's <c>Model.load</c> does.</summary>
    /// <exception cref="ModelDirectoryException">Missing, unreadable or malformed.</exception>
    public static MLmodelFile Load(string modelPath, TimeProvider? clock = null)
    {
        string mlmodel = ResolveMLmodel(modelPath);
        string text = AtomicFile.ReadText(mlmodel, BuildErrorCodes.MalformedMLmodel, "the MLmodel file");
        try
        {
            return MLmodelFile.Parse(text, clock);
        }
        catch (SignatureException e)
        {
            throw new ModelDirectoryException(BuildErrorCodes.MalformedMLmodel, mlmodel, e.Message, e);
        }
    }

    /// <summary>Sets <paramref name="signature"/> (and, when given, saves <paramref name="inputExample"/>) in the model
    /// directory or MLmodel file <paramref name="modelPath"/>.</summary>
    /// <exception cref="ModelDirectoryException">The directory or file is missing, read-only, malformed, or the example
    /// is one MLflow refuses; nothing is changed then.</exception>
    public static ModelDirectoryUpdate SetSignature(string modelPath, ModelSignature signature, InputExample? inputExample = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(signature);
        InputExampleFiles? example = null;
        if (inputExample is not null)
        {
            try
            {
                example = inputExample.Write();
            }
            catch (Exception e) when (e is InputExampleException or SignatureException)
            {
                throw new ModelDirectoryException(BuildErrorCodes.BadExample, Path.GetFullPath(modelPath), $"the input example cannot be saved as MLflow saves it: {e.Message}", e);
            }
        }
        return SetSignature(modelPath, signature, example, clock);
    }

    /// <summary>Sets <paramref name="signature"/> and, when given, the already written example <paramref name="example"/>
    /// (see <see cref="InputExample.Write"/>) in the model directory or MLmodel file <paramref name="modelPath"/>.</summary>
    /// <exception cref="ModelDirectoryException">The directory or file is missing, read-only or malformed; nothing is changed then.</exception>
    public static ModelDirectoryUpdate SetSignature(string modelPath, ModelSignature signature, InputExampleFiles? example, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return Update(modelPath, signature, example, clock);
    }

    /// <summary>Saves <paramref name="example"/> into the model directory as <c>log_model(input_example=...)</c> does:
    /// the two example files and <c>saved_input_example_info</c>; the signature the MLmodel holds is kept.</summary>
    /// <exception cref="ModelDirectoryException">The directory or file is missing, read-only or malformed; nothing is changed then.</exception>
    public static ModelDirectoryUpdate SaveInputExample(string modelPath, InputExampleFiles example, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(example);
        return Update(modelPath, null, example, clock);
    }

    // signature null: keep the one the file holds.
    private static ModelDirectoryUpdate Update(string modelPath, ModelSignature? newSignature, InputExampleFiles? example, TimeProvider? clock)
    {
        string mlmodel = ResolveMLmodel(modelPath);
        string directory = Path.GetDirectoryName(mlmodel)!;
        MLmodelFile file = Load(mlmodel, clock);
        ModelSignature? signature = newSignature ?? file.Signature;
        bool keepSignature = newSignature is null;

        if (HoldsAlready(file, signature, keepSignature, example, directory)) return new ModelDirectoryUpdate(mlmodel, []);

        if (!keepSignature) file.SetSignature(signature);
        if (example is not null) file.SetSavedInputExampleInfo(example.Info);
        string text;
        try
        {
            text = file.ToYaml();
        }
        catch (SignatureException e)
        {
            throw new ModelDirectoryException(BuildErrorCodes.MalformedMLmodel, mlmodel, e.Message, e);
        }

        var written = new List<string>();
        if (File.Exists(mlmodel) && File.GetAttributes(mlmodel).HasFlag(FileAttributes.ReadOnly))
        {
            throw new ModelDirectoryException(BuildErrorCodes.FileAccess, mlmodel, "the MLmodel file is read-only; make it writable to set the signature");
        }
        if (example is not null)
        {
            // The example files first: if one fails, MLmodel does not point at files that were not written.
            foreach ((string name, string? content) in ExampleFiles(example))
            {
                if (content is not null && AtomicFile.WriteIfChanged(Path.Combine(directory, name), content)) written.Add(Path.Combine(directory, name));
            }
        }
        if (AtomicFile.WriteIfChanged(mlmodel, text)) written.Add(mlmodel);
        return new ModelDirectoryUpdate(mlmodel, written);
    }

    private static IEnumerable<(string Name, string? Content)> ExampleFiles(InputExampleFiles example) =>
    [
        (InputExampleFiles.InputExampleFileName, example.InputExampleJson),
        (InputExampleFiles.ServingInputExampleFileName, example.ServingInputExampleJson),
    ];

    // Same signature (and flags MLflow would write), and the example already recorded with the same file contents.
    private static bool HoldsAlready(MLmodelFile file, ModelSignature? signature, bool keepSignature, InputExampleFiles? example, string directory)
    {
        if (!keepSignature && (file.Signature is not { } existing || existing.ToDictJson() != signature!.ToDictJson() || file.IsSignatureFromTypeHint)) return false;
        if (example is null) return true;
        if (file.SavedInputExampleInfo is not { } info) return false;
        var have = info.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var want = example.Info.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        return have.SequenceEqual(want) && ExampleFiles(example).All(f => f.Content is null || AtomicFile.HoldsText(Path.Combine(directory, f.Name), f.Content));
    }
}

/// <summary>What <see cref="MLflowModelDirectory.SetSignature(string, ModelSignature, InputExample, TimeProvider)"/> did: the MLmodel file, and the files it wrote
/// (none when the directory already held the signature and example).</summary>
/// <param name="MLmodelPath">The MLmodel file.</param>
/// <param name="WrittenFiles">Files written, in order; empty when nothing changed.</param>
public sealed record ModelDirectoryUpdate(string MLmodelPath, IReadOnlyList<string> WrittenFiles)
{
    /// <summary>Whether anything was written.</summary>
    public bool Changed => WrittenFiles.Count > 0;
}
