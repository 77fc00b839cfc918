using System.Collections.Generic;
using System.Text;
using Signatures.Shared;
using Signatures.Shared.Artifacts;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>How a contract's column type relates to an artifact's.</summary>
internal enum ShapeRelation
{
    /// <summary>The same MLflow type.</summary>
    Same,
    /// <summary>Every value of the artifact's type fits the contract's (MLflow's lossless widenings: integer to long or
    /// double, float to double), and nothing else differs.</summary>
    Widened,
    /// <summary>Anything else.</summary>
    Different,
}

/// <summary>Compares a contract's mapped column type (<see cref="TypeShape"/>, from the shared mapping) with an
/// artifact's (<see cref="ArtifactType"/>), and spells both in one notation for the messages.</summary>
internal static class ShapeComparison
{
    /// <summary>The relation, and where inside the type the first difference is (empty at the top,
    /// <c>[]</c> an array item, <c>{}</c> a map value, <c>.name</c> an object property).</summary>
    public static (ShapeRelation Relation, string Path) Compare(TypeShape contract, ArtifactType model, NamingPolicy policy) =>
        Compare(contract, model, policy, string.Empty);

    private static (ShapeRelation, string) Compare(TypeShape contract, ArtifactType model, NamingPolicy policy, string path)
    {
        switch (contract.Kind, model.Kind)
        {
            case (ShapeKind.Scalar, ArtifactTypeKind.Scalar):
                if (contract.DataType == model.DataType) return (ShapeRelation.Same, path);
                return (ColumnTypeWidening.IsLossless(model.DataType!, contract.DataType!) ? ShapeRelation.Widened : ShapeRelation.Different, path);
            case (ShapeKind.Array, ArtifactTypeKind.Array):
                return Compare(contract.Element!, model.Element!, policy, path + "[]");
            case (ShapeKind.Map, ArtifactTypeKind.Map):
                return Compare(contract.Element!, model.Element!, policy, path + "{}");
            case (ShapeKind.Any, ArtifactTypeKind.Any):
                return (ShapeRelation.Same, path);
            case (ShapeKind.Object, ArtifactTypeKind.Object):
                return CompareObjects(contract, model, policy, path);
            default:
                return (ShapeRelation.Different, path);
        }
    }

    private static (ShapeRelation, string) CompareObjects(TypeShape contract, ArtifactType model, NamingPolicy policy, string path)
    {
        var byName = new Dictionary<string, ArtifactProperty>();
        foreach (ArtifactProperty property in model.Properties) byName[property.Name] = property;
        var worst = (ShapeRelation.Same, path);
        int matched = 0;
        foreach (PropertyShape property in contract.Properties)
        {
            string name = property.Name(policy);
            if (!byName.TryGetValue(name, out ArtifactProperty? other) || other.Required != property.Required)
            {
                return (ShapeRelation.Different, path + "." + name);
            }
            matched++;
            var inner = Compare(property.Type, other.Type, policy, path + "." + name);
            if (inner.Item1 == ShapeRelation.Different) return inner;
            if (inner.Item1 == ShapeRelation.Widened && worst.Item1 == ShapeRelation.Same) worst = inner;
        }
        if (matched != model.Properties.Count)
        {
            foreach (ArtifactProperty property in model.Properties)
            {
                bool found = false;
                foreach (PropertyShape own in contract.Properties) found |= own.Name(policy) == property.Name;
                if (!found) return (ShapeRelation.Different, path + "." + property.Name);
            }
        }
        return worst;
    }

    /// <summary>The contract's type in the notation of <see cref="ArtifactType.ToString"/>.</summary>
    public static string Describe(TypeShape shape, NamingPolicy policy)
    {
        var builder = new StringBuilder();
        Describe(builder, shape, policy);
        return builder.ToString();
    }

    private static void Describe(StringBuilder builder, TypeShape shape, NamingPolicy policy)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Scalar:
                builder.Append(shape.DataType);
                break;
            case ShapeKind.Array:
            case ShapeKind.Map:
                builder.Append(shape.Kind == ShapeKind.Array ? "array<" : "map<");
                Describe(builder, shape.Element!, policy);
                builder.Append('>');
                break;
            case ShapeKind.Object:
                var sorted = new List<(string Name, PropertyShape Property)>();
                foreach (PropertyShape property in shape.Properties) sorted.Add((property.Name(policy), property));
                sorted.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
                builder.Append("object{");
                for (int i = 0; i < sorted.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    builder.Append(sorted[i].Name).Append(sorted[i].Property.Required ? ": " : "?: ");
                    Describe(builder, sorted[i].Property.Type, policy);
                }
                builder.Append('}');
                break;
            default:
                builder.Append("any");
                break;
        }
    }
}
