// The planning types live in src/Shared so the analyzers decide what is generated with the same code.
global using Signatures.Shared.Planning;
