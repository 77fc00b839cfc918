using System.Reflection;
using Signatures.Cli;
using Signatures.Cli.IO;
using CommandLine = Signatures.Cli.CommandLine;

namespace Signatures.Tests.Cli;

/// <summary>The command line itself: --version, --help on every command, "did you mean" hints, --opt=value, model
/// directories wherever an MLmodel file is taken.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("signatures-cli-").FullName;

    private const string MLmodel = "artifact_path: model\nsignature:\n  inputs: '[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]'\n  outputs: null\n  params: null\n";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Version_prints_the_informational_version_without_the_commit()
    {
        CliResult result = CliRunner.Run("--version");
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        string informational = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        string printed = result.Stdout.TrimEnd('\n', '\r');
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", printed);
        Assert.StartsWith(printed, informational);
        Assert.True(informational.Length == printed.Length || informational[printed.Length] == '+', informational);
    }

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        var streams = new StandardStreams(StandardInput.FromReader(TextReader.Null), TextWriter.Null, TextWriter.Null);
        foreach (System.CommandLine.Command command in CommandLine.Build(streams).Subcommands) data.Add(command.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_listing_its_options(string command)
    {
        var streams = new StandardStreams(StandardInput.FromReader(TextReader.Null), TextWriter.Null, TextWriter.Null);
        System.CommandLine.Command declared = CommandLine.Build(streams).Subcommands.Single(c => c.Name == command);
        foreach (string flag in new[] { "--help", "-h" })
        {
            CliResult result = CliRunner.Run(command, flag);
            Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
            Assert.Contains($"signatures {command}", result.Stdout);
            Assert.All(declared.Options.Where(o => !o.Hidden), o => Assert.Contains(o.Name, result.Stdout));
        }
        Assert.Equal(CliRunner.Run(command, "--help").Stdout, CliRunner.Run("help", command).Stdout);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_root_help_lists_the_forms_of_every_command(string command)
    {
        CliResult result = CliRunner.Run("--help");
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Contains($"signatures {command} ", result.Stdout);
    }

    [Theory]
    [InlineData("'format'", "frmat")]
    [InlineData("'validate'", "valiadte", "--batch")]
    [InlineData("'--yaml'", "format", "--yml")]
    [InlineData("'--signature'", "format", "--sigature=x.json")]
    [InlineData("'--payload'", "validate", "--payolad", "x")]
    [InlineData("'--output-dir'", "example", "--example", "-", "--ouptut-dir", "d")]
    [InlineData("'--signature'", "show", "--signatur", "x")]
    [InlineData("'emit'", "emti", "--assembly", "x.dll")]
    [InlineData("'--assembly'", "emit", "--asembly", "x.dll")]
    [InlineData("'set-signature'", "set-signture", "model")]
    [InlineData("'--class'", "set-signature", "model", "--clas", "X")]
    [InlineData("'infer'", "infre", "x.json")]
    [InlineData("'--params'", "infer", "x.json", "--parms", "p.json")]
    [InlineData("'--model-dir'", "example", "--example", "-", "--mdoel-dir", "d")]
    [InlineData("'contracts'", "contarcts", "f.json")]
    [InlineData("'onnx-signature'", "onnx-signatrue", "m.onnx")]
    [InlineData("'--output'", "onnx-signature", "m.onnx", "--ouptut", "f.json")]
    public void A_mistyped_command_or_option_gets_a_suggestion(string suggestion, params string[] args)
    {
        CliResult result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains($"did you mean {suggestion}?", result.Stderr);
        Assert.StartsWith("signatures", result.Stderr);
    }

    [Fact]
    public void A_word_far_from_every_command_gets_no_suggestion()
    {
        CliResult result = CliRunner.Run("xyzzy");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown command 'xyzzy'", result.Stderr);
        Assert.DoesNotContain("did you mean", result.Stderr);
    }

    [Fact]
    public void Options_take_their_value_after_a_space_or_an_equals_sign()
    {
        string signature = Write("sig.json", """{"inputs": "[{\"type\": \"long\", \"name\": \"a\", \"required\": true}]"}""");
        string payload = Write("body.json", """{"inputs": [1, 2]}""");
        CliResult spaced = CliRunner.Run("validate", "--signature", signature, "--payload", payload, "--content-type", "application/json");
        CliResult joined = CliRunner.Run("validate", $"--signature={signature}", $"--payload={payload}", "--content-type=application/json");
        Assert.Equal(0, spaced.ExitCode);
        Assert.Equal(spaced, joined);
        Assert.Equal(CliRunner.Run("show", "--signature", signature), CliRunner.Run("show", $"--signature={signature}"));
    }

    [Fact]
    public void A_model_directory_is_read_through_its_mlmodel_file_wherever_a_signature_file_is_taken()
    {
        string model = Path.Combine(folder, "iris");
        Directory.CreateDirectory(model);
        string mlmodel = Path.Combine(model, "MLmodel");
        File.WriteAllText(mlmodel, MLmodel);
        string payload = Write("body.json", """{"inputs": [3]}""");
        Assert.Equal(CliRunner.Run("show", mlmodel), CliRunner.Run("show", model));
        Assert.Equal(CliRunner.Run("format", "--signature", mlmodel, "--yaml"), CliRunner.Run("format", "--signature", model, "--yaml"));
        CliResult validate = CliRunner.Run("validate", "--signature", model, "--payload", payload);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("\"rows\": [[3]]", validate.Stdout);
        string output = Path.Combine(folder, "out");
        CliResult example = CliRunner.RunWithInput("""{"kind": "dataframe", "data": {"a": [1]}}""", "example", "--example", "-", "--output-dir", output, "--signature", model);
        Assert.True(example.ExitCode == 0, example.Stderr);
    }

    [Fact]
    public void An_invalid_signature_in_a_model_directory_names_its_mlmodel_file()
    {
        string model = Path.Combine(folder, "broken");
        Directory.CreateDirectory(model);
        File.WriteAllText(Path.Combine(model, "MLmodel"), "signature:\n  inputs: '[]'\n");
        CliResult result = CliRunner.Run("show", model);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"signatures: {Path.Combine(model, "MLmodel")}: ", result.Stderr);
    }

    [Theory]
    [InlineData("show", "{0}")]
    [InlineData("format", "--signature", "{0}")]
    [InlineData("validate", "--signature", "{0}", "--payload", "-")]
    [InlineData("example", "--example", "-", "--signature", "{0}")]
    public void A_directory_without_an_mlmodel_file_is_a_clear_usage_error(params string[] template)
    {
        string[] args = template.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, folder)).ToArray();
        CliResult result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{folder}': it is a directory without an MLmodel file", result.Stderr);
    }

    [Theory]
    [InlineData("format", "format")]
    [InlineData("fromat", "format")]
    [InlineData("--payolad", "--payload")]
    [InlineData("--sig", "--signature")]
    public void Suggestions_allow_small_edits_swaps_and_prefixes(string typed, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(typed, ["format", "show", "--payload", "--signature", "--yaml"]));

    [Theory]
    [InlineData("--x")]
    [InlineData("frobnicate")]
    public void Suggestions_leave_unrelated_words_alone(string typed) =>
        Assert.Null(Suggestions.Closest(typed, ["format", "show", "validate", "example", "--payload", "--signature"]));

    private string Write(string name, string content)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
