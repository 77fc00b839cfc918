using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Signatures.Generators.Model;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Emitting;

/// <summary>
/// Emits a signature class's typed request parser (<c>ReadRequest</c>) into its own file: private binding structs that
/// read one row's (or the params') values into fields and build the contract from them, and the overloads that hand a
/// body to the runtime reader. Whether a reader is generated is the <see cref="RequestPlanner"/>'s decision, made before
/// this renders: a signature reaches it only with a plan that says <see cref="RequestPlan.IsGenerated"/>.
/// </summary>
internal static class RequestEmitter
{
    /// <summary>The generated file name suffix.</summary>
    public const string HintSuffix = ".Request.g.cs";

    private const string InputBinding = "__SignaturesInputBinding";
    private const string ParamsBinding = "__SignaturesParamsBinding";
    private const string Holder = "__SignaturesRequestReader";
    private const string CellReader = "global::Signatures.Requests.CellReader";
    private const string ObjectValue = "global::Signatures.Enforcement.ObjectValue";

    /// <summary>The source output callback: renders the signatures whose plan generates a reader.</summary>
    public static void Emit(SourceProductionContext context, (SignatureSpec Signature, GeneratorOptions Options, RequestPlan Plan) input)
    {
        if (input.Plan.IsGenerated)
        {
            context.AddSource(input.Signature.Target.HintName + HintSuffix, Render(input.Signature, input.Options));
        }
    }

