using System.Collections.Generic;
using System.Globalization;
using Signatures.Generators.Model;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>
/// Emits the JSON writers behind the runtime's <c>ServingRequest</c>, <c>Predictions</c> and <c>ContractExamples</c>:
/// <c>IModelContract&lt;T&gt;.WriteValue(writer, value, index)</c> (one column or tensor) and
/// <c>IModelParams&lt;T&gt;.WriteJson(writer, value)</c> (the params object), as explicit interface implementations so
/// the contract's own surface stays small. Values are written by the runtime's <c>JsonValues</c> overloads (one per CLR
/// type), arrays and maps as JSON arrays and objects, nested objects with their properties in declaration order,
/// tensors as nested arrays; a missing value is <c>null</c>.
/// </summary>
internal static class WriterEmitter
{
    /// <summary>The writer of an input or output contract's columns or tensors.</summary>
    public static void EmitColumns(SourceWriter writer, TypeTargetSpec target, PlannedColumn[] columns, NamingPolicy policy)
    {
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"static void {TypeRefs.ModelContract}<{target.FullyQualifiedName}>.WriteValue({TypeRefs.Utf8JsonWriter} writer, {target.FullyQualifiedName} value, int index)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.WriteLine("switch (index)");
        writer.OpenBlock();
        var body = new Body(writer, policy);
        for (int i = 0; i < columns.Length; i++)
        {
            MemberMapping member = columns[i].Member;
            writer.WriteLine($"case {i.ToString(CultureInfo.InvariantCulture)}:");
            writer.OpenBlock();
            string access = "value." + CSharpText.Identifier(member.MemberName);
            if (member.Tensor is { } tensor) body.Tensor(tensor, member.ClrType, access);
            else body.Value(member.Column!, access);
            writer.WriteLine("break;");
            writer.CloseBlock();
        }
        writer.WriteLine("default:");
        writer.Indentation++;
        writer.WriteLine($"throw new global::System.ArgumentOutOfRangeException(nameof(index), index, \"The schema has {columns.Length.ToString(CultureInfo.InvariantCulture)} inputs.\");");
        writer.Indentation--;
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
    }

    /// <summary>The writer of a params contract: every param in schema order.</summary>
    public static void EmitParams(SourceWriter writer, TypeTargetSpec target, PlannedParam[] parameters, NamingPolicy policy)
    {
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"static void {TypeRefs.ModelParams}<{target.FullyQualifiedName}>.WriteJson({TypeRefs.Utf8JsonWriter} writer, {target.FullyQualifiedName} value)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
        if (target.Keyword is "class" or "record") writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.WriteLine("writer.WriteStartObject();");
        var body = new Body(writer, policy);
        foreach (PlannedParam param in parameters)
        {
            writer.WriteLine($"writer.WritePropertyName({CSharpText.String(param.Name)});");
            body.Value(param.Param.Type!, "value." + CSharpText.Identifier(param.Param.MemberName));
        }
        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
        writer.WriteLine();
    }

    /// <summary>The statements of one method; locals are numbered so nested loops never clash.</summary>
    private sealed class Body(SourceWriter writer, NamingPolicy policy)
    {
        private int locals;

        private string Local(string prefix) => prefix + (locals++).ToString(CultureInfo.InvariantCulture);

        /// <summary>Writes the value of <paramref name="shape"/> held by <paramref name="expression"/>, or <c>null</c>.</summary>
        public void Value(TypeShape shape, string expression)
        {
            if (shape.Kind == ShapeKind.Any)
            {
                string call = shape.ClrType == "global::System.Text.Json.JsonElement" ? "Write" : "WriteAny";
                writer.WriteLine($"{TypeRefs.JsonValues}.{call}(writer, {expression});");
                return;
            }
            if (shape.Kind == ShapeKind.Scalar && ScalarCode.IsReference(shape.ClrType))
            {
                // The string and byte[] overloads write null themselves.
                writer.WriteLine(ScalarCode.Write(shape.ClrType, shape.DataType, expression));
                return;
            }
            switch (ShapeCode.NullTestOf(shape))
            {
                case NullTest.Never:
                    NonNull(shape, expression);
                    break;
                case NullTest.Unwrap:
                    string unwrapped = Local("v");
                    writer.WriteLine($"if ({expression} is {{ }} {unwrapped})");
                    Block(() => NonNull(shape, unwrapped));
                    writer.WriteLine("else writer.WriteNullValue();");
                    break;
                default:
                    string local = Local("v");
                    writer.WriteLine($"var {local} = {expression};");
                    string isNull = ShapeCode.NullTestOf(shape) == NullTest.Reference ? $"{local} is null" : $"{TypeRefs.ValueChecks}.IsNull({local})";
                    writer.WriteLine($"if ({isNull}) writer.WriteNullValue();");
                    writer.WriteLine("else");
                    Block(() => NonNull(shape, local));
                    break;
            }
        }

