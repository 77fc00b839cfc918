namespace Signatures.Models;

/// <summary>
/// The codes of the errors the build-time tooling reports (MSBuild targets and the <c>signatures</c> commands
/// <c>emit</c>, <c>set-signature</c>, <c>infer</c>, <c>example --model-dir</c>, <c>onnx-signature</c>). Stable: documented in
/// <c>docs/build-time.md</c>, never reused.
/// </summary>
public static class BuildErrorCodes
{
    /// <summary>A path that must exist does not: a model directory, its MLmodel file, an assembly, an example file.</summary>
    public const string NotFound = "SIGB001";

    /// <summary>A file cannot be read or written: read-only, access denied, locked, a directory where a file was expected.</summary>
    public const string FileAccess = "SIGB002";

    /// <summary>An MLmodel file MLflow itself could not load: not UTF-8 text, malformed YAML, not a mapping, an existing
    /// signature MLflow cannot read, attributes <c>Model()</c> refuses.</summary>
    public const string MalformedMLmodel = "SIGB003";

    /// <summary>The signature class named for a model directory or emission is not a <c>[ModelSignature]</c> class of the assembly.</summary>
    public const string ClassNotFound = "SIGB004";

    /// <summary>The assembly cannot be read as a .NET assembly with Signatures metadata.</summary>
    public const string BadAssembly = "SIGB005";

    /// <summary>A declared input example cannot be produced or is not one MLflow accepts.</summary>
    public const string BadExample = "SIGB006";

    /// <summary>A signature file (<c>--signature FILE</c>) or example file cannot be read as one.</summary>
    public const string BadInput = "SIGB007";

    /// <summary>A signature cannot be inferred from the example data (a value MLflow's <c>infer_signature</c> refuses).</summary>
    public const string InferenceFailed = "SIGB008";

    /// <summary>An unexpected failure of the tool itself (a bug to report); nothing was half-written.</summary>
    public const string Internal = "SIGB009";

    /// <summary>An ONNX model named by a <c>SignaturesOnnxModel</c> item (<c>onnx-signature</c>) does not exist, cannot be
    /// read, is not an ONNX model, or has an input or output an MLflow tensor spec cannot describe.</summary>
    public const string BadOnnxModel = "SIGB010";

    /// <summary>The <c>onnx-signature</c> build step could not run the CLI at all (an exit code other than 0 or 1).</summary>
    public const string OnnxStepFailed = "SIGB011";
}