    /// <summary>The generated source of a signature whose plan generates a reader (<see cref="RequestPlans.For"/>).</summary>
    public static string Render(SignatureSpec signature, GeneratorOptions options)
    {
        RequestSpec request = signature.Request!;
        // The same plan as the Signature itself, so binding indexes are schema positions.
        PlannedColumn[] inputs = SchemaPlan.Columns(signature.Input, options)!;
        PlannedParam[]? parameters = signature.Params is { } paramsContract ? SchemaPlan.Params(paramsContract, options) : null;

        var constructions = request.Constructions.ToDictionary(c => c.ClrType, StringComparer.Ordinal);
        NamingPolicy inputPolicy = signature.Input.Contract is { } c ? options.For(c.Naming) : options.Naming;
        bool tensors = inputs[0].Member.Kind == MemberKind.Tensor;
        string rowType;
        string inputBinding;
        if (signature.Input.Contract is { } contract)
        {
            rowType = contract.Target.FullyQualifiedName;
            inputBinding = tensors
                ? TensorBinding(InputBinding, rowType, inputs, constructions)
                : Binding(InputBinding, rowType, inputs.Select(p => new BoundMember(p.Member.MemberName, p.Member.Column!, p.Member.Required)).ToArray(),
                    constructions, inputPolicy, ownsArrays: true);
        }
        else
        {
            TypeShape shape = inputs[0].Member.Column!;
            rowType = MemberConversions.FieldType(shape);
            inputBinding = ValueBinding(InputBinding, shape, constructions, inputPolicy);
        }
        string inputType = tensors ? rowType : rowType + "[]";
        string reader = tensors
            ? $"global::Signatures.Requests.TensorRequestReader<{rowType}, {InputBinding}>"
            : $"global::Signatures.Requests.ColumnRequestReader<{rowType}, {InputBinding}>";

        string? paramsType = null;
        string? paramsBinding = null;
        if (signature.Params is { } paramsSpec)
        {
            paramsType = paramsSpec.Target.FullyQualifiedName;
            var members = parameters!.Select(p => new BoundMember(p.Param.MemberName, p.Param.Type!, !p.Param.Type!.IsNullable)).ToArray();
            paramsBinding = Binding(ParamsBinding, paramsType, members, constructions, options.For(paramsSpec.Naming), ownsArrays: false);
        }

        var writer = new SourceWriter();
        TypeFrame.Open(writer, signature.Target, string.Empty);
        EmitReadRequest(writer, request.IsPublic ? "public" : "internal", inputType, paramsType);
        writer.WriteLine();
        writer.WriteLine($"private static class {Holder}");
        writer.OpenBlock();
        writer.WriteLine($"internal static readonly {reader} Instance = new(Signature);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine(inputBinding);
        if (paramsBinding is not null)
        {
            writer.WriteLine();
            writer.WriteLine(paramsBinding);
        }
        TypeFrame.Close(writer, signature.Target);
        return writer.ToString();
    }

    private static void EmitReadRequest(SourceWriter writer, string access, string inputType, string? paramsType)
    {
        string result = paramsType is null
            ? $"global::Signatures.Requests.ModelRequest<{inputType}>"
            : $"global::Signatures.Requests.ModelRequest<{inputType}, {paramsType}>";
        string call = paramsType is null ? "Read" : $"Read<{paramsType}, {ParamsBinding}>";
        const string Parameters = "string? contentType = \"application/json\", global::Signatures.Enforcement.EnforcementOptions? options = null";
        writer.WriteLine("""
            /// <summary>
            /// Reads a serving request for this signature: <c>application/json</c> (<c>dataframe_split</c>, <c>dataframe_records</c>,
            /// <c>instances</c> or <c>inputs</c>, optional <c>params</c>, or the unified LLM body) or <c>text/csv</c>, enforced by the
            /// signature's conversion rules, into the typed input (and params); or a rejection naming the stage and the problem.
            /// Never throws for a bad request.
            /// </summary>
            /// <param name="body">The body as sent (UTF-8).</param>
            /// <param name="contentType">The <c>Content-Type</c> header; <see langword="null"/> means <c>application/json</c>.</param>
            /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
            /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="options"/> has a limit out of range.</exception>
            """);
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"{access} static {result} ReadRequest(global::System.ReadOnlySpan<byte> body, {Parameters}) =>");
        writer.WriteLine($"    {Holder}.Instance.{call}(body, contentType, options);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc cref=\"ReadRequest(global::System.ReadOnlySpan{byte}, string?, global::Signatures.Enforcement.EnforcementOptions?)\"/>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"{access} static {result} ReadRequest(byte[] body, {Parameters}) =>");
        writer.WriteLine($"    {Holder}.Instance.{call}(new global::System.ReadOnlySpan<byte>(body ?? throw new global::System.ArgumentNullException(nameof(body))), contentType, options);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc cref=\"ReadRequest(global::System.ReadOnlySpan{byte}, string?, global::Signatures.Enforcement.EnforcementOptions?)\"/>");
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"{access} static {result} ReadRequest(global::System.ReadOnlyMemory<byte> body, {Parameters}) =>");
        writer.WriteLine($"    {Holder}.Instance.{call}(body.Span, contentType, options);");
        EmitReadRequestAsync(writer, access, result, paramsType is null ? "ReadAsync" : $"ReadAsync<{paramsType}, {ParamsBinding}>");
    }

    // The body read to its end from a pipe or stream, copied at most once (Signatures.Requests.RequestBody), for servers.
    private static void EmitReadRequestAsync(SourceWriter writer, string access, string result, string call)
    {
        const string Parameters = "string? contentType = \"application/json\", global::Signatures.Enforcement.EnforcementOptions? options = null, "
            + "global::System.Threading.CancellationToken cancellationToken = default";
        foreach (string bodyType in new[] { "global::System.IO.Pipelines.PipeReader", "global::System.IO.Stream" })
        {
            writer.WriteLine();
            writer.WriteLine("""
                /// <summary>
                /// Reads a serving request from <paramref name="body"/> to its end (left open; the body is copied at most once) and then
                /// as <see cref="ReadRequest(global::System.ReadOnlySpan{byte}, string?, global::Signatures.Enforcement.EnforcementOptions?)"/>
                /// does; a body over the limit is rejected at the parse stage.
                /// </summary>
                /// <param name="body">The body (an ASP.NET Core request's <c>BodyReader</c> or <c>Body</c>, say).</param>
                /// <param name="contentType">The <c>Content-Type</c> header; <see langword="null"/> means <c>application/json</c>.</param>
                /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
                /// <param name="cancellationToken">Stops waiting for the body.</param>
                """);
            writer.WriteLine(GeneratedCodeInfo.Attribute);
            writer.WriteLine($"{access} static global::System.Threading.Tasks.ValueTask<{result}> ReadRequestAsync({bodyType} body, {Parameters}) =>");
            writer.WriteLine($"    {Holder}.Instance.{call}(body ?? throw new global::System.ArgumentNullException(nameof(body)), contentType, options, cancellationToken);");
        }
    }

