namespace Signatures.Generators.Tests.Vectors;

/// <summary>
/// C# contracts written to mean the same signatures as vectors of <c>schema_json.jsonl</c> (by id). Each source
/// declares <c>V.Sig</c>; the expected JSON and YAML are read from the vector file at test time, never copied here.
/// </summary>
internal static class VectorContracts
{
    public static readonly IReadOnlyDictionary<string, string> ById = new Dictionary<string, string>
    {
        ["col_all_types_named"] = """
            using System;
            using Signatures;
            namespace V;
            [ModelInput(Naming = ColumnNaming.SnakeCase)]
            public partial record Row(bool CBoolean, int CInteger, long CLong, float CFloat, double CDouble, string CString, byte[] CBinary, DateTime CDatetime);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["col_all_types_enum"] = """
            using System;
            using Signatures;
            namespace V;
            [ModelInput]
            public partial class Row
            {
                public bool c_boolean { get; set; }
                public int c_integer { get; set; }
                public long c_long { get; set; }
                public float c_float { get; set; }
                public double c_double { get; set; }
                public string c_string { get; set; } = "";
                public byte[] c_binary { get; set; } = [];
                public DateTime c_datetime { get; set; }
            }
            [ModelSignature<Row, double>]
            public static partial class Sig;
            """,
        ["col_unicode_name"] = """
            using Signatures;
            namespace V;
            [ModelInput]
            public partial record Row([property: Column("prénom")] string FirstName, [property: Column("数量")] long Quantity);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["col_name_special_chars"] = """
            using Signatures;
            namespace V;
            [ModelInput]
            public partial record Row(
                [property: Column("a \"quoted\" name")] string Quoted,
                [property: Column(@"back\slash")] string Backslash,
                [property: Column("with space")] long WithSpace);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["array_of_each_type"] = """
            using System;
            using System.Collections.Generic;
            using Signatures;
            namespace V;
            [ModelInput(Naming = ColumnNaming.SnakeCase)]
            public partial record Row(
                bool[] ArrBoolean, List<int> ArrInteger, IReadOnlyList<long> ArrLong, float[] ArrFloat,
                IEnumerable<double> ArrDouble, string[] ArrString, List<byte[]> ArrBinary, DateTime[] ArrDatetime);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["array_optional"] = """
            using Signatures;
            namespace V;
            [ModelInput(Naming = ColumnNaming.CamelCase)]
            public partial record Row(string[]? Tags);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["array_unnamed"] = """
            using Signatures;
            namespace V;
            [ModelSignature<double[], NoSchema>]
            public static partial class Sig;
            """,
        ["object_props_sorted"] = """
            using Signatures;
            namespace V;
            public record Inner(string zeta, long alpha, double Mid);
            [ModelInput]
            public partial record Row([property: Column("obj")] Inner Value);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["object_nested"] = """
            using System.Collections.Generic;
            using Signatures;
            namespace V;
            public sealed class Line
            {
                public required string Sku { get; init; }
                public long Qty { get; init; }
                public double? Price { get; init; }
            }
            public sealed record Meta(string K);
            public sealed record Order(string Name, IReadOnlyList<Line> Items, Meta? Meta);
            [ModelInput(Naming = ColumnNaming.SnakeCase)]
            public partial record Row(Order Order);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["map_nested"] = """
            using System.Collections.Generic;
            using Signatures;
            namespace V;
            [ModelInput]
            public partial record Row(
                [property: Column("m1")] Dictionary<string, string[]> First,
                [property: Column("m2")] IReadOnlyDictionary<string, IDictionary<string, double>> Second);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["map_of_object"] = """
            using System.Collections.Generic;
            using Signatures;
            namespace V;
            public readonly record struct Point(double x);
            [ModelInput]
            public partial record Row(Dictionary<string, Point> m);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["anytype_col"] = """
            using Signatures;
            namespace V;
            [ModelInput]
            public partial record Row(object anything, object? maybe);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["array_of_any"] = """
            using System.Collections.Generic;
            using System.Text.Json;
            using Signatures;
            namespace V;
            public record Holder(JsonElement? x);
            [ModelInput(Naming = ColumnNaming.CamelCase)]
            public partial record Row(object[] A, Dictionary<string, object> M, Holder O);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["tensor_named_many_dtypes"] = """
            using System;
            using Signatures;
            namespace V;
            [ModelInput]
            public partial class Row
            {
                [Tensor(-1)] public bool[] t_0 { get; init; } = [];
                [Tensor(-1)] public sbyte[] t_1 { get; init; } = [];
                [Tensor(-1)] public short[] t_2 { get; init; } = [];
                [Tensor(-1)] public int[] t_3 { get; init; } = [];
                [Tensor(-1)] public long[] t_4 { get; init; } = [];
                [Tensor(-1)] public byte[] t_5 { get; init; } = [];
                [Tensor(-1)] public ushort[] t_6 { get; init; } = [];
                [Tensor(-1)] public uint[] t_7 { get; init; } = [];
                [Tensor(-1)] public ulong[] t_8 { get; init; } = [];
                [Tensor(-1)] public Half[] t_9 { get; init; } = [];
                [Tensor(-1)] public float[] t_10 { get; init; } = [];
                [Tensor(-1)] public double[] t_11 { get; init; } = [];
                [Tensor(-1)] public string[] t_12 { get; init; } = [];
                [Tensor(-1)] public byte[][] t_13 { get; init; } = [];
                [Tensor(-1, DType = "object")] public object[] t_14 { get; init; } = [];
                [Tensor(-1)] public DateTime[] t_15 { get; init; } = [];
            }
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["tensor_python_float_int"] = """
            using Signatures;
            namespace V;
            [ModelInput(Naming = ColumnNaming.CamelCase)]
            public partial record Row([property: Tensor(-1, 3)] double[,] X, [property: Tensor(-1)] long[] Y);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["tensor_shapes"] = """
            using Signatures;
            namespace V;
            [ModelInput(Naming = ColumnNaming.SnakeCase)]
            public partial record struct Row(
                [property: Tensor] double Scalar,
                [property: Tensor(3)] double[] Fixed,
                [property: Tensor(-1, -1, 3)] double[][][] Ragged,
                [property: Tensor(-1, 224, 224, 3)] byte[,,,] Image);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["params_datetime_defaults"] = """
            using System;
            using Signatures;
            namespace V;
            [ModelParams(Naming = ColumnNaming.SnakeCase)]
            public partial record Options
            {
                public DateOnly DDate { get; init; } = new DateOnly(2023, 6, 6);
                public DateTime DDt { get; init; } = new(2023, 6, 6, 12, 0, 0);
                public DateTime DPy { get; init; } = new DateTime(2024, 2, 29, 23, 59, 59, 123, 456);
                public DateTime DStr { get; init; } = new DateTime(2023, 7, 1);
            }
            [ModelSignature<NoSchema, NoSchema, Options>]
            public static partial class Sig;
            """,
        ["params_conversions_in_default"] = """
            using Signatures;
            namespace V;
            [ModelParams]
            public partial record Options(double a = 1, float b = 2, long c = 3, double d = 0.5);
            [ModelSignature<NoSchema, NoSchema, Options>]
            public static partial class Sig;
            """,
        ["params_none_defaults"] = """
            using Signatures;
            namespace V;
            [ModelParams]
            public partial class Options
            {
                public string? n1 { get; set; }
                public double? n3 { get; set; } = null;
            }
            [ModelSignature<NoSchema, NoSchema, Options>]
            public static partial class Sig;
            """,
        ["params_object"] = """
            using System.Collections.Generic;
            using Signatures;
            namespace V;
            public sealed record Nested(long k);
            public sealed class Config
            {
                public double temperature { get; init; }
                public required Nested nested { get; init; }
                public List<string>? stop { get; init; }
            }
            [ModelParams]
            public partial record Options
            {
                public Config config { get; init; } = new Config { temperature = 0.5, nested = new Nested(1) };
            }
            [ModelSignature<NoSchema, NoSchema, Options>]
            public static partial class Sig;
            """,
        ["params_float_precision"] = """
            using Signatures;
            namespace V;
            [ModelParams]
            public partial record Options
            {
                public float f { get; init; } = 0.1f;
                public double g { get; init; } = 0.1;
            }
            [ModelSignature<NoSchema, NoSchema, Options>]
            public static partial class Sig;
            """,
        ["params_big_int"] = """
            using Signatures;
            namespace V;
            [ModelParams]
            public partial record Options
            {
                [Column(Type = DataType.Integer)] public long i { get; init; } = 1L << 40;
                public long l { get; init; } = long.MinValue;
            }
            [ModelSignature<NoSchema, NoSchema, Options>]
            public static partial class Sig;
            """,
        ["long_yaml_wrap"] = """
            using Signatures;
            namespace V;
            [ModelInput]
            public partial record Features(
                double feature_00, double feature_01, double feature_02, double feature_03, double feature_04, double feature_05,
                double feature_06, double feature_07, double feature_08, double feature_09, double feature_10, double feature_11);
            [ModelOutput]
            public partial record Prediction([property: Column("label")] long Label);
            [ModelSignature<Features, Prediction>]
            public static partial class Sig;
            """,
        ["yaml_quote_escape"] = """
            using Signatures;
            namespace V;
            [ModelInput]
            public partial record Row([property: Column("it's")] string Its);
            [ModelSignature<Row, NoSchema>]
            public static partial class Sig;
            """,
        ["legacy_param_dtype_key"] = """
            using Signatures;
            namespace V;
            [ModelParams]
            public partial record Options(long p = 3);
            [ModelSignature<NoSchema, NoSchema, Options>]
            public static partial class Sig;
            """,
        ["from_dict_shape_list"] = """
            using Signatures;
            namespace V;
            [ModelParams]
            public partial record Options
            {
                public double[] p { get; init; } = [1, 2];
            }
            [ModelSignature<NoSchema, NoSchema, Options>]
            public static partial class Sig;
            """,
    };
}
