namespace Signatures.Examples;

/// <summary>
/// The files MLflow saves for an input example: <c>input_example.json</c>, <c>serving_input_example.json</c> (absent
/// when MLflow writes none) and the <c>saved_input_example_info</c> entries of the MLmodel file.
/// </summary>
public sealed class InputExampleFiles
{
    /// <summary>The name of the input example file.</summary>
    public const string InputExampleFileName = "input_example.json";

    /// <summary>The name of the serving example file.</summary>
    public const string ServingInputExampleFileName = "serving_input_example.json";

    internal InputExampleFiles(string inputExampleJson, string? servingInputExampleJson, IReadOnlyList<KeyValuePair<string, string>> info)
    {
        InputExampleJson = inputExampleJson;
        ServingInputExampleJson = servingInputExampleJson;
        Info = info;
    }

    /// <summary>The text of <c>input_example.json</c> (<c>json.dumps(..., cls=NumpyEncoder)</c>).</summary>
    public string InputExampleJson { get; }

    /// <summary>The text of <c>serving_input_example.json</c> (<c>json.dumps(..., indent=2)</c>), a request body the
    /// scoring server accepts; <see langword="null"/> when there is none.</summary>
    public string? ServingInputExampleJson { get; }

    /// <summary>The <c>saved_input_example_info</c> entries, in the order MLflow adds them (the MLmodel file sorts them).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Info { get; }

    /// <summary>Writes the files into <paramref name="directory"/> (created if needed) exactly as MLflow does (UTF-8, no
    /// trailing newline) and returns their paths.</summary>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        string inputPath = Path.Combine(directory, InputExampleFileName);
        File.WriteAllText(inputPath, InputExampleJson);
        written.Add(inputPath);
        if (ServingInputExampleJson is not null)
        {
            string servingPath = Path.Combine(directory, ServingInputExampleFileName);
            File.WriteAllText(servingPath, ServingInputExampleJson);
            written.Add(servingPath);
        }
        return written;
    }
}
