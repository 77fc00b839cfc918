using Signatures.Cli.IO;

namespace Signatures.Cli;

/// <summary>The streams a command reads and writes: standard input as bytes, standard output and standard error.</summary>
public sealed record StandardStreams(StandardInput Input, TextWriter Output, TextWriter Error);
