using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
#if SIGNATURES_RUNTIME
using Signatures.Runtime.Shared;
#else
using Signatures.Shared.Mapping;
#endif

namespace Signatures.Shared.Artifacts;

/// <summary>
/// Writes C# contracts for a model signature (schema first): a <c>[ModelInput]</c> and a <c>[ModelOutput]</c> positional
/// record for named columns or tensors, a <c>[ModelParams]</c> record with the defaults as initializers, records for
/// object types, and the <c>[ModelSignature]</c> class, chosen so that the shared mapping gives back exactly the
/// signature it was written from. Each contract states its naming policy (the one under which the fewest members need
/// <c>[Column("...")]</c>), so the project's <c>SignaturesColumnNaming</c> cannot change the names.
/// Signatures C# cannot express give a reason instead of code.
/// </summary>
internal sealed class ContractSourceWriter
{
    private static readonly NamingPolicy[] Policies = { NamingPolicy.AsDeclared, NamingPolicy.SnakeCase, NamingPolicy.CamelCase };

    private readonly StringBuilder types = new();
    private readonly HashSet<string> typeNames = new(StringComparer.Ordinal);
    // The record written for each object type (keyed by the parsed type object, so a default finds its record).
    private readonly Dictionary<(ArtifactType Type, bool ForParams), string> objectTypes = new();
    private string? failure;

    private ContractSourceWriter()
    {
    }

    /// <summary>Writes the file; on <see langword="false"/>, <paramref name="reason"/> says what C# cannot express.</summary>
    public static bool TryWrite(ArtifactSignature signature, string namespaceName, string className, out string source, out string reason)
    {
        var writer = new ContractSourceWriter();
        source = writer.Write(signature, namespaceName, className) ?? string.Empty;
        reason = writer.failure ?? string.Empty;
        return writer.failure is null;
    }

    private string? Write(ArtifactSignature signature, string namespaceName, string className)
    {
        typeNames.Add(className);
        string input = Part(signature.Inputs, className + "Input", "ModelInput", "inputs");
        string output = Part(signature.Outputs, className + "Output", "ModelOutput", "outputs");
        string? parameters = signature.Params is { Count: > 0 } list ? Params(list, className + "Params") : null;
        if (signature.Inputs is null && signature.Outputs is null && parameters is null) Fail("the signature has no inputs, outputs or params");
        if (failure is not null) return null;

        var builder = new StringBuilder();
        builder.Append("// Contracts for an MLflow model signature, written by 'signatures contracts'. The Signatures generator turns\n")
            .Append("// them back into the same signature; edit them freely (the analyzers check them).\n")
            .Append("#nullable enable\n")
            .Append("using Signatures;\n\n")
            .Append("namespace ").Append(namespaceName).Append(";\n");
        builder.Append(types);
        builder.Append('\n')
            .Append("[ModelSignature<").Append(input).Append(", ").Append(output).Append(parameters is null ? string.Empty : ", " + parameters).Append(">]\n")
            .Append("public static partial class ").Append(className).Append(";\n");
        return builder.ToString();
    }

    // The type argument for one schema: a contract's name, a column type, or NoSchema.
    private string Part(IReadOnlyList<ArtifactColumn>? columns, string contractName, string role, string part)
    {
        if (columns is null) return "NoSchema";
        if (columns.Count == 0)
        {
            Fail($"the {part} schema is empty");
            return string.Empty;
        }
        if (columns[0].Name is null)
        {
            if (columns.Count != 1 || columns[0].IsTensor)
            {
                Fail($"the {part} are {(columns[0].IsTensor ? "unnamed tensors" : "several unnamed columns")}: a contract's members always have names, and a type argument stands for one unnamed column");
                return string.Empty;
            }
            ArtifactColumn column = columns[0];
            if (!column.RequiredIsWritten || !column.Required)
            {
                Fail($"the unnamed {part} column is {(column.RequiredIsWritten ? "optional" : "written without 'required' (a legacy schema)")}: a type argument is always one required column");
                return string.Empty;
            }
            return ColumnType(column.Type!, required: true, column.Name ?? part, NamingPolicy.AsDeclared) ?? string.Empty;
        }
        WriteColumnContract(columns, contractName, role);
        return contractName;
    }

