using Signatures.Analyzers.Rules;
using Signatures.Shared;

namespace Signatures.Analyzers.Tests.Rules;

public class TypeMappingAnalyzerTests
{
    [Fact]
    public Task Lossy_scalar_types_report_SIG0101_on_the_type_with_loss_and_alternative() =>
        AnalyzerVerifier<LossyTypeMappingAnalyzer>.VerifyAsync("""
            using System;
            using System.Numerics;
            using Signatures;
            [ModelInput]
            public partial record Order(
                {|#0:ulong|} Id,
                {|#1:decimal|}? Price,
                {|#2:DateTimeOffset|} PlacedAt,
                {|#3:Int128|} Big,
                {|#4:BigInteger|} Huge,
                long Fine);
            """,
            AnalyzerVerifier<LossyTypeMappingAnalyzer>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(0)
                .WithArguments("Order.Id", "ulong", "values above long.MaxValue do not fit MLflow's long", "long"),
            AnalyzerVerifier<LossyTypeMappingAnalyzer>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(1)
                .WithArguments("Order.Price", "decimal", "decimal digits beyond double precision are rounded", "double"),
            AnalyzerVerifier<LossyTypeMappingAnalyzer>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(2)
                .WithArguments("Order.PlacedAt", "DateTimeOffset", "the UTC offset is dropped", "DateTime"),
            AnalyzerVerifier<LossyTypeMappingAnalyzer>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(3)
                .WithArguments("Order.Big", "Int128", "values outside the long range do not fit MLflow's long", "long"),
            AnalyzerVerifier<LossyTypeMappingAnalyzer>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(4)
                .WithArguments("Order.Huge", "BigInteger", "values outside the long range do not fit MLflow's long", "long"));

    [Fact]
    public Task Lossy_items_map_values_and_nested_properties_report_SIG0101_with_their_path() =>
        AnalyzerVerifier<LossyTypeMappingAnalyzer>.VerifyAsync("""
            using System.Collections.Generic;
            using Signatures;
            public record Line(string Sku, decimal Amount);
            [ModelOutput]
            public partial class Invoice
            {
                public List<{|#0:ulong|}> Ids { get; set; } = new();
                public Dictionary<string, {|#1:decimal|}?> Totals { get; set; } = new();
                public {|#2:Line|}[] Lines { get; set; } = [];
            }
            """,
            AnalyzerVerifier<LossyTypeMappingAnalyzer>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(0)
                .WithArguments("Invoice.Ids[]", "ulong", "values above long.MaxValue do not fit MLflow's long", "long"),
            AnalyzerVerifier<LossyTypeMappingAnalyzer>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(1)
                .WithArguments("Invoice.Totals{}", "decimal", "decimal digits beyond double precision are rounded", "double"),
            AnalyzerVerifier<LossyTypeMappingAnalyzer>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(2)
                .WithArguments("Invoice.Lines[].Amount", "decimal", "decimal digits beyond double precision are rounded", "double"));

