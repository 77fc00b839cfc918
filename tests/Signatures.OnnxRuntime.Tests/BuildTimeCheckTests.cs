using Microsoft.CodeAnalysis.Testing;
using Signatures.Analyzers.Tests.Artifacts;
using Signatures.Cli.Commands;
using Signatures.Shared;

namespace Signatures.OnnxRuntime.Tests;

/// <summary>The build-time check: the signature text the build step writes for the real ResNet-18 model (the CLI's
/// onnx-signature, run here in process), given to the SIG04xx analyzers as the project's AdditionalFiles item.</summary>
public class BuildTimeCheckTests
{
    // Where the targets put the signature of <SignaturesOnnxModel Include="..." Link="models/ResNet18.onnx" />.
    private const string SignaturePath = "/0/obj/Release/net10.0/signatures/onnx/models/ResNet18.onnx.signature.json";

    private static readonly Lazy<string> SignatureText = new(() =>
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = OnnxSignatureCommand.Write(ModelFiles.ResNet18, null, stdout, stderr);
        Assert.True(exitCode == 0, stderr.ToString());
        return stdout.ToString();
    });

    [Fact]
    public void The_signature_file_is_the_model_graphs_tensor_specs_as_MLflow_writes_them()
    {
        ModelSignature read = ModelSignature.FromDictJson(SignatureText.Value);
        TensorSpec input = Assert.IsType<TensorSpec>(Assert.Single(read.Inputs!.Inputs));
        TensorSpec output = Assert.IsType<TensorSpec>(Assert.Single(read.Outputs!.Inputs));
        Assert.Equal(("Input247", NumpyDType.Float32, "1,3,224,224"), (input.Name, input.DType, string.Join(",", input.Shape)));
        Assert.Equal(("Pooling395_Output_0", NumpyDType.Float32, "1,512,1,1"), (output.Name, output.DType, string.Join(",", output.Shape)));
        Assert.Null(read.Params);
        // Byte-exact MLflow to_dict() JSON: written back, the same text.
        Assert.Equal(SignatureText.Value, read.ToDictJson() + "\n");
    }

    [Fact]
    public void The_file_the_build_wrote_for_this_project_is_the_same_text()
    {
        string projectObj = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "obj"));
        string written = Directory.GetFiles(projectObj, "ResNet18.onnx.signature.json", SearchOption.AllDirectories).Single();
        Assert.Equal(SignatureText.Value, File.ReadAllText(written));
    }

    [Fact]
    public Task A_contract_that_matches_the_model_gets_no_diagnostic() => ArtifactVerifier.VerifyAsync("""
        using Signatures;

        [ModelInput]
        public partial record Image([property: Tensor(1, 3, 224, 224)] float[,,,] Input247);

        [ModelOutput]
        public partial record Features([property: Tensor(1, 512, 1, 1)] float[,,,] Pooling395_Output_0);

        [ModelArtifact("models/ResNet18.onnx")]
        [ModelSignature<Image, Features>]
        public static partial class ResNet;
        """, [(SignaturePath, SignatureText.Value)]);

    [Fact]
    public Task A_contract_that_drifted_from_the_model_gets_each_difference_at_its_member() => ArtifactVerifier.VerifyAsync("""
        using Signatures;

        [ModelInput]
        public partial record Image([property: {|#1:Tensor(-1, 3, 224, 224)|}] {|#0:double[,,,]|} Input247);

        [ModelOutput]
        public partial record {|#3:Features|}([property: Tensor(1, 512)] float[,] {|#2:Embedding|});

        [ModelArtifact("models/ResNet18.onnx")]
        [ModelSignature<Image, Features>]
        public static partial class ResNet;
        """, [(SignaturePath, SignatureText.Value)],
        ArtifactVerifier.Diagnostic(DiagnosticIds.ArtifactTensorShapeDiffers).WithLocation(1)
            .WithArguments("Image.Input247", "-1, 3, 224, 224", "1, 3, 224, 224", "inputs", "4"),
        ArtifactVerifier.Diagnostic(DiagnosticIds.ArtifactTensorDTypeDiffers).WithLocation(0)
            .WithArguments("Image.Input247", "float64", "float32", "inputs", "'float' or [Tensor(DType = \"float32\")]"),
        ArtifactVerifier.Diagnostic(DiagnosticIds.MemberNotInArtifact).WithLocation(2)
            .WithArguments("Features.Embedding", "tensor", "Embedding", "outputs", "models/ResNet18.onnx"),
        ArtifactVerifier.Diagnostic(DiagnosticIds.ArtifactMemberMissing).WithLocation(3)
            .WithArguments("Features", "tensor", "Pooling395_Output_0", "float32 [1, 512, 1, 1]", "outputs", "models/ResNet18.onnx"));

    [Fact]
    public Task Naming_the_binary_model_without_the_build_step_reports_SIG0401_not_a_binary_read() => ArtifactVerifier.VerifyAsync("""
        using Signatures;

        [ModelInput]
        public partial record Image([property: Tensor(1, 3, 224, 224)] float[,,,] Input247);

        [ModelArtifact({|#0:"models/ResNet18.onnx"|})]
        [ModelSignature<Image, float[]>]
        public static partial class ResNet;
        """, [("/0/models/ResNet18.onnx", "\0binary\0")],
        ArtifactVerifier.Diagnostic(DiagnosticIds.ArtifactNotFound).WithLocation(0).WithArguments("ResNet", "models/ResNet18.onnx"));
}
