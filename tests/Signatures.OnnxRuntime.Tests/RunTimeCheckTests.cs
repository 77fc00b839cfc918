using Microsoft.ML.OnnxRuntime;

namespace Signatures.OnnxRuntime.Tests;

/// <summary>The run-time check: the signature of the real ResNet-18 model loaded in ONNX Runtime, compared with
/// contracts by the SIG04xx rules.</summary>
public sealed class RunTimeCheckTests : IClassFixture<ResNetSession>
{
    private readonly InferenceSession session;

    public RunTimeCheckTests(ResNetSession fixture) => session = fixture.Session;

    [Fact]
    public void The_sessions_signature_is_the_one_read_from_the_file_without_ONNX_Runtime()
    {
        ModelSignature fromSession = session.GetModelSignature();
        Assert.Equal(OnnxModelFile.ReadSignature(ModelFiles.ResNet18).ToDictJson(), fromSession.ToDictJson());
        TensorSpec input = Assert.IsType<TensorSpec>(Assert.Single(fromSession.Inputs!.Inputs));
        Assert.Equal(("Input247", NumpyDType.Float32, "1,3,224,224"), (input.Name, input.DType, string.Join(",", input.Shape)));
    }

    [Fact]
    public void The_contract_checked_at_build_time_matches_at_run_time()
    {
        Assert.Empty(session.CompareWith(ResNetModel.Signature));
        session.EnsureMatches(ResNetModel.Signature);
    }

    [Fact]
    public void A_drifted_contract_gets_the_differences_the_analyzers_report()
    {
        var differences = session.CompareWith(DriftedModel.Signature);
        Assert.Equal(
            [
                ("SIG0408", "inputs", "Input247"),
                ("SIG0409", "inputs", "Input247"),
                ("SIG0403", "outputs", "features"),
                ("SIG0404", "outputs", "Pooling395_Output_0"),
            ],
            differences.Select(static d => (d.Id, d.Part, d.Name)).ToArray());
        Assert.Contains("dtype float64 in the contract, float32 in the model", differences[0].Message, StringComparison.Ordinal);
        Assert.Contains("shape (-1, 3, 224, 224) in the contract, (1, 3, 224, 224) in the model", differences[1].Message, StringComparison.Ordinal);
        var error = Assert.Throws<SignatureException>(() => session.EnsureMatches(DriftedModel.Signature));
        Assert.Contains("SIG0408", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_model_from_the_package_has_its_own_signature()
    {
        using var preprocess = new InferenceSession(ModelFiles.ResNetPreprocess);
        Assert.Equal(OnnxModelFile.ReadSignature(ModelFiles.ResNetPreprocess).ToDictJson(), preprocess.GetModelSignature().ToDictJson());
        Assert.Contains(preprocess.CompareWith(ResNetModel.Signature), static d => d.Id == "SIG0403" && d.Name == "Input247");
    }
}

/// <summary>One ONNX Runtime session over ResNet-18 for the tests of a class (loading it takes a while).</summary>
public sealed class ResNetSession : IDisposable
{
    public InferenceSession Session { get; } = new(ModelFiles.ResNet18);

    public void Dispose() => Session.Dispose();
}
