using Signatures.MLmodel;

namespace Signatures.Models;

/// <summary>
/// A whole MLmodel file, read and written as MLflow does: <see cref="Parse"/> is <c>Model.load</c>
/// (<c>yaml.safe_load</c> and <c>Model.from_dict</c>), <see cref="ToYaml"/> is <c>Model.save</c>
/// (<c>yaml.safe_dump</c> of <c>to_dict()</c>: keys sorted, MLflow's additions and removals). Everything else in
/// the file (flavors, metadata, unknown keys) is carried over as MLflow carries it.
/// </summary>
public sealed class MLmodelFile
{
    /// <summary>The file name MLflow gives it.</summary>
    public const string FileName = "MLmodel";

    private readonly MLflowModel model;

    private MLmodelFile(MLflowModel model) => this.model = model;

    /// <summary>Reads an MLmodel file's text. <paramref name="clock"/> gives the time MLflow writes into
    /// <c>utc_time_created</c> when the file has none (default: the system clock).</summary>
    /// <exception cref="SignatureException">MLflow could not load the text (malformed YAML, not a mapping, an
    /// existing signature it cannot read, ...); the message says what.</exception>
    public static MLmodelFile Parse(string text, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        TimeProvider time = clock ?? TimeProvider.System;
        return new MLmodelFile(MLflowModel.Load(text, "The MLmodel file", () => time.GetUtcNow().UtcDateTime));
    }

    /// <summary>The signature the file holds, or <see langword="null"/>.</summary>
    public ModelSignature? Signature => model.Signature?.Signature;

    /// <summary>Whether the stored signature came from type hints (MLflow's <c>is_signature_from_type_hint</c>).</summary>
    public bool IsSignatureFromTypeHint => model.Signature?.FromTypeHint.IsTruthy ?? false;

    /// <summary>The <c>saved_input_example_info</c> entries when the file has that mapping of strings, else <see langword="null"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? SavedInputExampleInfo =>
        model.SavedInputExampleInfo is PyMap map && map.Entries.All(e => e.Key is PyStr && e.Value is PyStr)
            ? map.Entries.Select(e => new KeyValuePair<string, string>(((PyStr)e.Key).Value, ((PyStr)e.Value).Value)).ToList()
            : null;

    /// <summary><c>model.signature = signature</c>; <see langword="null"/> removes it.</summary>
    public void SetSignature(ModelSignature? signature) => model.SetSignature(signature);

    /// <summary>Sets <c>saved_input_example_info</c> (what <c>log_model(input_example=...)</c> records), e.g.
    /// <see cref="Examples.InputExampleFiles.Info"/>.</summary>
    public void SetSavedInputExampleInfo(IReadOnlyList<KeyValuePair<string, string>> info)
    {
        ArgumentNullException.ThrowIfNull(info);
        model.SetSavedInputExampleInfo(info);
    }

    /// <summary>The exact text <c>Model.save</c> writes (ASCII, LF line ends, a final newline).</summary>
    /// <exception cref="SignatureException">The model holds something MLflow could not write back.</exception>
    public string ToYaml() => model.ToYaml();
}
