return Signatures.Cli.CommandLine.Run(args, Console.In, Console.Out, Console.Error);
