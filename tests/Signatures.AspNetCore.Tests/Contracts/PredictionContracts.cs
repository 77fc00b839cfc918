namespace Signatures.AspNetCore.Tests.Contracts;

// Output contracts with the columns and tensors of predictions.jsonl's cases, to write their predictions with the generated writers.

[ModelOutput]
public partial record DoubleX([property: Column("x")] double X);

[ModelOutput]
public partial record DoubleF([property: Column("f")] double F);

[ModelOutput]
public partial record IntegerWidths(
    [property: Column("i8")] sbyte I8, [property: Column("i16")] short I16, [property: Column("i32")] int I32,
    [property: Column("u8")] byte U8, [property: Column("u16")] ushort U16, [property: Column("u32")] uint U32, [property: Column("u64")] ulong U64);

[ModelOutput]
public partial record HalfH([property: Column("h")] Half H);

[ModelOutput]
public partial record TextS([property: Column("s")] string? S);

[ModelOutput]
public partial record FlagColumn([property: Column("flag")] bool Flag);

[ModelOutput]
public partial record UnnamedFloat([property: Column("0")] float Value);

[ModelOutput]
public partial record BytesB([property: Column("b")] byte[] B);

[ModelOutput]
public partial record DateD([property: Column("d")] DateTime D);

[ModelOutput]
public partial record Heads(
    [property: Tensor(-1, 2, Name = "logits")] float[,] Logits,
    [property: Tensor(-1, Name = "label")] long[] Label);

[ModelOutput]
public partial record StringTensor([property: Tensor(-1, Name = "s")] string[] S);
