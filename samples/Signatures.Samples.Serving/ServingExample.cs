using Signatures.Examples;

namespace Signatures.Samples.Serving;

/// <summary>
/// Writes <c>serving_input_example.json</c> (and <c>input_example.json</c>) for <see cref="IrisModel"/> beside the
/// binary, in <c>signatures/Signatures.Samples.Serving.IrisModel/</c>, as MLflow writes them for the same rows, so
/// <c>curl -d @serving_input_example.json</c> has a body to send. A file already there (written by the build) is kept.
/// </summary>
public static class ServingExample
{
    /// <summary>Where the example files are.</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "signatures", typeof(IrisModel).FullName!);

    /// <summary>Writes the files unless the serving example is already there; returns its path.</summary>
    public static string EnsureWritten()
    {
        string path = Path.Combine(Directory, InputExampleFiles.ServingInputExampleFileName);
        if (File.Exists(path)) return path;
        IrisFeatures[] rows =
        [
            new(SepalLength: 5.1, SepalWidth: 3.5, PetalLength: 1.4, PetalWidth: 0.2),
            new(SepalLength: 6.3, SepalWidth: 3.3, PetalLength: 6.0, PetalWidth: 2.5),
        ];
        ContractExamples.FromRows(rows).Write().WriteTo(Directory);
        return path;
    }
}