    [Fact]
    public Task Lossy_params_and_signature_type_arguments_report_SIG0101() =>
        AnalyzerVerifier<LossyTypeMappingAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput] public partial record Features(double X);
            [ModelParams] public partial record Options { public {|#0:decimal|} Scale { get; init; } = 1.5m; }
            [ModelSignature<Features, {|#1:ulong|}[], Options>] public static partial class Model;
            """,
            AnalyzerVerifier<LossyTypeMappingAnalyzer>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(0)
                .WithArguments("Options.Scale", "decimal", "decimal digits beyond double precision are rounded", "double"),
            AnalyzerVerifier<LossyTypeMappingAnalyzer>.Diagnostic(DiagnosticIds.LossyTypeMapping).WithLocation(1)
                .WithArguments("Model.output[]", "ulong", "values above long.MaxValue do not fit MLflow's long", "long"));

    [Fact]
    public Task Lossless_types_report_nothing() =>
        AnalyzerVerifier<LossyTypeMappingAnalyzer>.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using Signatures;
            [ModelInput]
            public partial record Everything(
                bool A, sbyte B, short C, int D, byte E, ushort F, uint G, long H, nint I, Half J, float K, double L,
                string M, char N, Guid O, byte[] P, ReadOnlyMemory<byte> Q, DateTime R, DateOnly S,
                int? T, List<long> U, Dictionary<string, double> V, string? W);
            """);

    [Fact]
    public Task Explicit_column_type_that_narrows_reports_SIG0102_on_the_Type_argument() =>
        AnalyzerVerifier<NarrowingColumnTypeAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Counts(
                [property: Column(Type = {|#0:DataType.Integer|})] long Total,
                [Column("avg", Type = {|#1:DataType.Double|})] long Average,
                [property: Column(Type = DataType.Long)] int Widened,
                [property: Column(Type = DataType.Double)] int Exact,
                [property: Column(Type = DataType.Double)] float AlsoExact,
                [property: Column(Type = {|#2:DataType.Float|})] double Narrowed);
            """,
            AnalyzerVerifier<NarrowingColumnTypeAnalyzer>.Diagnostic(DiagnosticIds.NarrowingColumnType).WithLocation(0)
                .WithArguments("Counts.Total", "long", "Integer", "long"),
            AnalyzerVerifier<NarrowingColumnTypeAnalyzer>.Diagnostic(DiagnosticIds.NarrowingColumnType).WithLocation(1)
                .WithArguments("Counts.Average", "long", "Double", "long"),
            AnalyzerVerifier<NarrowingColumnTypeAnalyzer>.Diagnostic(DiagnosticIds.NarrowingColumnType).WithLocation(2)
                .WithArguments("Counts.Narrowed", "double", "Float", "double"));

    [Fact]
    public Task Explicit_column_type_on_an_object_member_reports_SIG0108() =>
        AnalyzerVerifier<NarrowingColumnTypeAnalyzer>.VerifyAsync("""
            using Signatures;
            public record Address(string City);
            [ModelInput]
            public partial record Customer([property: Column(Type = {|#0:DataType.String|})] Address Home);
            """,
            AnalyzerVerifier<NarrowingColumnTypeAnalyzer>.Diagnostic(DiagnosticIds.ColumnTypeNotApplicable).WithLocation(0)
                .WithArguments("Customer.Home", "Type = string applies to scalar members only and is ignored here"));

    [Fact]
    public Task Unsupported_member_types_report_SIG0103_on_the_unsupported_part() =>
        AnalyzerVerifier<UnsupportedMemberTypeAnalyzer>.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using Signatures;
            public enum Color { Red, Green }
            public record Node(string Name, Node? Next);
            [ModelInput]
            public partial class Odd
            {
                public {|#0:Color|} Shade { get; set; }
                public {|#1:HashSet<int>|} Tags { get; set; } = new();
                public {|#2:Dictionary<int, string>|} ById { get; set; } = new();
                public {|#3:float[,]|} Matrix { get; set; } = new float[0, 0];
                public {|#4:Node|} Chain { get; set; } = new("a", null);
                public List<{|#5:TimeSpan|}> Durations { get; set; } = new();
            }
            """,
            AnalyzerVerifier<UnsupportedMemberTypeAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedMemberType).WithLocation(0)
                .WithArguments("Odd.Shade", "Color", "enums have no MLflow type (consider string)"),
            AnalyzerVerifier<UnsupportedMemberTypeAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedMemberType).WithLocation(1)
                .WithArguments("Odd.Tags", "HashSet<int>", "only arrays, List<T>, its interfaces, ImmutableArray<T> and string-keyed dictionaries map to MLflow (consider T[], List<T>, IReadOnlyList<T> or Dictionary<string, T>)"),
            AnalyzerVerifier<UnsupportedMemberTypeAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedMemberType).WithLocation(2)
                .WithArguments("Odd.ById", "Dictionary<int, string>", "MLflow maps have string keys (consider Dictionary<string, T>)"),
            AnalyzerVerifier<UnsupportedMemberTypeAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedMemberType).WithLocation(3)
                .WithArguments("Odd.Matrix", "float[,]", "a multi-dimensional array is a tensor; declare its shape with [Tensor(...)] (consider [Tensor(...)] or a jagged array)"),
            AnalyzerVerifier<UnsupportedMemberTypeAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedMemberType).WithLocation(4)
                .WithArguments("Odd.Chain.Next", "Node?", "the type contains itself"),
            AnalyzerVerifier<UnsupportedMemberTypeAnalyzer>.Diagnostic(DiagnosticIds.UnsupportedMemberType).WithLocation(5)
                .WithArguments("Odd.Durations[]", "TimeSpan", "the type has no MLflow mapping"));

    [Fact]
    public Task Nullable_integer_columns_report_SIG0105_as_info() =>
        AnalyzerVerifier<NullableIntegerColumnAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Survey({|#0:int?|} Age, {|#1:long?|} Income, double? Score, short Count);
            [ModelParams]
            public partial record Options { public int? Limit { get; init; } }
            """,
            AnalyzerVerifier<NullableIntegerColumnAnalyzer>.Diagnostic(DiagnosticIds.NullableIntegerColumn).WithLocation(0).WithArguments("Survey.Age", "int"),
            AnalyzerVerifier<NullableIntegerColumnAnalyzer>.Diagnostic(DiagnosticIds.NullableIntegerColumn).WithLocation(1).WithArguments("Survey.Income", "long"));

    [Fact]
    public Task Duplicate_names_after_explicit_naming_report_SIG0104() =>
        AnalyzerVerifier<DuplicateColumnNameAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Dupes(double Width, [property: Column("Width")] double {|#0:OtherWidth|});
            """,
            AnalyzerVerifier<DuplicateColumnNameAnalyzer>.Diagnostic(DiagnosticIds.DuplicateColumnName).WithLocation(0).WithArguments("Dupes.OtherWidth", "Width", "Width"));

    [Fact]
    public Task Duplicate_names_under_the_contract_naming_policy_report_SIG0104() =>
        AnalyzerVerifier<DuplicateColumnNameAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput(Naming = ColumnNaming.SnakeCase)]
            public partial record Snake(long UserId, long {|#0:User_Id|});
            [ModelParams(Naming = ColumnNaming.CamelCase)]
            public partial record Camel { public long TopK { get; init; } public long {|#1:topK|} { get; init; } }
            [ModelOutput]
            public partial record Plain(long UserId, long User_Id);
            """,
            AnalyzerVerifier<DuplicateColumnNameAnalyzer>.Diagnostic(DiagnosticIds.DuplicateColumnName).WithLocation(0).WithArguments("Snake.User_Id", "user_id", "UserId"),
            AnalyzerVerifier<DuplicateColumnNameAnalyzer>.Diagnostic(DiagnosticIds.DuplicateColumnName).WithLocation(1).WithArguments("Camel.topK", "topK", "TopK"));

    [Fact]
    public Task Duplicate_names_under_the_project_naming_option_report_SIG0104_unless_the_contract_overrides_it() =>
        AnalyzerVerifier<DuplicateColumnNameAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Snake(long UserId, long {|#0:User_Id|});
            [ModelOutput(Naming = ColumnNaming.AsDeclared)]
            public partial record Declared(long UserId, long User_Id);
            """,
            columnNaming: "SnakeCase",
            AnalyzerVerifier<DuplicateColumnNameAnalyzer>.Diagnostic(DiagnosticIds.DuplicateColumnName).WithLocation(0).WithArguments("Snake.User_Id", "user_id", "UserId"));

    [Fact]
    public Task Duplicate_property_names_inside_nested_objects_report_SIG0104_on_the_member_holding_them() =>
        AnalyzerVerifier<DuplicateColumnNameAnalyzer>.VerifyAsync("""
            using System.Collections.Generic;
            using Signatures;
            public record Address(string City, [property: Column("City")] string Town);
            [ModelInput]
            public partial record Customer(string Name, List<{|#0:Address|}> Homes);
            """,
            AnalyzerVerifier<DuplicateColumnNameAnalyzer>.Diagnostic(DiagnosticIds.DuplicateColumnName).WithLocation(0).WithArguments("Customer.Homes[].Town", "City", "City"));

    [Fact]
    public Task Empty_explicit_names_report_SIG0106() =>
        AnalyzerVerifier<EmptyColumnNameAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Blank([property: Column({|#0:""|})] double A, [property: Column({|#1:" "|})] double B, double C);
            [ModelInput]
            public partial record BlankTensor([property: Tensor(-1, Name = {|#2:""|})] float[] Values);
            """,
            AnalyzerVerifier<EmptyColumnNameAnalyzer>.Diagnostic(DiagnosticIds.EmptyColumnName).WithLocation(0).WithArguments("Blank.A"),
            AnalyzerVerifier<EmptyColumnNameAnalyzer>.Diagnostic(DiagnosticIds.EmptyColumnName).WithLocation(1).WithArguments("Blank.B"),
            AnalyzerVerifier<EmptyColumnNameAnalyzer>.Diagnostic(DiagnosticIds.EmptyColumnName).WithLocation(2).WithArguments("BlankTensor.Values"));

    [Fact]
    public Task Tensors_beside_columns_report_SIG0107_on_each_tensor() =>
        AnalyzerVerifier<MixedColumnsAndTensorsAnalyzer>.VerifyAsync("""
            using Signatures;
            [ModelInput]
            public partial record Mixed(
                string Caption,
                [property: Tensor(-1, 28, 28)] byte[,,] {|#0:Image|},
                [property: Tensor(-1)] float[] {|#1:Embedding|});
            [ModelInput]
            public partial record AllTensors([property: Tensor(-1, 2)] float[,] A, [property: Tensor(-1)] long[] B);
            """,
            AnalyzerVerifier<MixedColumnsAndTensorsAnalyzer>.Diagnostic(DiagnosticIds.MixedColumnsAndTensors).WithLocation(0).WithArguments("Mixed.Image", "Mixed", "Caption"),
            AnalyzerVerifier<MixedColumnsAndTensorsAnalyzer>.Diagnostic(DiagnosticIds.MixedColumnsAndTensors).WithLocation(1).WithArguments("Mixed.Embedding", "Mixed", "Caption"));
}
