using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Signatures.Shared.Artifacts;

/// <summary>One difference between a contract's signature and a model's, with the SIG04xx id the analyzers report
/// for it at build time.</summary>
/// <param name="Id">The diagnostic id (<c>SIG0408</c>).</param>
/// <param name="Part"><c>inputs</c>, <c>outputs</c> or <c>params</c>.</param>
/// <param name="Name">The column, tensor or param, or <see langword="null"/> for a whole part.</param>
/// <param name="Message">What differs, in words.</param>
internal sealed record SignatureDifferenceText(string Id, string Part, string? Name, string Message);

/// <summary>
/// Compares two signatures read from MLflow's schema JSON (a contract's and a model's) by the rules of the SIG04xx
/// analyzers: columns, tensors and params are matched by name (order does not matter); a column's type (a lossless
/// widening is told apart, <see cref="ColumnTypeWidening"/>) and <c>required</c>; a tensor's dtype and shape; a
/// param's type, shape and default; and whole parts that differ in kind. Used where there is no compilation: at run
/// time against a loaded model.
/// </summary>
internal static class SignatureComparer
{
    public static IReadOnlyList<SignatureDifferenceText> Compare(ArtifactSignature contract, ArtifactSignature model)
    {
        var differences = new List<SignatureDifferenceText>();
        CompareSchemas("inputs", contract.Inputs, model.Inputs, differences);
        CompareSchemas("outputs", contract.Outputs, model.Outputs, differences);
        CompareParams(contract.Params, model.Params, differences);
        return differences;
    }

    private static void CompareSchemas(string part, IReadOnlyList<ArtifactColumn>? contract, IReadOnlyList<ArtifactColumn>? model, List<SignatureDifferenceText> differences)
    {
        if (contract is null && model is null) return;
        if (contract is null || model is null || Kind(contract) != Kind(model))
        {
            differences.Add(new("SIG0412", part, null, $"the contract's {part} are {Describe(contract)}, the model's {Describe(model)}"));
            return;
        }
        if (contract.Count > 0 && contract[0].Name is null)
        {
            // Unnamed: matched by position, as MLflow does.
            for (int i = 0; i < Math.Min(contract.Count, model.Count); i++) CompareColumn(part, "#" + i.ToString(CultureInfo.InvariantCulture), contract[i], model[i], differences);
            if (contract.Count != model.Count)
            {
                differences.Add(new("SIG0412", part, null, $"the contract's {part} are {Describe(contract)}, the model's {Describe(model)}"));
            }
            return;
        }
        var byName = new Dictionary<string, ArtifactColumn>(StringComparer.Ordinal);
        foreach (ArtifactColumn column in model) byName[column.Name!] = column;
        var contractNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (ArtifactColumn column in contract)
        {
            contractNames.Add(column.Name!);
            if (byName.TryGetValue(column.Name!, out ArtifactColumn? other)) CompareColumn(part, column.Name!, column, other, differences);
            else differences.Add(new("SIG0403", part, column.Name, $"the contract's {Noun(column)} '{column.Name}' is not in the model's {part}"));
        }
        foreach (ArtifactColumn column in model)
        {
            if (!contractNames.Contains(column.Name!))
            {
                differences.Add(new("SIG0404", part, column.Name, $"the model's {Noun(column)} '{column.Name}' ({Describe(column)}) is not in the contract's {part}"));
            }
        }
    }

    private static void CompareColumn(string part, string name, ArtifactColumn contract, ArtifactColumn model, List<SignatureDifferenceText> differences)
    {
        if (contract.IsTensor)
        {
            if (contract.DType != model.DType)
            {
                differences.Add(new("SIG0408", part, name, $"tensor '{name}' has dtype {contract.DType} in the contract, {model.DType} in the model"));
            }
            if (!contract.Shape!.SequenceEqual(model.Shape!))
            {
                differences.Add(new("SIG0409", part, name, $"tensor '{name}' has shape ({Shape(contract.Shape!)}) in the contract, ({Shape(model.Shape!)}) in the model"));
            }
            return;
        }
        var (relation, path) = CompareTypes(contract.Type!, model.Type!, string.Empty);
        if (relation != Relation.Same)
        {
            string where = path.Length == 0 ? string.Empty : $" (they differ at '{path}')";
            differences.Add(new(relation == Relation.Widened ? "SIG0406" : "SIG0405", part, name,
                $"column '{name}' is {contract.Type} in the contract, {model.Type} in the model{where}"
                + (relation == Relation.Widened ? "; every value of the model's type fits the contract's" : string.Empty)));
        }
        if (contract.Required != model.Required)
        {
            differences.Add(new("SIG0407", part, name, $"column '{name}' is {Required(contract.Required)} in the contract, {Required(model.Required)} in the model"));
        }
    }

