namespace Signatures.IntegrationTests.Vectors;

// C# params contracts equivalent to the signatures of tests/vectors/params.jsonl: one unnamed string input column
// and one param 'p' of each type and shape, with a default of that type.

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record BooleanP { public bool P { get; init; } = false; }

[ModelSignature<string, NoSchema, BooleanP>]
public static partial class BooleanPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record IntegerP { public int P { get; init; } = 7; }

[ModelSignature<string, NoSchema, IntegerP>]
public static partial class IntegerPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record LongP { public long P { get; init; } = 7; }

[ModelSignature<string, NoSchema, LongP>]
public static partial class LongPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record FloatP { public float P { get; init; } = 0.25f; }

[ModelSignature<string, NoSchema, FloatP>]
public static partial class FloatPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record DoubleP { public double P { get; init; } = 0.25; }

[ModelSignature<string, NoSchema, DoubleP>]
public static partial class DoublePModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record StringP { public string P { get; init; } = "dflt"; }

[ModelSignature<string, NoSchema, StringP>]
public static partial class StringPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record DatetimeP { public DateTime P { get; init; } = new DateTime(2000, 1, 1); }

[ModelSignature<string, NoSchema, DatetimeP>]
public static partial class DatetimePModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record BooleanListP { public bool[] P { get; init; } = [false]; }

[ModelSignature<string, NoSchema, BooleanListP>]
public static partial class BooleanListPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record IntegerListP { public int[] P { get; init; } = [7]; }

[ModelSignature<string, NoSchema, IntegerListP>]
public static partial class IntegerListPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record LongListP { public List<long> P { get; init; } = [7]; }

[ModelSignature<string, NoSchema, LongListP>]
public static partial class LongListPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record FloatListP { public float[] P { get; init; } = [0.25f]; }

[ModelSignature<string, NoSchema, FloatListP>]
public static partial class FloatListPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record DoubleListP { public IReadOnlyList<double> P { get; init; } = [0.25]; }

[ModelSignature<string, NoSchema, DoubleListP>]
public static partial class DoubleListPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record StringListP { public string[] P { get; init; } = ["dflt"]; }

[ModelSignature<string, NoSchema, StringListP>]
public static partial class StringListPModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record DatetimeListP { public DateTime[] P { get; init; } = [new DateTime(2000, 1, 1)]; }

[ModelSignature<string, NoSchema, DatetimeListP>]
public static partial class DatetimeListPModel;
