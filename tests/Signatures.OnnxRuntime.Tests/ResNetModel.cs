using Signatures;

namespace Signatures.OnnxRuntime.Tests;

/// <summary>ResNet-18's input: one RGB image of 224 x 224, channels first, as the graph declares it.</summary>
[ModelInput]
public partial record ResNetInput([property: Tensor(1, 3, 224, 224)] float[,,,] Input247);

/// <summary>ResNet-18's output: the 512 features of the global average pool.</summary>
[ModelOutput]
public partial record ResNetFeatures([property: Tensor(1, 512, 1, 1)] float[,,,] Pooling395_Output_0);

/// <summary>The contract checked against the model file at build time (SIG04xx with warnings as errors) and at run time.</summary>
[ModelArtifact("models/ResNet18.onnx")]
[ModelSignature<ResNetInput, ResNetFeatures>]
public static partial class ResNetModel;

/// <summary>A contract written for a different export of the model (float64, a variable batch, a renamed output),
/// compared with the real model only at run time.</summary>
[ModelInput]
public partial record DriftedInput([property: Tensor(-1, 3, 224, 224)] double[,,,] Input247);

/// <summary>The drifted contract's output.</summary>
[ModelOutput]
public partial record DriftedFeatures([property: Tensor(1, 512, Name = "features")] float[,] Features);

/// <summary>The drifted signature.</summary>
[ModelSignature<DriftedInput, DriftedFeatures>]
public static partial class DriftedModel;

/// <summary>Where the restored package's models are copied beside the tests.</summary>
internal static class ModelFiles
{
    public static string ResNet18 => Path.Combine(AppContext.BaseDirectory, "models", "ResNet18.onnx");

    public static string ResNetPreprocess => Path.Combine(AppContext.BaseDirectory, "models", "ResNetPreprocess.onnx");
}