    private static void CompareParams(IReadOnlyList<ArtifactParam>? contract, IReadOnlyList<ArtifactParam>? model, List<SignatureDifferenceText> differences)
    {
        if (contract is null && model is null) return;
        if (contract is null || model is null)
        {
            differences.Add(new("SIG0412", "params", null, $"the contract's params are {(contract is null ? "absent" : Count(contract.Count, "param"))}, the model's {(model is null ? "absent" : Count(model.Count, "param"))}"));
            return;
        }
        var byName = new Dictionary<string, ArtifactParam>(StringComparer.Ordinal);
        foreach (ArtifactParam param in model) byName[param.Name] = param;
        var contractNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (ArtifactParam param in contract)
        {
            contractNames.Add(param.Name);
            if (!byName.TryGetValue(param.Name, out ArtifactParam? other))
            {
                differences.Add(new("SIG0403", "params", param.Name, $"the contract's param '{param.Name}' is not in the model's params"));
            }
            else if (param.TypeName != other.TypeName || param.IsList != other.IsList || CompareTypes(param.Type, other.Type, string.Empty).Relation != Relation.Same)
            {
                differences.Add(new("SIG0410", "params", param.Name, $"param '{param.Name}' is {ParamType(param)} in the contract, {ParamType(other)} in the model"));
            }
            else if (param.DefaultJson != other.DefaultJson)
            {
                differences.Add(new("SIG0411", "params", param.Name, $"param '{param.Name}' defaults to {param.DefaultJson} in the contract, {other.DefaultJson} in the model"));
            }
        }
        foreach (ArtifactParam param in model)
        {
            if (!contractNames.Contains(param.Name))
            {
                differences.Add(new("SIG0404", "params", param.Name, $"the model's param '{param.Name}' ({ParamType(param)}, default {param.DefaultJson}) is not in the contract's params"));
            }
        }
    }

    private enum Relation { Same, Widened, Different }

    private static (Relation Relation, string Path) CompareTypes(ArtifactType contract, ArtifactType model, string path)
    {
        switch (contract.Kind, model.Kind)
        {
            case (ArtifactTypeKind.Scalar, ArtifactTypeKind.Scalar):
                if (contract.DataType == model.DataType) return (Relation.Same, path);
                return (ColumnTypeWidening.IsLossless(model.DataType!, contract.DataType!) ? Relation.Widened : Relation.Different, path);
            case (ArtifactTypeKind.Array, ArtifactTypeKind.Array):
                return CompareTypes(contract.Element!, model.Element!, path + "[]");
            case (ArtifactTypeKind.Map, ArtifactTypeKind.Map):
                return CompareTypes(contract.Element!, model.Element!, path + "{}");
            case (ArtifactTypeKind.Any, ArtifactTypeKind.Any):
                return (Relation.Same, path);
            case (ArtifactTypeKind.Object, ArtifactTypeKind.Object):
                var worst = (Relation.Same, path);
                var byName = model.Properties.ToDictionary(static p => p.Name, StringComparer.Ordinal);
                foreach (ArtifactProperty property in contract.Properties)
                {
                    if (!byName.TryGetValue(property.Name, out ArtifactProperty? other) || other.Required != property.Required) return (Relation.Different, path + "." + property.Name);
                    var inner = CompareTypes(property.Type, other.Type, path + "." + property.Name);
                    if (inner.Relation == Relation.Different) return inner;
                    if (inner.Relation == Relation.Widened && worst.Item1 == Relation.Same) worst = inner;
                }
                foreach (ArtifactProperty property in model.Properties)
                {
                    if (!contract.Properties.Any(p => p.Name == property.Name)) return (Relation.Different, path + "." + property.Name);
                }
                return worst;
            default:
                return (Relation.Different, path);
        }
    }

    private static string Kind(IReadOnlyList<ArtifactColumn> schema) =>
        schema.Count == 0 ? "empty" : (schema[0].IsTensor ? "tensor" : "column") + (schema[0].Name is null ? " unnamed" : " named");

    private static string Describe(IReadOnlyList<ArtifactColumn>? schema)
    {
        if (schema is null) return "absent";
        if (schema.Count == 0) return "an empty schema";
        string noun = (schema[0].Name is null ? "unnamed " : "named ") + (schema[0].IsTensor ? "tensor" : "column");
        return Count(schema.Count, noun);
    }

    private static string Describe(ArtifactColumn column) =>
        column.IsTensor ? $"{column.DType} ({Shape(column.Shape!)})" : column.Type + (column.Required ? string.Empty : ", optional");

    private static string Noun(ArtifactColumn column) => column.IsTensor ? "tensor" : "column";

    private static string ParamType(ArtifactParam param) =>
        param.TypeName == "object" ? param.Type.ToString() : (param.IsList ? "a list of " : string.Empty) + param.TypeName;

    private static string Required(bool required) => required ? "required" : "optional";

    private static string Shape(IReadOnlyList<long> shape) => string.Join(", ", shape.Select(static d => d.ToString(CultureInfo.InvariantCulture)));

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