        private void NonNull(TypeShape shape, string value)
        {
            switch (shape.Kind)
            {
                case ShapeKind.Scalar:
                    writer.WriteLine(ScalarCode.Write(shape.ClrType, shape.DataType, value));
                    break;
                case ShapeKind.Array:
                    void Items()
                    {
                        string item = Local("x");
                        writer.WriteLine("writer.WriteStartArray();");
                        writer.WriteLine($"foreach (var {item} in {value})");
                        Block(() => Value(shape.Element!, item));
                        writer.WriteLine("writer.WriteEndArray();");
                    }
                    if (ShapeCode.IsImmutableArray(shape))
                    {
                        writer.WriteLine($"if ({value}.IsDefault) writer.WriteNullValue();");
                        writer.WriteLine("else");
                        Block(Items);
                    }
                    else
                    {
                        Items();
                    }
                    break;
                case ShapeKind.Map:
                    string entry = Local("e");
                    writer.WriteLine("writer.WriteStartObject();");
                    writer.WriteLine($"foreach (var {entry} in {value})");
                    Block(() =>
                    {
                        writer.WriteLine($"writer.WritePropertyName({entry}.Key);");
                        Value(shape.Element!, entry + ".Value");
                    });
                    writer.WriteLine("writer.WriteEndObject();");
                    break;
                case ShapeKind.Object:
                    writer.WriteLine("writer.WriteStartObject();");
                    foreach (PropertyShape property in shape.Properties)
                    {
                        writer.WriteLine($"writer.WritePropertyName({CSharpText.String(property.Name(policy))});");
                        Value(property.Type, value + "." + CSharpText.Identifier(property.MemberName));
                    }
                    writer.WriteLine("writer.WriteEndObject();");
                    break;
            }
        }

        /// <summary>Writes a tensor member as nested arrays (a scalar tensor as its value); a missing array is <c>null</c>.</summary>
        public void Tensor(TensorMapping tensor, string memberClrType, string access)
        {
            if (tensor.Shape.Count == 0)
            {
                Element(tensor, memberClrType.EndsWith("?", System.StringComparison.Ordinal) ? tensor.ElementClrType + "?" : tensor.ElementClrType, access);
                return;
            }
            var walk = new TensorWalk(tensor, ScalarCode.IsReference(tensor.ElementClrType), Local("n"));
            Level(tensor, walk, 0, access);
        }

        private void Level(TensorMapping tensor, TensorWalk walk, int level, string expression)
        {
            string array = Local("t");
            writer.WriteLine($"var {array} = {expression};");
            writer.WriteLine($"if ({array} is null) writer.WriteNullValue();");
            writer.WriteLine("else");
            Block(() =>
            {
                int rank = walk.Ranks[level];
                var indexes = new List<string>();
                for (int k = 0; k < rank; k++)
                {
                    string i = Local("i");
                    indexes.Add(i);
                    string length = rank == 1 ? $"{array}.Length" : $"{array}.GetLength({k.ToString(CultureInfo.InvariantCulture)})";
                    writer.WriteLine("writer.WriteStartArray();");
                    writer.WriteLine($"for (int {i} = 0; {i} < {length}; {i}++)");
                    writer.OpenBlock();
                }
                string item = $"{array}[{string.Join(", ", indexes)}]";
                if (level == walk.Ranks.Count - 1) Element(tensor, tensor.ElementClrType, item);
                else Level(tensor, walk, level + 1, item);
                for (int k = 0; k < rank; k++)
                {
                    writer.CloseBlock();
                    writer.WriteLine("writer.WriteEndArray();");
                }
            });
        }

        // An element of the dtype: table types through their overload; a nullable or other declared element as JSON.
        private void Element(TensorMapping tensor, string elementClrType, string expression)
        {
            if (elementClrType.EndsWith("?", System.StringComparison.Ordinal))
            {
                string value = Local("v");
                writer.WriteLine($"if ({expression} is {{ }} {value}) {ScalarCode.Write(elementClrType.TrimEnd('?'), TensorDataType(tensor.DType), value)}");
                writer.WriteLine("else writer.WriteNullValue();");
                return;
            }
            writer.WriteLine(ScalarCode.Write(elementClrType, TensorDataType(tensor.DType), expression));
        }

        // Integer dtypes take whole numbers the way integer columns do; the rest are written as their CLR values.
        private static string? TensorDataType(string dtype) =>
            dtype.StartsWith("int", System.StringComparison.Ordinal) || dtype.StartsWith("uint", System.StringComparison.Ordinal) ? "long" : null;

        private void Block(System.Action body)
        {
            writer.OpenBlock();
            body();
            writer.CloseBlock();
        }
    }
}
