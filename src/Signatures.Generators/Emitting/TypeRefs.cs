namespace Signatures.Generators.Emitting;

/// <summary>Every type generated code names, <c>global::</c>-qualified in one place (STJ's TypeRef constants).</summary>
internal static class TypeRefs
{
    public const string Schema = "global::Signatures.Schema";
    public const string ParamSchema = "global::Signatures.ParamSchema";
    public const string ParamSpec = "global::Signatures.ParamSpec";
    public const string ModelSignature = "global::Signatures.ModelSignature";
    public const string ColSpec = "global::Signatures.ColSpec";
    public const string TensorSpec = "global::Signatures.TensorSpec";
    public const string ColumnType = "global::Signatures.ColumnType";
    public const string ArrayType = "global::Signatures.ArrayType";
    public const string MapType = "global::Signatures.MapType";
    public const string ObjectType = "global::Signatures.ObjectType";
    public const string ObjectProperty = "global::Signatures.ObjectProperty";
    public const string AnyType = "global::Signatures.AnyType";
    public const string DataType = "global::Signatures.DataType";
    public const string NumpyDType = "global::Signatures.NumpyDType";
    public const string ModelContract = "global::Signatures.IModelContract";
    public const string ModelParams = "global::Signatures.IModelParams";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";
    public const string ValidationResult = "global::Signatures.Validation.ValidationResult";
    public const string ValidationCollector = "global::Signatures.Validation.ValidationCollector";
    public const string ValueChecks = "global::Signatures.Validation.ValueChecks";
    public const string TensorShapeCheck = "global::Signatures.Validation.TensorShapeCheck";
    public const string JsonValues = "global::Signatures.Writing.JsonValues";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
}