    private void WriteColumnContract(IReadOnlyList<ArtifactColumn> columns, string name, string role)
    {
        Reserve(name);
        var names = new List<string>();
        foreach (ArtifactColumn column in columns) names.Add(column.Name!);
        NamingPolicy policy = BestPolicy(names, columns);
        var members = new MemberNames(name, GeneratedMemberNames.ColumnContract);
        var parameters = new List<string>();
        foreach (ArtifactColumn column in columns)
        {
            string member = members.For(column.Name!);
            bool named = ColumnNames.Apply(member, policy) == column.Name;
            if (column.IsTensor)
            {
                // MLflow's 'object' tensors hold Python objects: object elements with the dtype stated.
                bool objects = column.DType == "object";
                string? type = objects
                    ? CSharpContractText.TensorArrayType("object", column.Shape!.Count)
                    : CSharpContractText.TensorType(column.DType!, column.Shape!.Count);
                if (type is null)
                {
                    Fail($"tensor '{column.Name}' has dtype '{column.DType}', which has no C# element type");
                    return;
                }
                string shape = string.Join(", ", column.Shape);
                var namedArguments = new List<string>();
                if (!named) namedArguments.Add("Name = " + CSharpContractText.StringLiteral(column.Name!));
                if (objects) namedArguments.Add("DType = \"object\"");
                string arguments = string.Join(", ", shape.Length > 0 ? new[] { shape }.Concat(namedArguments) : namedArguments);
                parameters.Add($"[property: Tensor{(arguments.Length == 0 ? string.Empty : "(" + arguments + ")")}] {type} {member}");
                continue;
            }
            if (!column.RequiredIsWritten)
            {
                Fail($"column '{column.Name}' is written without 'required' (a legacy schema); contracts always write required true or false");
                return;
            }
            string? columnType = ColumnType(column.Type!, column.Required, column.Name!, policy);
            if (columnType is null) return;
            parameters.Add((named ? string.Empty : $"[property: Column({CSharpContractText.StringLiteral(column.Name!)})] ") + columnType + " " + member);
        }
        types.Append('\n')
            .Append('[').Append(role).Append("(Naming = ColumnNaming.").Append(PolicyName(policy)).Append(")]\n")
            .Append("public partial record ").Append(name).Append("(\n    ")
            .Append(string.Join(",\n    ", parameters))
            .Append(");\n");
    }

    private string? Params(IReadOnlyList<ArtifactParam> parameters, string name)
    {
        Reserve(name);
        var names = new List<string>();
        foreach (ArtifactParam param in parameters) names.Add(param.Name);
        NamingPolicy policy = BestPolicy(names, Array.Empty<ArtifactColumn>(), parameters);
        var members = new MemberNames(name, GeneratedMemberNames.ParamsContract);
        var lines = new List<string>();
        foreach (ArtifactParam param in parameters)
        {
            string member = members.For(param.Name);
            string attribute = ColumnNames.Apply(member, policy) == param.Name ? string.Empty : $"[Column({CSharpContractText.StringLiteral(param.Name)})] ";
            if (!JsonTextParser.TryParse(param.DefaultJson, out JsonNode value, out string error))
            {
                Fail($"param '{param.Name}' has an unreadable default: {error}");
                return null;
            }
            string? type;
            string? initializer;
            if (param.TypeName == "object")
            {
                type = ObjectType(param.Type, param.Name, policy, forParams: true);
                initializer = type is null ? null : ObjectDefault(value, param.Type, type, policy, param.Name);
            }
            else
            {
                type = ParamScalarType(param, value);
                initializer = type is null ? null : ParamDefault(param, value);
            }
            if (type is null || failure is not null) return null;
            if (value.Kind == JsonNodeKind.Null) type += "?";
            lines.Add($"    {attribute}public {type} {member} {{ get; init; }}{(initializer is null ? string.Empty : " = " + initializer + ";")}");
        }
        types.Append('\n')
            .Append("[ModelParams(Naming = ColumnNaming.").Append(PolicyName(policy)).Append(")]\n")
            .Append("public partial record ").Append(name).Append('\n')
            .Append("{\n").Append(string.Join("\n", lines)).Append("\n}\n");
        return name;
    }

    private string? ParamScalarType(ArtifactParam param, JsonNode value)
    {
        if (param.TypeName == "datetime")
        {
            // A date alone is what Python's date.isoformat() writes; C#'s DateOnly writes the same.
            return DateDefault(value) is { } text && text.StartsWith("new System.DateOnly", StringComparison.Ordinal) && !param.IsList
                ? "System.DateOnly"
                : "System.DateTime" + (param.IsList ? "[]" : string.Empty);
        }
        if (CSharpContractText.ScalarType(param.TypeName) is not { } scalar)
        {
            Fail($"param '{param.Name}' has type '{param.TypeName}', which has no C# type");
            return null;
        }
        if (param.TypeName == "binary")
        {
            Fail($"param '{param.Name}' is binary, which MLflow params do not support");
            return null;
        }
        return scalar + (param.IsList ? "[]" : string.Empty);
    }

