using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>Writes the C# expressions that build the runtime's schema objects directly (no JSON parsing except a
/// param's default, which <c>ParamSpec.FromJson</c> normalises exactly as MLflow does).</summary>
internal static class SchemaCodeWriter
{
    /// <summary><c>new Schema(column, column, ...)</c>, one input per line, ending with <paramref name="terminator"/>.</summary>
    public static void WriteSchema(SourceWriter writer, PlannedColumn[] columns, NamingPolicy policy, string terminator)
    {
        writer.WriteLine($"new {TypeRefs.Schema}(");
        writer.Indentation++;
        for (int i = 0; i < columns.Length; i++)
        {
            string separator = i == columns.Length - 1 ? ")" + terminator : ",";
            writer.WriteLine(Input(columns[i], policy) + separator);
        }
        writer.Indentation--;
    }

    /// <summary><c>new ParamSchema(param, ...)</c>, one param per line, ending with <paramref name="terminator"/>.</summary>
    public static void WriteParamSchema(SourceWriter writer, PlannedParam[] parameters, NamingPolicy policy, string terminator)
    {
        if (parameters.Length == 0)
        {
            writer.WriteLine($"new {TypeRefs.ParamSchema}(global::System.Array.Empty<{TypeRefs.ParamSpec}>()){terminator}");
            return;
        }
        writer.WriteLine($"new {TypeRefs.ParamSchema}(");
        writer.Indentation++;
        for (int i = 0; i < parameters.Length; i++)
        {
            PlannedParam param = parameters[i];
            TypeShape scalarOrObject = param.Param.IsList ? param.Param.Type!.Element! : param.Param.Type!;
            string separator = i == parameters.Length - 1 ? ")" + terminator : ",";
            writer.WriteLine($"{TypeRefs.ParamSpec}.FromJson({CSharpText.String(param.Name)}, {ColumnType(scalarOrObject, policy)}, " +
                $"{CSharpText.String(param.DefaultJson)}, isList: {CSharpText.Bool(param.Param.IsList)}){separator}");
        }
        writer.Indentation--;
    }

    private static string Input(PlannedColumn column, NamingPolicy policy)
    {
        if (column.Member.Tensor is { } tensor)
        {
            var shape = new StringBuilder();
            for (int i = 0; i < tensor.Shape.Count; i++)
            {
                if (i > 0) shape.Append(", ");
                shape.Append(tensor.Shape[i].ToString(CultureInfo.InvariantCulture));
            }
            string dims = tensor.Shape.Count == 0 ? "global::System.Array.Empty<long>()" : $"new long[] {{ {shape} }}";
            return $"new {TypeRefs.TensorSpec}({TypeRefs.NumpyDType}.{NumpyDTypes.MemberName(tensor.DType)}, {dims}, {CSharpText.String(column.Name)})";
        }
        TypeShape type = column.Member.Column!;
        string typeCode = type.Kind == ShapeKind.Scalar ? DataType(type.DataType!) : ColumnType(type, policy);
        return $"new {TypeRefs.ColSpec}({typeCode}, {CSharpText.String(column.Name)}, {CSharpText.Bool(column.Member.Required)})";
    }

    /// <summary>The expression for a column type: <c>ColumnType.Of(DataType.Long)</c>, <c>new ArrayType(...)</c>, ...</summary>
    public static string ColumnType(TypeShape type, NamingPolicy policy)
    {
        switch (type.Kind)
        {
            case ShapeKind.Scalar:
                return $"{TypeRefs.ColumnType}.Of({DataType(type.DataType!)})";
            case ShapeKind.Array:
                return $"new {TypeRefs.ArrayType}({ColumnType(type.Element!, policy)})";
            case ShapeKind.Map:
                return $"new {TypeRefs.MapType}({ColumnType(type.Element!, policy)})";
            case ShapeKind.Object:
                var properties = new List<string>();
                foreach (var (name, property) in SchemaPlan.SortedProperties(type, policy))
                {
                    properties.Add($"new {TypeRefs.ObjectProperty}({CSharpText.String(name)}, {ColumnType(property.Type, policy)}, {CSharpText.Bool(property.Required)})");
                }
                return $"new {TypeRefs.ObjectType}(new {TypeRefs.ObjectProperty}[] {{ {string.Join(", ", properties)} }})";
            default:
                return $"{TypeRefs.AnyType}.Instance";
        }
    }

    private static string DataType(string mlflowName) => $"{TypeRefs.DataType}.{MlflowDataTypes.MemberNameOf(mlflowName)}";
}
