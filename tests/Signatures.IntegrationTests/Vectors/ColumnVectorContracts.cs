namespace Signatures.IntegrationTests.Vectors;

// C# contracts equivalent to the column-based signatures of tests/vectors/enforcement.jsonl. The vector tests find
// the signature class whose SignatureJson equals a vector's signature, so each class here covers every vector of its
// signature. Names follow MLflow's snake_case through the contracts' naming policy.

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record BooleanX(bool X);

[ModelSignature<BooleanX, NoSchema>]
public static partial class BooleanXModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record IntegerX(int X);

[ModelSignature<IntegerX, NoSchema>]
public static partial class IntegerXModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record LongX(long X);

[ModelSignature<LongX, NoSchema>]
public static partial class LongXModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record FloatX(float X);

[ModelSignature<FloatX, NoSchema>]
public static partial class FloatXModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record DoubleX(double X);

[ModelSignature<DoubleX, NoSchema>]
public static partial class DoubleXModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record StringX(string X);

[ModelSignature<StringX, NoSchema>]
public static partial class StringXModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record BinaryX(byte[] X);

[ModelSignature<BinaryX, NoSchema>]
public static partial class BinaryXModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record DatetimeX(DateTime X);

[ModelSignature<DatetimeX, NoSchema>]
public static partial class DatetimeXModel;

/// <summary>A required long, a required string and an optional double.</summary>
[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record LongStringOptionalDouble(long A, string B, double? C);

[ModelSignature<LongStringOptionalDouble, NoSchema>]
public static partial class LongStringOptionalDoubleModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record LongA(long A);

[ModelSignature<LongA, NoSchema>]
public static partial class LongAModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record LongAStringB(long A, string B);

[ModelSignature<LongAStringB, NoSchema>]
public static partial class LongAStringBModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record LongArrayA(long[] A);

[ModelSignature<LongArrayA, NoSchema>]
public static partial class LongArrayAModel;

/// <summary>A required array of longs and an optional list of strings.</summary>
[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record Arrays(long[] A, List<string>? S);

[ModelSignature<Arrays, NoSchema>]
public static partial class ArraysModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record NestedArray(double[][] M);

[ModelSignature<NestedArray, NoSchema>]
public static partial class NestedArrayModel;

/// <summary>An MLflow Object with a required string and an optional double.</summary>
public sealed record KeyAndNumber(string K, double? N);

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record ObjectO(KeyAndNumber O);

[ModelSignature<ObjectO, NoSchema>]
public static partial class ObjectOModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record MapM(Dictionary<string, long> M);

[ModelSignature<MapM, NoSchema>]
public static partial class MapMModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record AnyAndLong(object V, long N);

[ModelSignature<AnyAndLong, NoSchema>]
public static partial class AnyAndLongModel;

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record ArrayOfAny(object[] A);

[ModelSignature<ArrayOfAny, NoSchema>]
public static partial class ArrayOfAnyModel;

/// <summary>A chat message as an MLflow Object.</summary>
public sealed class ChatMessage
{
    public string Content { get; init; } = "";
    public string Role { get; init; } = "";
}

[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record ChatInput(IReadOnlyList<ChatMessage> Messages);

[ModelSignature<ChatInput, NoSchema>]
public static partial class ChatModel;

[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record TemperatureParams
{
    public double Temperature { get; init; } = 0.5;
}

[ModelSignature<ChatInput, NoSchema, TemperatureParams>]
public static partial class ChatWithTemperatureModel;

/// <summary>One unnamed long column (a type argument).</summary>
[ModelSignature<long, NoSchema>]
public static partial class UnnamedLongModel;

/// <summary>One unnamed string column.</summary>
[ModelSignature<string, NoSchema>]
public static partial class UnnamedStringModel;

/// <summary>An object param with a required and an optional property.</summary>
public sealed class KeyParam
{
    public long K { get; init; }
    public string? Opt { get; init; }
}

/// <summary>A param of every scalar type, two list params and an object param.</summary>
[ModelParams(Naming = ColumnNaming.SnakeCase)]
public partial record EveryParam
{
    public string PStr { get; init; } = "a";
    public long PLong { get; init; } = 1;
    public int PInt { get; init; } = 1;
    public double PDouble { get; init; } = 0.5;
    public float PFloat { get; init; } = 0.5f;
    public bool PBool { get; init; } = true;
    public DateTime PDt { get; init; } = new DateTime(2023, 6, 26);
    public long[] PList { get; init; } = [1, 2];
    public List<string> PStrs { get; init; } = ["x"];
    public KeyParam PObj { get; init; } = new KeyParam { K = 1 };
}

[ModelSignature<string, NoSchema, EveryParam>]
public static partial class EveryParamModel;

[ModelParams]
public partial record NumericNameParam
{
    [Column("123")]
    public long Number { get; init; }
}

[ModelSignature<string, NoSchema, NumericNameParam>]
public static partial class NumericNameParamModel;