    private string? ParamDefault(ArtifactParam param, JsonNode value)
    {
        if (value.Kind == JsonNodeKind.Null) return null; // a nullable member without an initializer defaults to null
        if (param.TypeName == "datetime")
        {
            if (param.IsList)
            {
                var items = new List<string>();
                foreach (JsonNode item in value.Items) items.Add(DateDefault(item) ?? Unreadable(param.Name, item));
                return "[" + string.Join(", ", items) + "]";
            }
            return DateDefault(value) ?? Unreadable(param.Name, value);
        }
        if (param.TypeName == "integer" && !FitsInt(value))
        {
            Fail($"param '{param.Name}' is an MLflow integer with the default {value.ToPythonJson()}, which does not fit int, the C# type of integer");
            return null;
        }
        return CSharpContractText.ParamDefault(value, param.TypeName, param.IsList) ?? Unreadable(param.Name, value);
    }

    private static bool FitsInt(JsonNode value)
    {
        if (value.Kind == JsonNodeKind.Array)
        {
            foreach (JsonNode item in value.Items)
            {
                if (!FitsInt(item)) return false;
            }
            return true;
        }
        return value.Kind != JsonNodeKind.Number || int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
    }

    private string Unreadable(string name, JsonNode value)
    {
        Fail($"param '{name}' has the default {value.ToPythonJson()}, which C# cannot write as a constant of its type");
        return string.Empty;
    }

