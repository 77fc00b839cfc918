using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Signatures.Shared;
using Signatures.Shared.Artifacts;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>
/// Compares one signature class's contracts, as the shared mapping maps them (the members the generator emits),
/// with an artifact's signature and reports each difference where it is: a member's name, type or default, the
/// contract's name for what it lacks, the type argument for a whole schema that differs.
/// </summary>
internal sealed class ArtifactComparer
{
    private static readonly string[] PartNames = { "inputs", "outputs", "params" };

    private readonly Action<Diagnostic> report;
    private readonly INamedTypeSymbol signatureClass;
    private readonly string artifactPath;
    private readonly ArtifactSignature artifact;
    private readonly Func<INamedTypeSymbol, Contract> contractOf;
    private readonly CancellationToken cancellationToken;

    public ArtifactComparer(Action<Diagnostic> report, INamedTypeSymbol signatureClass, string artifactPath,
        ArtifactSignature artifact, Func<INamedTypeSymbol, Contract> contractOf, CancellationToken cancellationToken)
    {
        this.report = report;
        this.signatureClass = signatureClass;
        this.artifactPath = artifactPath;
        this.artifact = artifact;
        this.contractOf = contractOf;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Compares every part; <paramref name="signatureLocation"/> is the <c>[ModelSignature]</c> attribute
    /// (where a params schema the two-argument form lacks is reported).</summary>
    public void Compare(IEnumerable<SignatureTypeArgument> arguments, Location signatureLocation)
    {
        bool sawParams = false;
        foreach (SignatureTypeArgument argument in arguments)
        {
            if (argument.Position == 2)
            {
                sawParams = true;
                CompareParams(argument);
            }
            else
            {
                CompareColumns(argument, argument.Position == 0 ? artifact.Inputs : artifact.Outputs);
            }
        }
        if (!sawParams && artifact.Params is { Count: > 0 } modelParams)
        {
            SchemaKind(signatureLocation, "params", "absent", Count(modelParams.Count, "param"),
                "use [ModelSignature<TInput, TOutput, TParams>] with a [ModelParams] contract");
        }
    }

    private void CompareColumns(SignatureTypeArgument argument, IReadOnlyList<ArtifactColumn>? model)
    {
        string part = PartNames[argument.Position];
        if (ContractMapper.IsNoSchema(argument.Type))
        {
            if (model is not null) SchemaKind(argument.Location, part, "absent (NoSchema)", Describe(model), "replace NoSchema with a contract");
            return;
        }
        if (argument.IsContract)
        {
            if (argument.Type is not INamedTypeSymbol named) return;
            Contract contract = contractOf(named);
            if (!contract.IsColumns) return; // a params contract in a schema position: SIG0007/SIG0008 say so
            CompareContractColumns(argument, contract, part, model);
            return;
        }

        MemberMapping? unnamed = ContractMapper.MapTypeArgument(argument.Type, cancellationToken);
        if (unnamed is not { IsGeneratable: true }) return; // SIG0007 reports it
        string contractKind = "one unnamed column of type '" + ShapeComparison.Describe(unnamed.Column!, NamingPolicy.AsDeclared) + "'";
        if (model is null)
        {
            SchemaKind(argument.Location, part, contractKind, "absent", "use NoSchema, or log the model with this " + SingularPart(part));
            return;
        }
        if (model.Count != 1 || model[0].Name is not null || model[0].IsTensor)
        {
            SchemaKind(argument.Location, part, contractKind, Describe(model), "declare a contract with the model's " + part);
            return;
        }
        CompareColumnType(argument.DisplayName, () => argument.Location, unnamed.Column!, true, model[0], part, NamingPolicy.AsDeclared, null);
    }

    private void CompareContractColumns(SignatureTypeArgument argument, Contract contract, string part, IReadOnlyList<ArtifactColumn>? model)
    {
        IReadOnlyList<ContractMember> members = contract.GetMembers(cancellationToken);
        IReadOnlyList<MemberMapping> mappings = contract.GetColumnMappings(cancellationToken);
        var generated = new List<(ContractMember Member, MemberMapping Mapping, string Name)>();
        var allNames = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < members.Count; i++)
        {
            string name = mappings[i].Name(contract.Naming);
            allNames.Add(name);
            if (mappings[i].IsGeneratable) generated.Add((members[i], mappings[i], name));
        }
        if (generated.Count == 0) return; // SIG0009 or the mapping diagnostics say why
        bool tensors = generated[0].Mapping.Kind == MemberKind.Tensor;
        string contractKind = Count(generated.Count, tensors ? "named tensor" : "named column");
        if (model is null)
        {
            SchemaKind(argument.Location, part, contractKind, "absent", "use NoSchema, or check that the artifact is the right model");
            return;
        }
        if (model.Count > 0 && (model[0].Name is null || model[0].IsTensor != tensors))
        {
            string advice = model[0].Name is not null ? "declare a contract with the model's " + part
                : model.Count == 1 && !model[0].IsTensor ? "the model takes one unnamed column: use its type as the type argument"
                : "a contract cannot declare unnamed " + (model[0].IsTensor ? "tensors" : "columns") + "; check that the artifact is the right model";
            SchemaKind(argument.Location, part, contractKind, Describe(model), advice);
            return;
        }

        var byName = new Dictionary<string, ArtifactColumn>(StringComparer.Ordinal);
        foreach (ArtifactColumn column in model)
        {
            if (column.Name is not null) byName[column.Name] = column;
        }
        foreach (var (member, mapping, name) in generated)
        {
            string display = contract.DisplayName(member);
            if (!byName.TryGetValue(name, out ArtifactColumn? column))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.MemberNotInArtifact, Located(MemberSyntax.NameLocation(member), argument.Location),
                    display, tensors ? "tensor" : "column", name, part, artifactPath));
                continue;
            }
            if (tensors) CompareTensor(display, member, mapping.Tensor!, column, part, argument.Location);
            else CompareColumnType(display, () => Located(MemberSyntax.TypeLocation(member, cancellationToken), argument.Location), mapping.Column!, mapping.Required, column, part, contract.Naming, member);
        }

        Location contractLocation = Located(DeclarationSyntax.IdentifierLocation(contract.Type, cancellationToken), argument.Location);
        var memberNames = new HashSet<string>(members.Select(static m => m.Name), StringComparer.Ordinal);
        foreach (ArtifactColumn column in model)
        {
            if (column.Name is null || allNames.Contains(column.Name)) continue;
            string description = column.IsTensor ? $"{column.DType} [{Shape(column.Shape!)}]" : column.Type + (column.Required ? string.Empty : ", optional");
            ReportMissing(contractLocation, contract.Type.Name, column.IsTensor ? "tensor" : "column", column.Name, description, part,
                ColumnMember(column, contract.Naming, memberNames));
        }
    }

    // The location is only looked up for a difference: most members of a large contract match.
    private void CompareColumnType(string display, Func<Location> location, TypeShape shape, bool required, ArtifactColumn column, string part,
        NamingPolicy policy, ContractMember? member)
    {
        var (relation, path) = ShapeComparison.Compare(shape, column.Type!, policy);
        string where = path.Length == 0 ? string.Empty : $" (they differ at '{path}')";
        if (relation != ShapeRelation.Same)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (member is not null && column.Type!.Kind == ArtifactTypeKind.Scalar && shape.Kind == ShapeKind.Scalar
                && CSharpContractText.ScalarType(column.Type.DataType!) is { } replacement)
            {
                properties = properties.Add(DiagnosticPropertyKeys.ReplacementType, IsAnnotated(member.Type) ? replacement + "?" : replacement);
            }
            report(Diagnostic.Create(
                relation == ShapeRelation.Widened ? DiagnosticDescriptors.ArtifactTypeWidened : DiagnosticDescriptors.ArtifactTypeDiffers,
                location(), properties, display, ShapeComparison.Describe(shape, policy), column.Type!.ToString(), part, where));
        }
        if (required != column.Required)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.ArtifactRequiredDiffers, location(),
                display, Required(required), Required(column.Required), part, string.Empty,
                required
                    ? "make the member nullable or set [Column(Required = false)]"
                    : "make the member non-nullable (and remove Required = false)"));
        }
    }

    private void CompareTensor(string display, ContractMember member, TensorMapping tensor, ArtifactColumn column, string part, Location fallback)
    {
        Location TypeLocation() => Located(MemberSyntax.TypeLocation(member, cancellationToken), fallback);
        if (tensor.DType != column.DType)
        {
            string element = CSharpContractText.TensorElementType(column.DType!) is { } e ? $"'{e}' or [Tensor(DType = \"{column.DType}\")]" : $"[Tensor(DType = \"{column.DType}\")]";
            report(Diagnostic.Create(DiagnosticDescriptors.ArtifactTensorDTypeDiffers, TypeLocation(), display, tensor.DType, column.DType, part, element));
        }
        IReadOnlyList<long> modelShape = column.Shape!;
        bool same = tensor.Shape.Count == modelShape.Count;
        for (int i = 0; same && i < modelShape.Count; i++) same = tensor.Shape[i] == modelShape[i];
        if (!same)
        {
            Location shapeLocation = member.Tensor?.GetLocation(TypeLocation(), cancellationToken) ?? TypeLocation();
            report(Diagnostic.Create(DiagnosticDescriptors.ArtifactTensorShapeDiffers, shapeLocation, display,
                string.Join(", ", tensor.Shape), Shape(modelShape), part, modelShape.Count.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private void CompareParams(SignatureTypeArgument argument)
    {
        if (!argument.IsContract || argument.Type is not INamedTypeSymbol named) return;
        Contract contract = contractOf(named);
        if (!contract.IsParams) return;
        IReadOnlyList<ContractMember> members = contract.GetMembers(cancellationToken);
        IReadOnlyList<ParamMapping> mappings = contract.GetParamMappings(cancellationToken);
        IReadOnlyList<ArtifactParam> model = artifact.Params ?? Array.Empty<ArtifactParam>();
        int generatedCount = mappings.Count(static m => m.IsGeneratable);
        if (artifact.Params is null && generatedCount > 0)
        {
            SchemaKind(argument.Location, "params", Count(generatedCount, "param"), "absent",
                "use the two-argument [ModelSignature<TInput, TOutput>], or check that the artifact is the right model");
            return;
        }

        var byName = new Dictionary<string, ArtifactParam>(StringComparer.Ordinal);
        foreach (ArtifactParam param in model) byName[param.Name] = param;
        var allNames = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < members.Count; i++)
        {
            string name = mappings[i].Name(contract.Naming);
            allNames.Add(name);
            if (!mappings[i].IsGeneratable) continue;
            string display = contract.DisplayName(members[i]);
            if (!byName.TryGetValue(name, out ArtifactParam? param))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.MemberNotInArtifact, Located(MemberSyntax.NameLocation(members[i]), argument.Location),
                    display, "param", name, "params", artifactPath));
                continue;
            }
            CompareParam(display, members[i], mappings[i], param, contract.Naming, argument.Location);
        }

        Location contractLocation = Located(DeclarationSyntax.IdentifierLocation(contract.Type, cancellationToken), argument.Location);
        var memberNames = new HashSet<string>(members.Select(static m => m.Name), StringComparer.Ordinal);
        foreach (ArtifactParam param in model)
        {
            if (allNames.Contains(param.Name)) continue;
            string description = ParamType(param) + ", default " + param.DefaultJson;
            ReportMissing(contractLocation, contract.Type.Name, "param", param.Name, description, "params", ParamMember(param, contract.Naming, memberNames));
        }
    }

    private void CompareParam(string display, ContractMember member, ParamMapping mapping, ArtifactParam param, NamingPolicy policy, Location fallback)
    {
        Location TypeLocation() => Located(MemberSyntax.TypeLocation(member, cancellationToken), fallback);
        bool typeDiffers = mapping.TypeName != param.TypeName || mapping.IsList != param.IsList
            || (mapping.Type!.Kind == ShapeKind.Object && ShapeComparison.Compare(mapping.Type, param.Type, policy).Relation != ShapeRelation.Same);
        if (typeDiffers)
        {
            string contractType = mapping.Type!.Kind == ShapeKind.Object
                ? "'" + ShapeComparison.Describe(mapping.Type, policy) + "'"
                : (mapping.IsList ? "a list of '" : "'") + mapping.TypeName + "'";
            string advice = param.TypeName == "object"
                ? "an object with the model's properties"
                : CSharpContractText.ScalarType(param.TypeName) is { } scalar ? "'" + scalar + (param.IsList ? "[]'" : "'") : "the model's type";
            report(Diagnostic.Create(DiagnosticDescriptors.ArtifactParamTypeDiffers, TypeLocation(), display, contractType, "'" + ParamType(param).Replace("'", string.Empty) + "'", advice));
            return; // a default of another type differs too; one diagnostic says it
        }
        string contractDefault = mapping.Default!.ToJson(policy);
        if (contractDefault != param.DefaultJson)
        {
            Location defaultLocation = MemberSyntax.DefaultValue(member, cancellationToken)?.GetLocation() ?? TypeLocation();
            report(Diagnostic.Create(DiagnosticDescriptors.ArtifactParamDefaultDiffers, defaultLocation, display, contractDefault, param.DefaultJson));
        }
    }

    private void ReportMissing(Location location, string contractName, string kind, string name, string description, string part, MemberToAdd? member)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (member is not null)
        {
            properties = properties.Add(DiagnosticPropertyKeys.MemberType, member.Type).Add(DiagnosticPropertyKeys.MemberName, member.Name);
            if (member.Attribute is not null) properties = properties.Add(DiagnosticPropertyKeys.MemberAttribute, member.Attribute);
            if (member.Default is not null) properties = properties.Add(DiagnosticPropertyKeys.MemberDefault, member.Default);
        }
        report(Diagnostic.Create(DiagnosticDescriptors.ArtifactMemberMissing, location, properties, contractName, kind, name, description, part, artifactPath));
    }

    /// <summary>What the SIG0404 fix adds: type, name, the <c>[Column]</c>/<c>[Tensor]</c> attribute when needed, a param's default.</summary>
    private sealed record MemberToAdd(string Type, string Name, string? Attribute, string? Default);

    // The attribute is only needed when the naming policy does not turn the member name into the MLflow name.
    private static MemberToAdd? ColumnMember(ArtifactColumn column, NamingPolicy policy, HashSet<string> taken)
    {
        string memberName = UniqueName(column.Name!, taken);
        bool named = ColumnNames.Resolve(memberName, null, policy) == column.Name;
        if (column.IsTensor)
        {
            if (CSharpContractText.TensorType(column.DType!, column.Shape!.Count) is not { } tensorType) return null;
            string name = named ? string.Empty : ", Name = " + CSharpContractText.StringLiteral(column.Name!);
            return Taken(new MemberToAdd(tensorType, memberName, $"Tensor({Shape(column.Shape)}{name})", null), taken);
        }
        if (CSharpContractText.ColumnType(column.Type!, column.Required) is not { } type) return null;
        return Taken(new MemberToAdd(type, memberName, named ? null : $"Column({CSharpContractText.StringLiteral(column.Name!)})", null), taken);
    }

    private static MemberToAdd? ParamMember(ArtifactParam param, NamingPolicy policy, HashSet<string> taken)
    {
        string memberName = UniqueName(param.Name, taken);
        if (CSharpContractText.ScalarType(param.TypeName) is not { } scalar
            || !JsonTextParser.TryParse(param.DefaultJson, out JsonNode value, out _)
            || CSharpContractText.ParamDefault(value, param.TypeName, param.IsList) is not { } defaultValue)
        {
            return null;
        }
        bool named = ColumnNames.Resolve(memberName, null, policy) == param.Name;
        string type = scalar + (param.IsList ? "[]" : string.Empty) + (value.Kind == JsonNodeKind.Null ? "?" : string.Empty);
        return Taken(new MemberToAdd(type, memberName, named ? null : $"Column({CSharpContractText.StringLiteral(param.Name)})", defaultValue), taken);
    }

    private static MemberToAdd Taken(MemberToAdd member, HashSet<string> taken)
    {
        taken.Add(member.Name);
        return member;
    }

    private static string UniqueName(string mlflowName, HashSet<string> taken)
    {
        string baseName = CSharpContractText.MemberName(mlflowName);
        string name = baseName;
        for (int i = 2; taken.Contains(name); i++) name = baseName + i.ToString(CultureInfo.InvariantCulture);
        return name;
    }

    private void SchemaKind(Location location, string part, string contract, string model, string advice) =>
        report(Diagnostic.Create(DiagnosticDescriptors.ArtifactSchemaKindDiffers, location, signatureClass.Name, part, contract, model, artifactPath, advice));

    private static string Describe(IReadOnlyList<ArtifactColumn> model)
    {
        if (model.Count == 0) return "an empty schema";
        if (model[0].IsTensor) return Count(model.Count, model[0].Name is null ? "unnamed tensor" : "named tensor");
        if (model[0].Name is null) return model.Count == 1 ? $"one unnamed column of type '{model[0].Type}'" : Count(model.Count, "unnamed column");
        return Count(model.Count, "named column");
    }

    private static string ParamType(ArtifactParam param) =>
        param.TypeName == "object" ? param.Type.ToString() : (param.IsList ? "a list of " : string.Empty) + param.TypeName;

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string SingularPart(string part) => part == "inputs" ? "input" : "output";

    private static string Required(bool required) => required ? "required" : "optional";

    private static string Shape(IReadOnlyList<long> shape) => string.Join(", ", shape.Select(static d => d.ToString(CultureInfo.InvariantCulture)));

    private static bool IsAnnotated(ITypeSymbol type) =>
        type.NullableAnnotation == NullableAnnotation.Annotated || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    // Members of contracts from metadata have no source location: the type argument stands in.
    private static Location Located(Location location, Location fallback) => location.IsInSource ? location : fallback;
}
