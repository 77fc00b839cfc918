namespace Signatures.AspNetCore.Tests.Contracts;

/// <summary>Two named columns: a long and a string.</summary>
[ModelInput]
public partial record Features([property: Column("a")] long A, [property: Column("b")] string B);

/// <summary>One scored row.</summary>
[ModelOutput]
public partial record Scored([property: Column("score")] double Score, [property: Column("label")] string Label);

/// <summary>Generation params with defaults.</summary>
[ModelParams]
public partial record GenerationParams
{
    /// <summary>How many candidates.</summary>
    public long TopK { get; init; } = 2;

    /// <summary>Sampling temperature.</summary>
    public double Temperature { get; init; } = 0.5;
}

/// <summary>Features in, a long per row out.</summary>
[ModelSignature<Features, long>]
public static partial class CountingModel;

/// <summary>Features in, scored rows out.</summary>
[ModelSignature<Features, Scored>]
public static partial class ScoringModel;

/// <summary>Prompts in, texts out, with params.</summary>
[ModelSignature<string, string, GenerationParams>]
public static partial class TextModel;