    // ISO dates as MLflow writes datetime defaults: a DateOnly for a date, else a DateTime to the microsecond.
    private static string? DateDefault(JsonNode value)
    {
        if (value.Kind != JsonNodeKind.String) return null;
        string text = value.Text;
        if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
        {
            return Invariant($"new System.DateOnly({date.Year}, {date.Month}, {date.Day})");
        }
        string[] formats = { "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.ffffff" };
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime time)) return null;
        int micro = (int)(time.Ticks % TimeSpan.TicksPerSecond / 10);
        return micro == 0
            ? Invariant($"new System.DateTime({time.Year}, {time.Month}, {time.Day}, {time.Hour}, {time.Minute}, {time.Second})")
            : Invariant($"new System.DateTime({time.Year}, {time.Month}, {time.Day}, {time.Hour}, {time.Minute}, {time.Second}, {micro / 1000}, {micro % 1000})");
    }

    // The C# type of a column type; object types become records written into the file.
    private string? ColumnType(ArtifactType type, bool required, string columnName, NamingPolicy policy, bool forParams = false)
    {
        string? text = type.Kind switch
        {
            ArtifactTypeKind.Scalar when CSharpContractText.ScalarType(type.DataType!) is { } scalar => scalar,
            ArtifactTypeKind.Scalar => null,
            ArtifactTypeKind.Array => ColumnType(type.Element!, true, columnName, policy, forParams) is { } item ? item + "[]" : null,
            ArtifactTypeKind.Map => ColumnType(type.Element!, true, columnName, policy, forParams) is { } value ? "System.Collections.Generic.Dictionary<string, " + value + ">" : null,
            ArtifactTypeKind.Object => ObjectType(type, columnName, policy, forParams),
            _ => "object",
        };
        if (text is null)
        {
            if (failure is null) Fail($"column '{columnName}' has type '{type}', which no C# type maps to");
            return null;
        }
        return required ? text : text + "?";
    }

    // A record for an MLflow object: positional for columns; init properties for params, whose defaults set them by name.
    private string? ObjectType(ArtifactType type, string ownerName, NamingPolicy policy, bool forParams)
    {
        if (objectTypes.TryGetValue((type, forParams), out string? existing)) return existing;
        string name = Reserve(CSharpContractText.MemberName(ownerName));
        var members = new MemberNames(name, Array.Empty<string>());
        var declarations = new List<string>();
        foreach (ArtifactProperty property in type.Properties)
        {
            string member = members.For(property.Name);
            string? propertyType = ColumnType(property.Type, property.Required, property.Name, policy, forParams);
            if (propertyType is null) return null;
            bool named = ColumnNames.Apply(member, policy) == property.Name;
            string attribute = named ? string.Empty : $"[{(forParams ? string.Empty : "property: ")}Column({CSharpContractText.StringLiteral(property.Name)})] ";
            declarations.Add(forParams
                ? $"    {attribute}public {(property.Required && !IsValueType(property.Type) ? "required " : string.Empty)}{propertyType} {member} {{ get; init; }}"
                : attribute + propertyType + " " + member);
        }
        objectTypes[(type, forParams)] = name;
        types.Append('\n');
        if (forParams)
        {
            types.Append("public sealed record ").Append(name).Append("\n{\n").Append(string.Join("\n", declarations)).Append("\n}\n");
        }
        else
        {
            types.Append("public sealed record ").Append(name).Append('(').Append(string.Join(", ", declarations)).Append(");\n");
        }
        return name;
    }

    private string? ObjectDefault(JsonNode value, ArtifactType type, string typeName, NamingPolicy policy, string paramName)
    {
        if (value.Kind == JsonNodeKind.Null) return null;
        if (value.Kind != JsonNodeKind.Object)
        {
            Unreadable(paramName, value);
            return null;
        }
        var members = new MemberNames(typeName, Array.Empty<string>());
        var byName = new Dictionary<string, (string Member, ArtifactProperty Property)>(StringComparer.Ordinal);
        foreach (ArtifactProperty property in type.Properties) byName[property.Name] = (members.For(property.Name), property);
        var assignments = new List<string>();
        foreach (KeyValuePair<string, JsonNode> field in value.Members)
        {
            if (!byName.TryGetValue(field.Key, out var target))
            {
                Unreadable(paramName, value);
                return null;
            }
            string? text = target.Property.Type.Kind switch
            {
                ArtifactTypeKind.Object => ObjectDefault(field.Value, target.Property.Type, objectTypes[(target.Property.Type, true)], policy, paramName),
                ArtifactTypeKind.Scalar => CSharpContractText.ParamDefault(field.Value, target.Property.Type.DataType!, false),
                ArtifactTypeKind.Array when target.Property.Type.Element!.Kind == ArtifactTypeKind.Scalar =>
                    CSharpContractText.ParamDefault(field.Value, target.Property.Type.Element.DataType!, true),
                _ => null,
            };
            if (text is null)
            {
                Unreadable(paramName, value);
                return null;
            }
            assignments.Add(target.Member + " = " + text);
        }
        return "new() { " + string.Join(", ", assignments) + " }";
    }

    private static bool IsValueType(ArtifactType type) =>
        type.Kind == ArtifactTypeKind.Scalar && type.DataType is "boolean" or "integer" or "long" or "float" or "double" or "datetime";

    // The policy under which the fewest names need an explicit [Column] (ties: as declared, then snake_case, camelCase).
    private static NamingPolicy BestPolicy(List<string> names, IReadOnlyList<ArtifactColumn> columns, IReadOnlyList<ArtifactParam>? parameters = null)
    {
        var all = new List<string>(names);
        foreach (ArtifactColumn column in columns)
        {
            if (column.Type is not null) CollectPropertyNames(column.Type, all);
        }
        if (parameters is not null)
        {
            foreach (ArtifactParam param in parameters) CollectPropertyNames(param.Type, all);
        }
        NamingPolicy best = NamingPolicy.AsDeclared;
        int fewest = int.MaxValue;
        foreach (NamingPolicy policy in Policies)
        {
            int explicitNames = 0;
            foreach (string name in all)
            {
                if (ColumnNames.Apply(CSharpContractText.MemberName(name), policy) != name) explicitNames++;
            }
            if (explicitNames < fewest)
            {
                fewest = explicitNames;
                best = policy;
            }
        }
        return best;
    }

    private static void CollectPropertyNames(ArtifactType type, List<string> names)
    {
        foreach (ArtifactProperty property in type.Properties)
        {
            names.Add(property.Name);
            CollectPropertyNames(property.Type, names);
        }
        if (type.Element is not null) CollectPropertyNames(type.Element, names);
    }

    private static string PolicyName(NamingPolicy policy) => policy switch
    {
        NamingPolicy.SnakeCase => "SnakeCase",
        NamingPolicy.CamelCase => "CamelCase",
        _ => "AsDeclared",
    };

    private string Reserve(string name)
    {
        string unique = name;
        for (int i = 2; !typeNames.Add(unique); i++) unique = name + i.ToString(CultureInfo.InvariantCulture);
        return unique;
    }

    private void Fail(string reason) => failure ??= reason;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Member names of one type: PascalCase from the MLflow name, unique, never the type's own name or a
    /// member the generator adds.</summary>
    private sealed class MemberNames
    {
        private readonly HashSet<string> taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> byMlflowName = new(StringComparer.Ordinal);

        public MemberNames(string typeName, string[] reserved)
        {
            taken.Add(typeName);
            foreach (string name in reserved) taken.Add(name);
        }

        public string For(string mlflowName)
        {
            if (byMlflowName.TryGetValue(mlflowName, out string? known)) return known;
            string baseName = CSharpContractText.MemberName(mlflowName);
            string name = baseName;
            for (int i = 2; !taken.Add(name); i++) name = baseName + i.ToString(CultureInfo.InvariantCulture);
            byMlflowName[mlflowName] = name;
            return name;
        }
    }
}