    /// <summary>A member read from a column or param: its C# name, type shape, and whether a value must be present.</summary>
    private readonly record struct BoundMember(string Name, TypeShape Shape, bool Required);

    // The binding of a contract's planned members (schema order) to fields.
    private static string Binding(string name, string type, BoundMember[] members,
        Dictionary<string, ConstructionSpec> constructions, NamingPolicy policy, bool ownsArrays)
    {
        var helpers = new HelperWriter(constructions, policy, ownsArrays);
        var reads = new List<string>();
        var gets = new List<string>();
        for (int i = 0; i < members.Length; i++)
        {
            BoundMember member = members[i];
            string read = helpers.TopLevelRead(member.Shape, member.Required, "_" + i);
            reads.Add($"case {i}:\n{{\n{Indent(read)}\n}}");
            gets.Add($"case {i}: return {helpers.ToNatural(member.Shape, "value.@" + member.Name)};");
        }
        string build = Build(type, members.Select((m, i) => (m.Name, "_" + i)).ToList(), constructions);
        IEnumerable<string> fields = members.Select((m, i) => $"private {MemberConversions.FieldType(m.Shape)} _{i};");
        return SwitchBinding(name, type, fields, reads, build, gets, helpers);
    }

    // The binding of a tensors contract: one array (or scalar) member per tensor, copied from the enforcer's tensors.
    private static string TensorBinding(string name, string type, PlannedColumn[] tensors, Dictionary<string, ConstructionSpec> constructions)
    {
        var reads = new List<string>();
        var gets = new List<string>();
        var fields = new List<string>();
        for (int i = 0; i < tensors.Length; i++)
        {
            MemberMapping member = tensors[i].Member;
            TensorMapping tensor = member.Tensor!;
            fields.Add($"private {member.ClrType} _{i};");
            reads.Add($"case {i}: return cell.ReadTensor<{tensor.ElementClrType}, {member.ClrType}>(out _{i});");
            gets.Add($"case {i}: return value.@{member.MemberName};");
        }
        string build = Build(type, tensors.Select((t, i) => (t.Member.MemberName, "_" + i)).ToList(), constructions);
        return SwitchBinding(name, type, fields, reads, build, gets, helpers: null);
    }

    // A binding struct whose Read and Get switch over the member index; the helpers' methods, if any, follow Get.
    private static string SwitchBinding(string name, string type, IEnumerable<string> fields, List<string> reads, string build, List<string> gets, HelperWriter? helpers)
    {
        var writer = new SourceWriter();
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"private struct {name} : global::Signatures.Requests.IContractBinding<{type}>");
        writer.OpenBlock();
        foreach (string field in fields) writer.WriteLine(field);
        writer.WriteLine();
        writer.WriteLine($"public bool Read(int index, ref {CellReader} cell)");
        writer.OpenBlock();
        writer.WriteLine("switch (index)");
        writer.OpenBlock();
        foreach (string read in reads) writer.WriteLine(read);
        writer.WriteLine("default: return false;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"public {type} Build() => {build};");
        writer.WriteLine();
        writer.WriteLine($"public object? Get({type} value, int index, global::Signatures.Requests.PropertyPresence? presence)");
        writer.OpenBlock();
        writer.WriteLine("switch (index)");
        writer.OpenBlock();
        foreach (string get in gets) writer.WriteLine(get);
        writer.WriteLine("default: return null;");
        writer.CloseBlock();
        writer.CloseBlock();
        helpers?.WriteTo(writer);
        writer.CloseBlock();
        return writer.ToString().TrimEnd('\n');
    }

