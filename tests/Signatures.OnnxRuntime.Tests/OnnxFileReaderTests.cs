using Signatures.Cli.Commands;

namespace Signatures.OnnxRuntime.Tests;

/// <summary>The ONNX reader of the build step never crashes: damaged models give an error naming the file.</summary>
public class OnnxFileReaderTests
{
    [Fact]
    public void Every_damaged_copy_of_a_real_model_gives_a_signature_or_an_error_never_an_exception()
    {
        byte[] model = File.ReadAllBytes(ModelFiles.ResNetPreprocess);
        string expected = OnnxModelFile.ReadSignature(model).ToDictJson();
        var random = new Random(13);
        int errors = 0;
        for (int i = 0; i < 300; i++)
        {
            byte[] damaged = i % 2 == 0 ? model[..random.Next(model.Length)] : Flip(model, random);
            try
            {
                OnnxModelFile.ReadSignature(damaged, "damaged.onnx");
            }
            catch (SignatureException e)
            {
                errors++;
                Assert.StartsWith("ONNX model 'damaged.onnx': ", e.Message, StringComparison.Ordinal);
            }
        }
        Assert.True(errors > 0);
        Assert.Equal(expected, OnnxModelFile.ReadSignature(model).ToDictJson());
    }

    [Theory]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 0x3A, 0x05, 0x01 }, "runs past the end")]
    [InlineData(new byte[] { 0x0B }, "wire type 3")]
    [InlineData(new byte[] { 0x08, 0x07 }, "has no ONNX graph")]
    public void Malformed_bytes_say_what_is_wrong(byte[] bytes, string reason)
    {
        var error = Assert.Throws<SignatureException>(() => OnnxModelFile.ReadSignature(bytes, "m.onnx"));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_reports_a_malformed_model_as_an_MSBuild_error_with_its_code_and_path()
    {
        string path = Path.Combine(Path.GetTempPath(), "signatures-" + Guid.NewGuid().ToString("N") + ".onnx");
        string output = path + ".signature.json";
        File.WriteAllText(path, "not a model");
        try
        {
            var stderr = new StringWriter();
            int exitCode = OnnxSignatureCommand.Write(path, output, TextWriter.Null, stderr);
            Assert.Equal(1, exitCode);
            Assert.StartsWith($"{path} : error {OnnxSignatureCommand.ErrorCode}: ONNX model '{path}': ", stderr.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(output));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unchanged_signature_file_is_not_rewritten()
    {
        string output = Path.Combine(Path.GetTempPath(), "signatures-" + Guid.NewGuid().ToString("N") + ".signature.json");
        try
        {
            Assert.Equal(0, OnnxSignatureCommand.Write(ModelFiles.ResNetPreprocess, output, TextWriter.Null, TextWriter.Null));
            var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(output, old);
            Assert.Equal(0, OnnxSignatureCommand.Write(ModelFiles.ResNetPreprocess, output, TextWriter.Null, TextWriter.Null));
            Assert.Equal(old, File.GetLastWriteTimeUtc(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static byte[] Flip(byte[] model, Random random)
    {
        byte[] copy = (byte[])model.Clone();
        // Damage the front, where the graph's structure is, rather than the weights.
        copy[random.Next(Math.Min(copy.Length, 4096))] ^= (byte)(1 << random.Next(8));
        return copy;
    }
}
