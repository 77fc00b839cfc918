namespace Signatures;

/// <summary>
/// Names the MLflow artifact a <c>[ModelSignature]</c> class must match: an <c>MLmodel</c> file, a model directory
/// (which means its <c>MLmodel</c>), or a <c>to_dict()</c> JSON file. The file must be given to the compiler as an
/// <c>AdditionalFiles</c> item; the SIG04xx analyzers then compare the generated signature with the artifact's and
/// report every difference at the member that differs.
/// </summary>
/// <example><code>
/// // In the .csproj: &lt;AdditionalFiles Include="models/iris/MLmodel" /&gt;
/// [ModelArtifact("models/iris")]
/// [ModelSignature&lt;IrisFeatures, long&gt;]
/// public static partial class IrisModel;
/// </code></example>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ModelArtifactAttribute : Attribute
{
    /// <summary>Names the artifact by a path that ends an <c>AdditionalFiles</c> item's path (<c>models/iris/MLmodel</c>),
    /// or the model directory holding it (<c>models/iris</c>).</summary>
    /// <param name="path">The artifact's path, relative (matched against the end of each additional file's path) or absolute.</param>
    public ModelArtifactAttribute(string path) => Path = path;

    /// <summary>The artifact's path as written.</summary>
    public string Path { get; }
}
