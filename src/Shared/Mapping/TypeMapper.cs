using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Signatures.Shared.Mapping;

/// <summary>
/// The structural CLR -> MLflow column-type mapping of DESIGN.md on top of <see cref="TypeTable"/>: nullable ->
/// optional, arrays and lists -> Array, string-keyed dictionaries -> Map, nested records and classes -> Object,
/// <c>object</c>/<c>JsonElement</c> -> Any. Never throws on bad code: problems become <see cref="MappingIssue"/>s,
/// and a blocking one makes the result <see langword="null"/>.
/// </summary>
internal sealed class TypeMapper
{
    private const int MaxDepth = 32;

    private readonly List<MappingIssue> issues;
    private readonly CancellationToken cancellationToken;
    private readonly List<ITypeSymbol> visiting = new();

    public TypeMapper(List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        this.issues = issues;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Maps <paramref name="type"/>; <paramref name="declaredDataType"/> is the MLflow name given with
    /// <c>[Column(Type = ...)]</c> (applied to the scalar leaf through arrays and maps).</summary>
    public TypeShape? Map(ITypeSymbol type, string? declaredDataType, string path)
    {
        cancellationToken.ThrowIfCancellationRequested();
        bool nullable = SymbolFacts.IsNullable(type);
        ITypeSymbol t = SymbolFacts.UnwrapNullable(type);
        string clr = SymbolFacts.Qualified(t);

        if (t.TypeKind == TypeKind.Error)
        {
            return Fail(MappingIssueKind.UnsupportedType, path, t, "the type could not be resolved", null);
        }
        if (TypeTable.TryGetScalar(t, out ScalarMapping scalar))
        {
            if (!scalar.IsLossless)
            {
                issues.Add(new MappingIssue(MappingIssueKind.LossyType, path, scalar.ClrName, scalar.LossDescription ?? "values are lost", scalar.LosslessAlternative));
            }
            return TypeShape.Scalar(clr, nullable, Declared(scalar, declaredDataType, path));
        }
        if (t.SpecialType == SpecialType.System_Object || SymbolFacts.HasMetadataName(t, "System.Text.Json.JsonElement"))
        {
            NotApplicable(declaredDataType, path, t);
            return new TypeShape(ShapeKind.Any, clr, nullable, null, null, ContainerKind.None, EquatableArray<PropertyShape>.Empty);
        }
        if (t is IArrayTypeSymbol array)
        {
            if (array.Rank > 1)
            {
                return Fail(MappingIssueKind.MultiDimensionalArrayWithoutTensor, path, t,
                    "a multi-dimensional array is a tensor; declare its shape with [Tensor(...)]", "[Tensor(...)] or a jagged array");
            }
            return Container(ShapeKind.Array, ContainerKind.Array, clr, nullable, array.ElementType, declaredDataType, path + "[]");
        }
        if (t is INamedTypeSymbol named)
        {
            if (ContainerOf(named, out ContainerKind container, out ITypeSymbol? key, out ITypeSymbol? element))
            {
                if (key is not null)
                {
                    if (key.SpecialType != SpecialType.System_String)
                    {
                        return Fail(MappingIssueKind.NonStringMapKey, path, t, "MLflow maps have string keys", "Dictionary<string, T>");
                    }
                    return Container(ShapeKind.Map, container, clr, nullable, element!, declaredDataType, path + "{}");
                }
                return Container(ShapeKind.Array, container, clr, nullable, element!, declaredDataType, path + "[]");
            }
            if (IsOtherCollection(named))
            {
                return Fail(MappingIssueKind.UnsupportedCollection, path, t,
                    "only arrays, List<T>, its interfaces, ImmutableArray<T> and string-keyed dictionaries map to MLflow",
                    "T[], List<T>, IReadOnlyList<T> or Dictionary<string, T>");
            }
            if (named.TypeKind == TypeKind.Enum)
            {
                return Fail(MappingIssueKind.UnsupportedType, path, t, "enums have no MLflow type", "string");
            }
            if (IsObjectCandidate(named))
            {
                NotApplicable(declaredDataType, path, t);
                return MapObject(named, clr, nullable, path);
            }
        }
        return Fail(MappingIssueKind.UnsupportedType, path, t, "the type has no MLflow mapping", null);
    }

    private string Declared(ScalarMapping scalar, string? declared, string path)
    {
        if (declared is null) return scalar.ColumnType;
        if (!TypeTable.IsLosslessDeclaration(scalar.ColumnType, declared, scalar.ClrName))
        {
            issues.Add(new MappingIssue(MappingIssueKind.LossyDeclaration, path, scalar.ClrName,
                $"{scalar.ClrName} maps to '{scalar.ColumnType}'; declaring it '{declared}' loses values", scalar.ColumnType));
        }
        return declared;
    }

    private void NotApplicable(string? declared, string path, ITypeSymbol type)
    {
        if (declared is not null)
        {
            issues.Add(new MappingIssue(MappingIssueKind.DeclarationNotApplicable, path, SymbolFacts.ShortName(type),
                $"Type = {declared} applies to scalar members only and is ignored here", null));
        }
    }

    private TypeShape? Container(ShapeKind kind, ContainerKind container, string clr, bool nullable, ITypeSymbol element, string? declared, string elementPath)
    {
        TypeShape? item = Map(element, declared, elementPath);
        return item is null ? null : new TypeShape(kind, clr, nullable, null, item, container, EquatableArray<PropertyShape>.Empty);
    }

    private TypeShape? MapObject(INamedTypeSymbol type, string clr, bool nullable, string path)
    {
        foreach (ITypeSymbol open in visiting)
        {
            if (SymbolFacts.Same(open, type))
            {
                return Fail(MappingIssueKind.RecursiveType, path, type, "the type contains itself", null);
            }
        }
        if (visiting.Count >= MaxDepth)
        {
            return Fail(MappingIssueKind.RecursiveType, path, type, "the type nests too deeply", null);
        }

        visiting.Add(type);
        try
        {
            var properties = new List<PropertyShape>();
            bool failed = false;
            foreach (ContractMember member in ContractMember.Collect(type, cancellationToken))
            {
                string memberPath = path + "." + member.Name;
                if (member.Tensor is not null)
                {
                    Fail(MappingIssueKind.NestedTensor, memberPath, member.Type, "tensors are top-level inputs only", null);
                    failed = true;
                    continue;
                }
                TypeShape? shape = Map(member.Type, DeclaredType(member.Column), memberPath);
                if (shape is null)
                {
                    failed = true;
                    continue;
                }
                properties.Add(new PropertyShape(member.Name, member.ExplicitName, shape, IsRequired(member)));
            }
            if (failed) return null;
            if (properties.Count == 0)
            {
                return Fail(MappingIssueKind.EmptyObject, path, type, "a nested type needs at least one public property to be an MLflow object", null);
            }
            return new TypeShape(ShapeKind.Object, clr, nullable, null, null, ContainerKind.None, new EquatableArray<PropertyShape>(properties.ToArray()));
        }
        finally
        {
            visiting.RemoveAt(visiting.Count - 1);
        }
    }

    /// <summary>The MLflow name from <c>[Column(Type = DataType.X)]</c>, or <see langword="null"/> when not given.</summary>
    public static string? DeclaredType(AttributeData? column) =>
        column is not null && SymbolFacts.NamedArgument(column, "Type") is { Value: int value } ? MlflowDataTypes.NameOf(value) : null;

    /// <summary>MLflow's <c>required</c>: not nullable and not <c>[Column(Required = false)]</c>.</summary>
    public static bool IsRequired(ContractMember member) =>
        !SymbolFacts.IsNullable(member.Type)
        && !(member.Column is not null && SymbolFacts.NamedArgument(member.Column, "Required") is { Value: false });

    private TypeShape? Fail(MappingIssueKind kind, string path, ITypeSymbol type, string detail, string? suggestion)
    {
        issues.Add(new MappingIssue(kind, path, SymbolFacts.ShortName(type), detail, suggestion));
        return null;
    }

    private static bool ContainerOf(INamedTypeSymbol type, out ContainerKind container, out ITypeSymbol? key, out ITypeSymbol? element)
    {
        key = null;
        element = null;
        container = ContainerKind.None;
        if (!type.IsGenericType) return false;
        INamedTypeSymbol definition = type.OriginalDefinition;
        bool generic = SymbolFacts.IsInNamespace(definition, "System.Collections.Generic");
        switch (definition.MetadataName)
        {
            case "List`1" when generic:
                container = ContainerKind.List;
                break;
            case "IList`1" or "ICollection`1" or "IEnumerable`1" or "IReadOnlyList`1" or "IReadOnlyCollection`1" when generic:
                container = ContainerKind.ListInterface;
                break;
            case "ImmutableArray`1" when SymbolFacts.IsInNamespace(definition, "System.Collections.Immutable"):
                container = ContainerKind.ImmutableArray;
                break;
            case "Dictionary`2" when generic:
                container = ContainerKind.Dictionary;
                break;
            case "IDictionary`2" or "IReadOnlyDictionary`2" when generic:
                container = ContainerKind.DictionaryInterface;
                break;
            default:
                return false;
        }
        if (type.TypeArguments.Length == 2)
        {
            key = type.TypeArguments[0];
            element = type.TypeArguments[1];
        }
        else
        {
            element = type.TypeArguments[0];
        }
        return true;
    }

    private static bool IsOtherCollection(INamedTypeSymbol type)
    {
        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable) return true;
        }
        return type.SpecialType == SpecialType.System_Collections_IEnumerable;
    }

    private static bool IsObjectCandidate(INamedTypeSymbol type) =>
        type.TypeKind is TypeKind.Class or TypeKind.Struct
        && !type.IsAbstract
        && !type.IsStatic
        && type.SpecialType == SpecialType.None
        && !SymbolFacts.IsFrameworkType(type);
}
