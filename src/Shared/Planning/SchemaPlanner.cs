using System;
using System.Collections.Generic;
using Signatures.Shared.Mapping;

namespace Signatures.Shared.Planning;

/// <summary>A column or tensor with its final name (<see langword="null"/> for the unnamed column of a type argument).</summary>
internal readonly record struct PlannedColumn(MemberMapping Member, string? Name);

/// <summary>A param with its final name and default JSON.</summary>
internal readonly record struct PlannedParam(ParamMapping Param, string Name, string DefaultJson);

/// <summary>
/// Names resolved under the naming policy and MLflow's construction rules checked, so generated code never throws
/// when it builds the objects: members that cannot be generated are left out, and a schema that MLflow would refuse
/// (empty, columns mixed with tensors, a repeated name) gives <see langword="null"/>: nothing is generated for it.
/// Shared by the generator and the analyzers, so both decide alike.
/// </summary>
internal static class SchemaPlanner
{
    /// <summary>The columns of an input or output contract, or <see langword="null"/>.</summary>
    public static PlannedColumn[]? Columns(EquatableArray<MemberMapping> members, NamingPolicy policy)
    {
        var columns = new List<PlannedColumn>();
        foreach (MemberMapping member in members)
        {
            if (!member.IsGeneratable || (member.Column is { } shape && !ObjectNamesAreUnique(shape, policy))) continue;
            columns.Add(new PlannedColumn(member, member.Name(policy)));
        }
        if (columns.Count == 0) return null;
        bool tensors = columns[0].Member.Kind == MemberKind.Tensor;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (PlannedColumn column in columns)
        {
            if ((column.Member.Kind == MemberKind.Tensor) != tensors || !names.Add(column.Name!)) return null;
        }
        return columns.ToArray();
    }

    /// <summary>The params of a params contract (possibly none), or <see langword="null"/> when a name repeats.</summary>
    public static PlannedParam[]? Params(EquatableArray<ParamMapping> members, NamingPolicy policy)
    {
        var parameters = new List<PlannedParam>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (ParamMapping param in members)
        {
            if (!param.IsGeneratable || !ObjectNamesAreUnique(param.Type!, policy)) continue;
            string name = param.Name(policy);
            if (!names.Add(name)) return null;
            parameters.Add(new PlannedParam(param, name, param.Default!.ToJson(policy)));
        }
        return parameters.ToArray();
    }

    /// <summary>The properties of an object, sorted by final name as MLflow's <c>Object</c> sorts them (ordinal).</summary>
    public static List<(string Name, PropertyShape Property)> SortedProperties(TypeShape shape, NamingPolicy policy)
    {
        var sorted = new List<(string Name, PropertyShape Property)>();
        foreach (PropertyShape property in shape.Properties) sorted.Add((property.Name(policy), property));
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return sorted;
    }

    private static bool ObjectNamesAreUnique(TypeShape shape, NamingPolicy policy)
    {
        if (shape.Element is { } element && !ObjectNamesAreUnique(element, policy)) return false;
        if (shape.Kind != ShapeKind.Object) return true;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (PropertyShape property in shape.Properties)
        {
            if (!names.Add(property.Name(policy)) || !ObjectNamesAreUnique(property.Type, policy)) return false;
        }
        return true;
    }
}
