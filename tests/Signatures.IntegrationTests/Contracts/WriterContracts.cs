using System.Numerics;

namespace Signatures.IntegrationTests.Contracts;

/// <summary>One column per scalar CLR type the writer has an overload for.</summary>
[ModelInput]
public partial record Scalars(
    [property: Column("b")] bool B,
    [property: Column("i8")] sbyte I8,
    [property: Column("i32")] int I32,
    [property: Column("i64")] long I64,
    [property: Column("u32")] uint U32,
    [property: Column("f16")] Half F16,
    [property: Column("f32")] float F32,
    [property: Column("f64")] double F64,
    [property: Column("dec")] decimal Dec,
    [property: Column("s")] string S,
    [property: Column("c")] char C,
    [property: Column("g")] Guid G,
    [property: Column("bin")] byte[] Bin,
    [property: Column("mem")] ReadOnlyMemory<byte> Mem,
    [property: Column("dt")] DateTime Dt,
    [property: Column("d")] DateOnly D,
    [property: Column("dto")] DateTimeOffset Dto,
    [property: Column("i128")] Int128 I128,
    [property: Column("big")] BigInteger Big,
    [property: Column("opt")] double? Opt,
    [property: Column("opt_s")] string? OptS);

/// <summary>An output contract for the predictions response.</summary>
[ModelOutput]
public partial record Prediction([property: Column("label")] string Label, [property: Column("score")] double Score);

/// <summary>A tensor output contract.</summary>
[ModelOutput]
public partial record Embedding([property: Tensor(-1, 2, Name = "vectors")] float[,] Vectors);

/// <summary>A signature whose input is one unnamed string column, with params.</summary>
[ModelSignature<string, long, SearchParams>]
public static partial class TextModel;

/// <summary>A signature whose input is one unnamed array column.</summary>
[ModelSignature<double[], string>]
public static partial class VectorModel;