    // The binding of an unnamed column whose "row" is the value itself.
    private static string ValueBinding(string name, TypeShape shape, Dictionary<string, ConstructionSpec> constructions, NamingPolicy policy)
    {
        var helpers = new HelperWriter(constructions, policy, ownsArrays: true);
        string type = MemberConversions.FieldType(shape);
        string read = helpers.TopLevelRead(shape, required: true, "_0");
        var writer = new SourceWriter();
        writer.WriteLine(GeneratedCodeInfo.Attribute);
        writer.WriteLine($"private struct {name} : global::Signatures.Requests.IContractBinding<{type}>");
        writer.OpenBlock();
        writer.WriteLine($"private {type} _0;");
        writer.WriteLine();
        writer.WriteLine($"public bool Read(int index, ref {CellReader} cell)");
        writer.OpenBlock();
        writer.WriteLine("if (index != 0) return false;");
        writer.WriteLine(read);
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"public {type} Build() => _0;");
        writer.WriteLine();
        writer.WriteLine($"public object? Get({type} value, int index, global::Signatures.Requests.PropertyPresence? presence) => index == 0 ? {helpers.ToNatural(shape, "value")} : null;");
        helpers.WriteTo(writer);
        writer.CloseBlock();
        return writer.ToString().TrimEnd('\n');
    }

    /// <summary>The expression creating <paramref name="type"/> from values (the plan has checked that it can be created).</summary>
    internal static string Build(string type, List<(string Member, string Value)> values, Dictionary<string, ConstructionSpec> constructions)
    {
        ConstructionSpec construction = constructions[type];
        var byMember = values.ToDictionary(v => v.Member, v => v.Value, StringComparer.Ordinal);
        var arguments = new List<string>();
        var passed = new HashSet<string>(StringComparer.Ordinal);
        foreach (ConstructorArgument argument in construction.Arguments)
        {
            // A parameter of a member that is not read (unsupported, ignored) gets its type's default.
            string value = byMember.TryGetValue(argument.Member, out string? v) ? v : "default!";
            arguments.Add($"@{argument.Parameter}: {value}");
            passed.Add(argument.Member);
        }
        var initializers = new List<string>();
        foreach ((string member, string value) in values)
        {
            bool required = construction.RequiredMembers.Contains(member);
            if (passed.Contains(member) && !required) continue;
            initializers.Add($"@{member} = {value}");
        }
        string creation = $"new {type}({string.Join(", ", arguments)})";
        return initializers.Count == 0 ? creation : $"{creation} {{ {string.Join(", ", initializers)} }}";
    }

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : "    " + l));

    /// <summary>
    /// Writes the read statements of members and, for nested values, converter methods between the dynamic enforcer's
    /// representation (typed arrays of scalars, <c>object?[]</c>, <c>ObjectValue</c>) and the members' C# types.
    /// </summary>
    /// <param name="constructions">How to create nested object types.</param>
    /// <param name="policy">The naming policy of the contract's properties.</param>
    /// <param name="ownsArrays">Whether the arrays read belong to the request (input values) rather than being shared
    /// between requests (param defaults), so a member may take them without a copy.</param>
    private sealed class HelperWriter(Dictionary<string, ConstructionSpec> constructions, NamingPolicy policy, bool ownsArrays)
    {
        private readonly List<string> methods = new();
        private int next;

        /// <summary>The statements reading a top-level member into <paramref name="field"/>, ending with a return.</summary>
        public string TopLevelRead(TypeShape shape, bool required, string field)
        {
            if (shape.Kind != ShapeKind.Scalar)
            {
                string from = FromBoxed(shape);
                return $"if (!cell.ReadValue(out object? value, required: {CSharpText.Bool(required)})) return false;\nreturn {from}(value, ref cell, out {field});";
            }
            (string natural, string suffix) = MemberConversions.Natural(shape.DataType!);
            bool optional = shape.IsNullable;
            if (shape.ClrType == natural)
            {
                return optional ? $"return cell.ReadOptional{suffix}(out {field});" : $"return cell.Read{suffix}(out {field});";
            }
            string source = optional && MemberConversions.NaturalIsValueType(shape.DataType!) ? "value.Value" : "value";
            string? call = MemberConversions.ConvertCall(shape.DataType!, shape.ClrType, source, "out " + shape.ClrType + " converted");
            string read = optional ? $"if (!cell.ReadOptional{suffix}(out {natural}? value)) return false;\n" : $"if (!cell.Read{suffix}(out {natural} value)) return false;\n";
            string missing = optional ? $"if (value is null)\n{{\n    {field} = null;\n    return true;\n}}\n" : string.Empty;
            return call is null
                ? $"{read}{missing}{field} = {source};\nreturn true;"
                : $"{read}{missing}if (!{call}) return false;\n{field} = converted;\nreturn true;";
        }

        /// <summary>An expression giving <paramref name="value"/> (of the shape's type) in the dynamic enforcer's representation.</summary>
        public string ToNatural(TypeShape shape, string value)
        {
            if (shape.Kind == ShapeKind.Scalar)
            {
                string local = "v" + locals++;
                string natural = MemberConversions.ToNatural(shape.DataType!, shape.ClrType, local);
                return shape.IsNullable || !MemberConversions.IsValueType(shape.ClrType)
                    ? $"({value} is {{ }} {local} ? {natural} : null)"
                    : MemberConversions.ToNatural(shape.DataType!, shape.ClrType, value);
            }
            return $"{ToBoxed(shape)}({value}, presence)";
        }

        public void WriteTo(SourceWriter writer)
        {
            foreach (string method in methods)
            {
                writer.WriteLine();
                writer.WriteLine(method);
            }
        }

        // bool FromN(object? value, ref CellReader cell, out T result): the dynamic representation to the member type.
        private string FromBoxed(TypeShape shape)
        {
            string name = "From" + next++;
            string type = MemberConversions.FieldType(shape);
            var body = new List<string> { "result = default!;" };
            body.Add(shape.IsNullable || shape.Kind == ShapeKind.Any
                ? "if (value is null) return true;"
                : $"if (value is null) return cell.Refuse(\"null does not fit the member's C# type {Escape(ShortName(shape.ClrType))} (a nullable type would take it)\");");
            switch (shape.Kind)
            {
                case ShapeKind.Scalar:
                {
                    string natural = MemberConversions.Natural(shape.DataType!).Natural;
                    body.Add($"if (value is not {natural} item) return cell.Refuse(\"expected {shape.DataType}\");");
                    string? call = MemberConversions.ConvertCall(shape.DataType!, shape.ClrType, "item", $"out {shape.ClrType} converted");
                    if (call is null)
                    {
                        body.Add("result = item;");
                        body.Add("return true;");
                    }
                    else
                    {
                        body.Add($"bool ok = {call};");
                        body.Add("result = converted;");
                        body.Add("return ok;");
                    }
                    break;
                }
                case ShapeKind.Array:
                {
                    TypeShape element = shape.Element!;
                    string elementType = MemberConversions.FieldType(element);
                    string container = shape.Container switch
                    {
                        ContainerKind.Array => "list.ToArray()",
                        ContainerKind.List or ContainerKind.ListInterface => "list",
                        ContainerKind.ImmutableArray => "global::System.Collections.Immutable.ImmutableArray.CreateRange(list)",
                        _ => throw Unplanned(shape),
                    };
                    if (element.Kind == ShapeKind.Scalar)
                    {
                        // The enforcer gives a typed array (null items are refused): convert item by item without boxing.
                        string natural = MemberConversions.Natural(element.DataType!).Natural;
                        body.Add($"if (value is not {natural}[] items) return cell.Refuse(\"expected an array of {element.DataType}\");");
                        if (ownsArrays && shape.Container == ContainerKind.Array && element.ClrType == natural && !element.IsNullable)
                        {
                            body.Add("result = items; // the enforcer's array belongs to this request");
                            body.Add("return true;");
                            break;
                        }
                        body.Add("bool ok = true;");
                        body.Add($"var list = new global::System.Collections.Generic.List<{elementType}>(items.Length);");
                        body.Add($"foreach ({natural} item in items)");
                        body.Add("{");
                        string? call = MemberConversions.ConvertCall(element.DataType!, element.ClrType, "item", $"out {element.ClrType} converted");
                        if (call is null)
                        {
                            body.Add("    list.Add(item);");
                        }
                        else
                        {
                            body.Add($"    ok &= {call};");
                            body.Add("    list.Add(converted);");
                        }
                        body.Add("}");
                    }
                    else
                    {
                        string fromElement = FromBoxed(element);
                        body.Add("if (value is not object?[] items) return cell.Refuse(\"expected an array\");");
                        body.Add("bool ok = true;");
                        body.Add($"var list = new global::System.Collections.Generic.List<{elementType}>(items.Length);");
                        body.Add("foreach (object? item in items)");
                        body.Add("{");
                        body.Add($"    ok &= {fromElement}(item, ref cell, out {elementType} converted);");
                        body.Add("    list.Add(converted);");
                        body.Add("}");
                    }
                    body.Add($"result = {container};");
                    body.Add("return ok;");
                    break;
                }
                case ShapeKind.Map:
                {
                    TypeShape element = shape.Element!;
                    string elementType = MemberConversions.FieldType(element);
                    string fromElement = FromBoxed(element);
                    body.Add($"if (value is not {ObjectValue} map) return cell.Refuse(\"expected an object (map)\");");
                    body.Add($"var dictionary = new global::System.Collections.Generic.Dictionary<string, {elementType}>(map.Count);");
                    body.Add("bool ok = true;");
                    body.Add("foreach (global::System.Collections.Generic.KeyValuePair<string, object?> entry in map)");
                    body.Add("{");
                    body.Add($"    ok &= {fromElement}(entry.Value, ref cell, out {elementType} converted);");
                    body.Add("    dictionary[entry.Key] = converted;");
                    body.Add("}");
                    body.Add("result = dictionary;");
                    body.Add("return ok;");
                    break;
                }
                case ShapeKind.Object:
                {
                    body.Add($"if (value is not {ObjectValue} properties) return cell.Refuse(\"expected an object\");");
                    body.Add("bool ok = true;");
                    body.Add("ulong absent = 0, explicitNulls = 0;");
                    var values = new List<(string Member, string Value)>();
                    List<(string Name, PropertyShape Property)> sorted = SchemaPlan.SortedProperties(shape, policy);
                    int i = 0;
                    foreach (PropertyShape property in shape.Properties)
                    {
                        string fromProperty = FromBoxed(property.Type);
                        string local = "p" + i++;
                        string propertyName = property.Name(policy);
                        int index = sorted.FindIndex(p => p.Name == propertyName);
                        body.Add($"{MemberConversions.FieldType(property.Type)} {local} = default!;");
                        body.Add($"if (properties.TryGetValue({CSharpText.String(propertyName)}, out object? {local}Value))");
                        body.Add("{");
                        body.Add($"    ok &= {fromProperty}({local}Value, ref cell, out {local});");
                        if (!property.Required) body.Add($"    if ({local}Value is null) explicitNulls |= 1UL << {index};");
                        body.Add("}");
                        // An optional Object may arrive as {} (MLflow passes it on as is): its required members stay default.
                        if (property.Required) body.Add($"else absent |= 1UL << {index};");
                        values.Add((property.MemberName, local));
                    }
                    string build = Build(shape.ClrType, values, constructions);
                    body.Add($"result = {build};");
                    body.Add("if ((absent | explicitNulls) != 0) cell.NoteProperties(result!, absent, explicitNulls);");
                    body.Add("return ok;");
                    break;
                }
                case ShapeKind.Any:
                    body.Add("result = value;");
                    body.Add("return true;");
                    break;
                default:
                    throw Unplanned(shape);
            }
            methods.Add($"private static bool {name}(object? value, ref {CellReader} cell, out {type} result)\n{{\n{Indent(string.Join("\n", body))}\n}}");
            return name;
        }

        // object? ToN(T value): the member type to the dynamic representation (for the normalized document).
        private string ToBoxed(TypeShape shape)
        {
            string name = "To" + next++;
            string type = MemberConversions.FieldType(shape);
            bool valueType = IsValueType(shape);
            var body = new List<string>();
            if (shape.IsNullable || !valueType) body.Add("if (value is null) return null;");
            body.Add(shape.IsNullable && valueType ? "var v = value.Value;" : "var v = value;");
            if (shape.Container == ContainerKind.ImmutableArray) body.Add("if (v.IsDefault) return null;");
            switch (shape.Kind)
            {
                case ShapeKind.Scalar:
                    body.Add($"return {MemberConversions.ToNatural(shape.DataType!, shape.ClrType, "v")};");
                    break;
                case ShapeKind.Array:
                    body.Add("var items = new global::System.Collections.Generic.List<object?>();");
                    body.Add($"foreach ({MemberConversions.FieldType(shape.Element!)} item in v) items.Add({ToNatural(shape.Element!, "item")});");
                    body.Add("return items.ToArray();");
                    break;
                case ShapeKind.Map:
                    body.Add("var entries = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, object?>>();");
                    body.Add($"foreach (global::System.Collections.Generic.KeyValuePair<string, {MemberConversions.FieldType(shape.Element!)}> entry in v)");
                    body.Add($"    entries.Add(new global::System.Collections.Generic.KeyValuePair<string, object?>(entry.Key, {ToNatural(shape.Element!, "entry.Value")}));");
                    body.Add($"return new {ObjectValue}(entries.ToArray());");
                    break;
                case ShapeKind.Object:
                    body.Add("var entries = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, object?>>();");
                    int index = 0;
                    foreach ((string propertyName, PropertyShape property) in SchemaPlan.SortedProperties(shape, policy))
                    {
                        string natural = ToNatural(property.Type, "v.@" + property.MemberName);
                        string local = "p" + locals++;
                        string entry = "new global::System.Collections.Generic.KeyValuePair<string, object?>";
                        string add = $"entries.Add({entry}({CSharpText.String(propertyName)}, {local}));";
                        if (property.Required)
                        {
                            body.Add($"if ({natural} is {{ }} {local} && (presence is null || !presence.IsAbsent(v, {index}))) {add}");
                        }
                        else
                        {
                            body.Add($"if ({natural} is {{ }} {local}) {add}");
                            body.Add($"else if (presence is not null && presence.IsExplicitNull(v, {index})) entries.Add({entry}({CSharpText.String(propertyName)}, null));");
                        }
                        index++;
                    }
                    body.Add($"return new {ObjectValue}(entries.ToArray());");
                    break;
                default:
                    body.Add("return v;");
                    break;
            }
            methods.Add($"private static object? {name}({type} value, global::Signatures.Requests.PropertyPresence? presence)\n{{\n{Indent(string.Join("\n", body))}\n}}");
            return name;
        }

        // Whether the member type is a struct (scalars by the type table, objects by their declaration, ImmutableArray).
        private bool IsValueType(TypeShape shape) => shape.Kind switch
        {
            ShapeKind.Scalar => MemberConversions.IsValueType(shape.ClrType),
            ShapeKind.Object => constructions.TryGetValue(shape.ClrType, out ConstructionSpec? c) && c.IsValueType,
            ShapeKind.Array => shape.Container == ContainerKind.ImmutableArray,
            _ => false,
        };

        // The RequestPlanner refuses every shape the reader cannot convert; reaching one here is a planner bug.
        private static System.InvalidOperationException Unplanned(TypeShape shape) =>
            new($"The request plan let through a member type the reader cannot convert: {shape.ClrType}");

        private int locals;

        private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

        // The type as a person writes it: global:: and namespaces left out.
        private static string ShortName(string clrType) => System.Text.RegularExpressions.Regex.Replace(clrType, @"global::([A-Za-z_][A-Za-z0-9_]*\.)*", string.Empty);
    }
}
