using System.Text;
using System.Text.Json.Nodes;
using Signatures.Cli;
using Signatures.Cli.IO;
using CommandLine = Signatures.Cli.CommandLine;

namespace Signatures.Tests.Cli;

/// <summary>Input/output failures (exit code 3), directories where a file is expected, output directories, and the
/// bounds on every read.</summary>
public sealed class InputOutputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("signatures-io-").FullName;

    private const string SignatureJson = """{"inputs": "[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]"}""";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_closed_standard_input_is_an_input_output_error()
    {
        if (!OperatingSystem.IsLinux()) return;
        string signature = Write("sig.json", SignatureJson);
        foreach (string[] args in new[] { ["validate", "--signature", signature, "--payload", "-"], ["format", "--signature", "-"], new[] { "validate", "--batch" } })
        {
            CliResult result = CliProcess.Run("<&-", args);
            Assert.True(result.ExitCode == ExitCodes.InputOutput, $"{string.Join(' ', args)}: {result.ExitCode} {result.Stderr}");
            Assert.Equal("signatures: cannot read standard input: it is closed.\n", result.Stderr);
        }
    }

    [Fact]
    public void A_full_standard_output_is_an_input_output_error()
    {
        if (!OperatingSystem.IsLinux()) return;
        CliResult result = CliProcess.Run(">/dev/full", "format", "--signature", Write("sig.json", SignatureJson));
        Assert.Equal(ExitCodes.InputOutput, result.ExitCode);
        Assert.StartsWith("signatures: cannot write standard output: ", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_closed_standard_output_is_an_input_output_error_not_success()
    {
        if (!OperatingSystem.IsLinux()) return;
        CliResult result = CliProcess.Run(">&-", "format", "--signature", Write("sig.json", SignatureJson));
        Assert.Equal(ExitCodes.InputOutput, result.ExitCode);
        Assert.StartsWith("signatures: cannot write standard output: ", result.Stderr);
    }

    [Fact]
    public void The_process_prints_and_exits_0_when_its_streams_are_fine()
    {
        if (!OperatingSystem.IsLinux()) return;
        CliResult result = CliProcess.Run("", "format", "--signature", Write("sig.json", SignatureJson));
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Equal("{\"inputs\": \"[{\\\"type\\\": \\\"long\\\", \\\"name\\\": \\\"a\\\", \\\"required\\\": true}]\", \"outputs\": null, \"params\": null}\n", result.Stdout);
    }

    [Theory]
    [InlineData("format")]
    [InlineData("validate")]
    [InlineData("example")]
    public void A_failing_standard_output_gives_exit_code_3_with_one_line_in_process(string command)
    {
        string signature = Write("sig.json", SignatureJson);
        string[] args = command switch
        {
            "format" => ["format", "--signature", signature],
            "validate" => ["validate", "--signature", signature, "--payload", Write("b.json", """{"inputs": [1]}""")],
            _ => ["example", "--example", Write("e.json", """{"kind": "dataframe", "data": {"a": [1]}}"""), "--output-dir", folder],
        };
        var stderr = new StringWriter { NewLine = "\n" };
        int exitCode = CommandLine.Run(args, StandardInput.FromReader(TextReader.Null), new FailingWriter(), stderr);
        Assert.Equal(ExitCodes.InputOutput, exitCode);
        Assert.Equal("signatures: cannot write standard output: No space left on device\n", stderr.ToString());
    }

    [Theory]
    [InlineData("format", "--signature", "{dir}")]
    [InlineData("validate", "--signature", "{sig}", "--payload", "{dir}")]
    [InlineData("example", "--example", "{dir}")]
    public void A_directory_where_a_file_is_expected_says_so(params string[] template)
    {
        string signature = Write("sig.json", SignatureJson);
        string[] args = template.Select(a => a.Replace("{dir}", folder).Replace("{sig}", signature)).ToArray();
        CliResult result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"'{folder}': it is a directory", result.Stderr);
        Assert.DoesNotContain("denied", result.Stderr);
    }

    [Fact]
    public void An_output_directory_is_created_one_level_deep_only()
    {
        string example = Write("e.json", """{"kind": "dataframe", "data": {"a": [1]}}""");
        string oneLevel = Path.Combine(folder, "new");
        Assert.Equal(0, CliRunner.Run("example", "--example", example, "--output-dir", oneLevel).ExitCode);
        Assert.True(File.Exists(Path.Combine(oneLevel, "input_example.json")));

        string deep = Path.Combine(folder, "missing", "deeper");
        CliResult refused = CliRunner.Run("example", "--example", example, "--output-dir", deep);
        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains($"its parent directory '{Path.Combine(folder, "missing")}' does not exist", refused.Stderr);
        Assert.False(Directory.Exists(Path.Combine(folder, "missing")));

        CliResult file = CliRunner.Run("example", "--example", example, "--output-dir", example);
        Assert.Equal(ExitCodes.Usage, file.ExitCode);
        Assert.Contains("is a file, not a directory", file.Stderr);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\0b")]
    public void An_output_directory_that_is_no_path_is_a_usage_error(string directory)
    {
        CliResult result = CliRunner.Run("example", "--example", Write("e.json", """{"kind": "dataframe", "data": {"a": [1]}}"""), "--output-dir", directory);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--output-dir", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-32")]
    public void A_signature_file_with_a_byte_order_mark_is_read_in_its_encoding(string encoding)
    {
        string path = Path.Combine(folder, "bom.json");
        File.WriteAllText(path, SignatureJson, Encoding.GetEncoding(encoding)); // these encodings write their byte-order mark
        Assert.Equal(CliRunner.Run("format", "--signature", Write("plain.json", SignatureJson)), CliRunner.Run("format", "--signature", path));
    }

    [Fact]
    public void A_payload_on_standard_input_is_refused_at_the_limit_without_reading_it_whole()
    {
        var input = new EndlessStream((byte)' ');
        var stdout = new StringWriter { NewLine = "\n" };
        int exitCode = CommandLine.Run(["validate", "--signature", Write("sig.json", SignatureJson), "--payload", "-"], StandardInput.FromStream(input), stdout, TextWriter.Null);
        Assert.Equal(ExitCodes.Invalid, exitCode);
        JsonNode document = JsonNode.Parse(stdout.ToString())!;
        Assert.Equal("parse", document["stage"]!.GetValue<string>());
        Assert.Contains($"more than {InputLimits.MaxPayloadBytes} bytes", document["error"]!.GetValue<string>());
        Assert.InRange(input.BytesRead, InputLimits.MaxPayloadBytes + 1, InputLimits.MaxPayloadBytes + 100_000);
    }

    [Fact]
    public void A_payload_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        string payload = Path.Combine(folder, "huge.json");
        using (var file = new FileStream(payload, FileMode.CreateNew)) file.SetLength(InputLimits.MaxPayloadBytes + 1L); // sparse: no disk used
        CliResult result = CliRunner.Run("validate", "--signature", Write("sig.json", SignatureJson), "--payload", payload);
        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains($"The body has {InputLimits.MaxPayloadBytes + 1L} bytes, more than the limit of {InputLimits.MaxPayloadBytes}.", result.Stdout);
    }

    [Fact]
    public void An_endless_signature_file_ends_with_a_clear_error()
    {
        if (!File.Exists("/dev/zero")) return;
        CliResult result = CliRunner.Run("format", "--signature", "/dev/zero");
        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal($"signatures: /dev/zero: the signature is larger than the limit of {InputLimits.MaxSignatureBytes} bytes\n", result.Stderr);
    }

    [Fact]
    public void An_endless_signature_on_standard_input_is_read_only_to_the_limit()
    {
        var input = new EndlessStream((byte)'{');
        var stderr = new StringWriter { NewLine = "\n" };
        int exitCode = CommandLine.Run(["show", "-"], StandardInput.FromStream(input), TextWriter.Null, stderr);
        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Contains("<stdin>: the signature is larger than the limit", stderr.ToString());
        Assert.InRange(input.BytesRead, InputLimits.MaxSignatureBytes + 1, InputLimits.MaxSignatureBytes + 100_000);
    }

    [Fact]
    public void A_batch_line_longer_than_the_limit_is_answered_and_the_batch_goes_on()
    {
        byte[] next = Encoding.UTF8.GetBytes("\n{\"signature\": {\"inputs\": \"[{\\\"type\\\": \\\"long\\\"}]\"}}\n");
        var input = new EndlessStream((byte)'x', InputLimits.MaxBatchLineChars + 10L, next);
        var stdout = new StringWriter { NewLine = "\n" };
        int exitCode = CommandLine.Run(["format", "--batch"], StandardInput.FromStream(input), stdout, TextWriter.Null);
        Assert.Equal(0, exitCode);
        string[] lines = stdout.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("longer than", JsonNode.Parse(lines[0])!["error"]!.GetValue<string>());
        Assert.True(JsonNode.Parse(lines[1])!["ok"]!.GetValue<bool>());
    }

    private string Write(string name, string content)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Standard output on a full disk.</summary>
    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Flush() => throw new IOException("No space left on device");
    }

    /// <summary>A stream of one repeated byte (endless, or <paramref name="length"/> of it followed by
    /// <paramref name="tail"/>) that counts what was read from it.</summary>
    private sealed class EndlessStream(byte fill, long length = long.MaxValue, byte[]? tail = null) : Stream
    {
        private long position;

        public long BytesRead => position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            tail ??= [];
            long remaining = length + tail.Length - position;
            int n = (int)Math.Min(count, remaining);
            for (int i = 0; i < n; i++, position++)
            {
                buffer[offset + i] = position < length ? fill : tail[position - length];
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
