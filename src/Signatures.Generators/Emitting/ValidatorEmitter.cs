using System.Collections.Generic;
using System.Linq;
using Signatures.Generators.Model;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>
/// Emits the validators of a contract: <c>Validate(T)</c>, <c>ValidateRows(IReadOnlyList&lt;T&gt;)</c> (columns and
/// tensors) and <c>Validate(T, ref ValidationCollector)</c>, which implement <c>IModelContract&lt;T&gt;</c> /
/// <c>IModelParams&lt;T&gt;</c>. The generated checks follow the request enforcer's rules for the same schema, so a
/// valid instance is one the enforcer accepts once written: required values non-null (null items and map values of a
/// required column too), numbers the declared type holds, tensor dimensions and regular (not ragged) jagged arrays.
/// Only values that need a check are visited, nothing is allocated unless a violation is reported, and each violation
/// carries its path (<c>items[3].sku</c>, <c>images[2]</c>).
/// </summary>
internal static class ValidatorEmitter
{
    /// <summary>The name of the generated quick check (a private method; taken names skip the contract).</summary>
    public const string QuickCheckName = GeneratedMemberNames.QuickCheck;

    /// <summary>The validators of an input or output contract.</summary>
    public static void EmitColumns(SourceWriter writer, TypeTargetSpec target, PlannedColumn[] columns, NamingPolicy policy)
    {
        string type = target.FullyQualifiedName;
        EmitValidate(writer, type);
        writer.WriteLine("/// <summary>Checks every row; violations are reported at <c>rows[i].column</c>. Allocates nothing when every row is valid.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"public static {TypeRefs.ValidationResult} ValidateRows(global::System.Collections.Generic.IReadOnlyList<{type}> rows)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(rows);");
        writer.WriteLine($"var errors = new {TypeRefs.ValidationCollector}();");
        writer.WriteLine("for (int i = 0; i < rows.Count; i++)");
        writer.OpenBlock();
        writer.WriteLine($"{type} row = rows[i];");
        writer.WriteLine($"if ({QuickCheckName}(row)) continue;");
        writer.WriteLine("int start = errors.Count;");
        writer.WriteLine("Validate(row, ref errors);");
        writer.WriteLine("errors.PrefixSince(start, \"rows\", i);");
        writer.CloseBlock();
        writer.WriteLine("return errors.ToResult();");
        writer.CloseBlock();
        writer.WriteLine();
        EmitBodies(writer, target, policy, body =>
        {
            foreach (PlannedColumn column in columns)
            {
                MemberMapping member = column.Member;
                string access = "value." + CSharpText.Identifier(member.MemberName);
                PathCode path = PathCode.Root.Name(column.Name!);
                if (member.Tensor is { } tensor) body.Tensor(tensor, member.ClrType, access, path);
                else body.Value(member.Column!, access, path, nullAllowed: !member.Required, required: member.Required, "null is not allowed (the column is required)");
            }
        });
    }

    /// <summary>The validators of a params contract. A null param is valid: the request then takes its default.</summary>
    public static void EmitParams(SourceWriter writer, TypeTargetSpec target, PlannedParam[] parameters, NamingPolicy policy)
    {
        EmitValidate(writer, target.FullyQualifiedName);
        EmitBodies(writer, target, policy, body =>
        {
            foreach (PlannedParam param in parameters)
            {
                body.Value(param.Param.Type!, "value." + CSharpText.Identifier(param.Param.MemberName), PathCode.Root.Name(param.Name),
                    nullAllowed: true, required: true, string.Empty);
            }
        });
    }

    private static void EmitValidate(SourceWriter writer, string type)
    {
        writer.WriteLine("/// <summary>Checks the instance against the schema. Allocates nothing when it is valid.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"public static {TypeRefs.ValidationResult} Validate({type} value)");
        writer.OpenBlock();
        writer.WriteLine($"if ({QuickCheckName}(value)) return default;");
        writer.WriteLine("return Collect(value);");
        writer.WriteLine();
        // Out of line, so a valid instance pays for the quick check only (no frame for the collector).
        writer.WriteLine("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
        writer.WriteLine($"static {TypeRefs.ValidationResult} Collect({type} value)");
        writer.OpenBlock();
        writer.WriteLine($"var errors = new {TypeRefs.ValidationCollector}();");
        writer.WriteLine("Validate(value, ref errors);");
        writer.WriteLine("return errors.ToResult();");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
    }

    // The same checks twice: a quick yes/no that stops at the first violation (what a hand-written check does, so valid
    // instances cost no more), then the collecting form with paths and messages, run only when the first says no.
    private static void EmitBodies(SourceWriter writer, TypeTargetSpec target, NamingPolicy policy, System.Action<Body> members)
    {
        bool reference = target.Keyword is "class" or "record";
        writer.WriteLine("/// <summary>Whether <paramref name=\"value\"/> has no violation; stops at the first.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        writer.WriteLine($"private static bool {QuickCheckName}({target.FullyQualifiedName} value)");
        writer.OpenBlock();
        if (reference) writer.WriteLine("if (value is null) return false;");
        var quick = new Body(writer, policy, quick: true);
        members(quick);
        writer.WriteLine(quick.NeverValid ? "return false;" : "return true;");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("/// <summary>Adds the violations of <paramref name=\"value\"/> to <paramref name=\"errors\"/>, with paths relative to it.</summary>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"public static void Validate({target.FullyQualifiedName} value, ref {TypeRefs.ValidationCollector} errors)");
        writer.OpenBlock();
        if (reference)
        {
            writer.WriteLine("if (value is null)");
            writer.OpenBlock();
            writer.WriteLine("errors.Add(\"\", \"the value is null\");");
            writer.WriteLine("return;");
            writer.CloseBlock();
        }
        members(new Body(writer, policy, quick: false));
        writer.CloseBlock();
        writer.WriteLine();
    }

    /// <summary>The checks of one method body; locals are numbered so nested loops never clash.</summary>
    /// <summary>In the quick form a violation returns <see langword="false"/>; in the collecting form it is added with its path.</summary>
    private sealed class Body(SourceWriter writer, NamingPolicy policy, bool quick)
    {
        private int locals;

        private string Local(string prefix) => prefix + (locals++).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Whether a member's type can never be sent as its declared type, so the quick check always says no.</summary>
        public bool NeverValid { get; private set; }

        private void Error(PathCode path, string message) =>
            writer.WriteLine(quick ? "return false;" : $"errors.Add({path.Expression()}, {message});");

        /// <summary>Checks a value of <paramref name="shape"/> held by <paramref name="expression"/>.</summary>
        /// <param name="nullAllowed">Whether a missing value is valid here.</param>
        /// <param name="required">The nearest column's or property's <c>required</c>, which MLflow applies to nested items.</param>
        public void Value(TypeShape shape, string expression, PathCode path, bool nullAllowed, bool required, string nullMessage)
        {
            bool inner = NeedsInner(shape, required);
            bool nullCheck = !nullAllowed && ShapeCode.CanBeNull(shape);
            if (!inner && !nullCheck) return;
            string nullError = CSharpText.String(nullMessage);
            switch (ShapeCode.NullTestOf(shape))
            {
                case NullTest.Never:
                    NonNull(shape, expression, path, nullAllowed, required, nullError);
                    break;
                case NullTest.Unwrap when !inner && !ShapeCode.IsImmutableArray(shape):
                    writer.WriteLine($"if ({expression} is null)");
                    Block(() => Error(path, nullError));
                    break;
                case NullTest.Unwrap:
                    string unwrapped = Local("v");
                    writer.WriteLine($"if ({expression} is {{ }} {unwrapped})");
                    Block(() => NonNull(shape, unwrapped, path, nullAllowed, required, nullError));
                    if (!nullAllowed)
                    {
                        writer.WriteLine("else");
                        Block(() => Error(path, nullError));
                    }
                    break;
                default:
                    string local = Local("v");
                    writer.WriteLine($"var {local} = {expression};");
                    string isNull = ShapeCode.NullTestOf(shape) == NullTest.Reference ? $"{local} is null" : $"{TypeRefs.ValueChecks}.IsNull({local})";
                    if (!inner)
                    {
                        writer.WriteLine($"if ({isNull})");
                        Block(() => Error(path, nullError));
                        break;
                    }
                    if (nullCheck)
                    {
                        writer.WriteLine($"if ({isNull})");
                        Block(() => Error(path, nullError));
                        writer.WriteLine("else");
                    }
                    else
                    {
                        writer.WriteLine($"if (!({isNull}))");
                    }
                    Block(() => NonNull(shape, local, path, nullAllowed, required, nullError));
                    break;
            }
        }

        // Whether a present value needs any check (its items, properties, range), ignoring its own nullness.
        private static bool NeedsInner(TypeShape shape, bool required) => shape.Kind switch
        {
            ShapeKind.Scalar => ScalarCode.Check(shape.ClrType, shape.DataType!, "x") is not null,
            ShapeKind.Array => ShapeCode.IsImmutableArray(shape) || Needs(shape.Element!, ItemNullAllowed(shape.Element!, required), required),
            ShapeKind.Map => Needs(shape.Element!, MapValueNullAllowed(shape.Element!, required), required),
            ShapeKind.Object => shape.Properties.Any(p => Needs(p.Type, PropertyNullAllowed(p), p.Required)),
            _ => false,
        };

        private static bool Needs(TypeShape shape, bool nullAllowed, bool required) =>
            NeedsInner(shape, required) || (!nullAllowed && ShapeCode.CanBeNull(shape));

        // The enforcer: an array of scalars has no missing items; other items may be null unless the column is required.
        private static bool ItemNullAllowed(TypeShape item, bool required) =>
            item.Kind == ShapeKind.Any || (item.Kind != ShapeKind.Scalar && !required);

        private static bool MapValueNullAllowed(TypeShape value, bool required) => value.Kind == ShapeKind.Any || !required;

        private static bool PropertyNullAllowed(PropertyShape property) => !property.Required || property.Type.Kind == ShapeKind.Any;

        private void NonNull(TypeShape shape, string value, PathCode path, bool nullAllowed, bool required, string nullError)
        {
            switch (shape.Kind)
            {
                case ShapeKind.Scalar:
                    if (ScalarCode.Check(shape.ClrType, shape.DataType!, value) is { } check)
                    {
                        if (check.Condition == ScalarCode.Always)
                        {
                            // A constant "return false" would make the rest of the quick check unreachable code.
                            if (quick) NeverValid = true;
                            else Error(path, check.Message);
                            break;
                        }
                        writer.WriteLine($"if ({check.Condition})");
                        Block(() => Error(path, check.Message));
                    }
                    break;
                case ShapeKind.Array:
                    if (ShapeCode.IsImmutableArray(shape))
                    {
                        bool items = Needs(shape.Element!, ItemNullAllowed(shape.Element!, required), required);
                        if (!nullAllowed)
                        {
                            writer.WriteLine($"if ({value}.IsDefault)");
                            Block(() => Error(path, nullError));
                            if (items) writer.WriteLine("else");
                        }
                        else if (items)
                        {
                            writer.WriteLine($"if (!{value}.IsDefault)");
                        }
                        if (items) Block(() => Items(shape, value, path, required));
                        break;
                    }
                    Items(shape, value, path, required);
                    break;
                case ShapeKind.Map:
                    MapValues(shape, value, path, required, allowFastPath: true);
                    break;
                case ShapeKind.Object:
                    foreach (PropertyShape property in shape.Properties)
                    {
                        Value(property.Type, value + "." + CSharpText.Identifier(property.MemberName), path.Name(property.Name(policy)),
                            PropertyNullAllowed(property), property.Required, "null is not allowed (the property is required)");
                    }
                    break;
            }
        }

        private void Items(TypeShape shape, string list, PathCode path, bool required)
        {
            TypeShape item = shape.Element!;
            bool nullAllowed = ItemNullAllowed(item, required);
            if (!Needs(item, nullAllowed, required)) return;
            string message = item.Kind == ShapeKind.Scalar ? $"null is not allowed in an array of {item.DataType}" : "null is not allowed in a required array";
            string indexable = list;
            string count = shape.Container is ContainerKind.Array or ContainerKind.ImmutableArray ? "Length" : "Count";
            if (shape.Container == ContainerKind.ListInterface)
            {
                indexable = Local("l");
                writer.WriteLine($"var {indexable} = {TypeRefs.ValueChecks}.AsList({list});");
            }
            string i = Local("i");
            writer.WriteLine($"for (int {i} = 0; {i} < {indexable}.{count}; {i}++)");
            Block(() => Value(item, $"{indexable}[{i}]", path.Index(i), nullAllowed, required, message));
        }

        // A Dictionary<string, T> is walked with its struct enumerator; an interface-typed map is tested for one first,
        // so the common case allocates nothing (only the outermost map gets the second copy of the loop).
        private void MapValues(TypeShape shape, string map, PathCode path, bool required, bool allowFastPath)
        {
            TypeShape value = shape.Element!;
            bool nullAllowed = MapValueNullAllowed(value, required);
            if (!Needs(value, nullAllowed, required)) return;
            void Loop(string source)
            {
                string entry = Local("e");
                writer.WriteLine($"foreach (var {entry} in {source})");
                Block(() => Value(value, entry + ".Value", path.Key(entry + ".Key"), nullAllowed, required, "null is not allowed in a required map"));
            }
            if (shape.Container == ContainerKind.DictionaryInterface && allowFastPath)
            {
                string dictionary = Local("d");
                writer.WriteLine($"if ({map} is global::System.Collections.Generic.Dictionary<string, {ElementType(shape)}> {dictionary})");
                Block(() => Loop(dictionary));
                writer.WriteLine("else");
                Block(() => Loop(map));
                return;
            }
            Loop(map);
        }

        // The recorded CLR type has no nullable annotation; a nullable value needs it back (T? of a struct is another type).
        private static string ElementType(TypeShape map) => map.Element!.ClrType + (map.Element!.IsNullable ? "?" : string.Empty);

        /// <summary>Checks a tensor member: present, every fixed dimension, jagged levels regular and present, and
        /// string or bytes elements present.</summary>
        public void Tensor(TensorMapping tensor, string memberClrType, string access, PathCode path)
        {
            const string missing = "\"tensor is required but was null\"";
            // Strings, bytes and T? elements can be null; MLflow reads a null in a float tensor as NaN, elsewhere refuses it.
            bool referenceElements = tensor.DType != "object" && (ScalarCode.IsReference(tensor.ElementClrType)
                || (tensor.ElementClrType.EndsWith("?", System.StringComparison.Ordinal) && !tensor.DType.StartsWith("float", System.StringComparison.Ordinal)));
            if (tensor.Shape.Count == 0)
            {
                if (referenceElements || memberClrType.EndsWith("?", System.StringComparison.Ordinal))
                {
                    writer.WriteLine($"if ({access} is null)");
                    Block(() => Error(path, missing));
                }
                return;
            }
            var walk = new TensorWalk(tensor, referenceElements, Local("n"));
            string array = Local("t");
            writer.WriteLine($"var {array} = {access};");
            foreach (int dimension in walk.RaggedDimensions) writer.WriteLine($"int {walk.FirstLength(dimension)} = -1;");
            writer.WriteLine($"if ({array} is null)");
            Block(() => Error(path, missing));
            if (walk.HasChecks)
            {
                writer.WriteLine("else");
                Block(() => Level(walk, 0, 0, array, path));
            }
        }

        private void Level(TensorWalk walk, int level, int firstDimension, string array, PathCode path)
        {
            int rank = walk.Ranks[level];
            for (int k = 0; k < rank; k++)
            {
                int dimension = firstDimension + k;
                int expected = walk.Shape[dimension];
                string length = rank == 1 ? $"{array}.Length" : $"{array}.GetLength({k})";
                if (expected >= 0)
                {
                    writer.WriteLine($"if ({length} != {expected})");
                    Block(() => Error(path, $"{TypeRefs.TensorShapeCheck}.DimensionMessage({dimension}, {length}, {expected})"));
                }
                else if (walk.IsRagged(dimension))
                {
                    string first = walk.FirstLength(dimension);
                    writer.WriteLine($"if ({first} < 0) {first} = {length};");
                    writer.WriteLine($"else if ({length} != {first})");
                    Block(() => Error(path, $"{TypeRefs.TensorShapeCheck}.RaggedMessage({dimension}, {length}, {first})"));
                }
            }
            bool lastLevel = level == walk.Ranks.Count - 1;
            if (lastLevel && !walk.ReferenceElements) return;

            var indexes = new List<string>();
            for (int k = 0; k < rank; k++)
            {
                string i = Local("i");
                indexes.Add(i);
                string length = rank == 1 ? $"{array}.Length" : $"{array}.GetLength({k})";
                writer.WriteLine($"for (int {i} = 0; {i} < {length}; {i}++)");
                writer.OpenBlock();
            }
            PathCode itemPath = rank == 1 ? path.Index(indexes[0]) : path.Indexes(indexes);
            string item = Local("a");
            writer.WriteLine($"var {item} = {array}[{string.Join(", ", indexes)}];");
            writer.WriteLine($"if ({item} is null)");
            Block(() => Error(itemPath, lastLevel ? $"\"null is not allowed in a tensor of {walk.DType}\"" : "\"null is not allowed inside a tensor\""));
            if (!lastLevel)
            {
                writer.WriteLine("else");
                Block(() => Level(walk, level + 1, firstDimension + rank, item, itemPath));
            }
            for (int k = 0; k < rank; k++) writer.CloseBlock();
        }

        private void Block(System.Action body)
        {
            writer.OpenBlock();
            body();
            writer.CloseBlock();
        }
    }
}
