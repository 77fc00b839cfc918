using Signatures.Cli.IO;

return Signatures.Cli.CommandLine.Run(args, StandardInput.FromConsole(), StandardOutput.FromConsole(), Console.Error);
