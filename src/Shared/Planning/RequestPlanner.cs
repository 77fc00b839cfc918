using System;
using System.Collections.Generic;
using System.Linq;
using Signatures.Shared.Mapping;

namespace Signatures.Shared.Planning;

/// <summary>
/// Decides whether a signature class gets a typed <c>ReadRequest</c>, after the options are combined and before any
/// code is written: every member must be readable into its C# type and every contract and nested type constructible
/// from its members. The generator renders what the plan says; the analyzers report a reader that is not generated at
/// the member or type that causes it. One decision, so the two cannot disagree.
/// </summary>
internal static class RequestPlanner
{
    /// <summary>The plan for a signature class.</summary>
    /// <param name="request">The request facts, or <see langword="null"/> when the signature has no input.</param>
    /// <param name="staticAbstractInterfaces">Whether the language version has static abstract interface members.</param>
    /// <param name="input">The input schema's planned columns (<see langword="null"/>: refused).</param>
    /// <param name="inputContract">The input contract type, or <see langword="null"/> for an unnamed column.</param>
    /// <param name="outputPlanned">Whether the output schema is generated (or absent).</param>
    /// <param name="parameters">The params contract's planned params (<see langword="null"/>: refused or none declared).</param>
    /// <param name="paramsContract">The params contract type, or <see langword="null"/> for the two-argument form.</param>
    public static RequestPlan Plan(RequestSpec? request, bool staticAbstractInterfaces, PlannedColumn[]? input, string? inputContract,
        bool outputPlanned, PlannedParam[]? parameters, string? paramsContract)
    {
        if (request is null) return new RequestPlan(RequestOutcome.NoInput);
        if (input is not { Length: > 0 } || !outputPlanned || (paramsContract is not null && parameters is null))
        {
            return new RequestPlan(RequestOutcome.SignatureNotGenerated);
        }
        if (request.DeclaresReadRequest) return new RequestPlan(RequestOutcome.ReadRequestDeclared);
        if (!staticAbstractInterfaces) return new RequestPlan(RequestOutcome.LanguageVersion);
        if (request.InaccessibleType is { } inaccessible) return new RequestPlan(RequestOutcome.TypeNotAccessible, inaccessible);

        var constructions = new Dictionary<string, ConstructionSpec>(StringComparer.Ordinal);
        foreach (ConstructionSpec construction in request.Constructions) constructions[construction.ClrType] = construction;

        RequestPlan? problem = inputContract is null
            ? Readable(input[0].Member.Column!, owner: null, member: null, constructions)
            : InputContract(inputContract, input, constructions);
        if (problem is null && paramsContract is not null)
        {
            var names = new List<string>();
            foreach (PlannedParam param in parameters!)
            {
                TypeShape shape = param.Param.Type!;
                problem = TopLevel(paramsContract, param.Param.MemberName, shape, required: !shape.IsNullable, constructions);
                if (problem is not null) break;
                names.Add(param.Param.MemberName);
            }
            problem ??= Constructible(paramsContract, names, constructions);
        }
        return problem ?? RequestPlan.Generate;
    }

    private static RequestPlan? InputContract(string type, PlannedColumn[] columns, Dictionary<string, ConstructionSpec> constructions)
    {
        var names = new List<string>();
        foreach (PlannedColumn column in columns)
        {
            MemberMapping member = column.Member;
            if (member.Kind == MemberKind.Tensor)
            {
                if (ScalarConversionRules.NaturalElement(member.Tensor!.DType) != member.Tensor.ElementClrType)
                {
                    return new RequestPlan(RequestOutcome.TensorDTypeDiffersFromElement, type, member.MemberName);
                }
            }
            else if (TopLevel(type, member.MemberName, member.Column!, member.Required, constructions) is { } problem)
            {
                return problem;
            }
            names.Add(member.MemberName);
        }
        return Constructible(type, names, constructions);
    }

    // A column or param: a missing value needs somewhere to go, then the value must be readable.
    private static RequestPlan? TopLevel(string owner, string member, TypeShape shape, bool required, Dictionary<string, ConstructionSpec> constructions)
    {
        if (!required && !shape.IsNullable) return new RequestPlan(RequestOutcome.OptionalMemberNotNullable, owner, member);
        return Readable(shape, owner, member, constructions);
    }

    // Whether a value of the shape can be read into its C# type, item by item and property by property.
    private static RequestPlan? Readable(TypeShape shape, string? owner, string? member, Dictionary<string, ConstructionSpec> constructions)
    {
        RequestPlan NotReadable() => new(RequestOutcome.MemberTypeNotReadable, owner, member);
        switch (shape.Kind)
        {
            case ShapeKind.Scalar:
                return ScalarConversionRules.IsSupported(shape.DataType!, shape.ClrType) ? null : NotReadable();
            case ShapeKind.Array:
                if (shape.Container is not (ContainerKind.Array or ContainerKind.List or ContainerKind.ListInterface or ContainerKind.ImmutableArray))
                {
                    return NotReadable();
                }
                return Readable(shape.Element!, owner, member, constructions);
            case ShapeKind.Map:
                return Readable(shape.Element!, owner, member, constructions);
            case ShapeKind.Object:
            {
                var names = new List<string>();
                foreach (PropertyShape property in shape.Properties)
                {
                    if (!property.Required && !property.Type.IsNullable)
                    {
                        return new RequestPlan(RequestOutcome.OptionalMemberNotNullable, shape.ClrType, property.MemberName);
                    }
                    if (Readable(property.Type, shape.ClrType, property.MemberName, constructions) is { } problem) return problem;
                    names.Add(property.MemberName);
                }
                return Constructible(shape.ClrType, names, constructions);
            }
            case ShapeKind.Any:
                return shape.ClrType == "object" ? null : NotReadable();
            default:
                return NotReadable();
        }
    }

    // The reader creates the type with a public constructor (parameters matched to members) and an object initializer
    // for the other members; C# `required` members must be among those it has values for.
    private static RequestPlan? Constructible(string type, List<string> members, Dictionary<string, ConstructionSpec> constructions)
    {
        if (!constructions.TryGetValue(type, out ConstructionSpec? construction) || !construction.HasConstructor)
        {
            return new RequestPlan(RequestOutcome.NoUsableConstructor, type);
        }
        var passed = new HashSet<string>(StringComparer.Ordinal);
        foreach (ConstructorArgument argument in construction.Arguments) passed.Add(argument.Member);
        foreach (string member in members)
        {
            bool required = construction.RequiredMembers.Contains(member);
            if (passed.Contains(member) && !required) continue;
            if (!construction.Settable.Contains(member)) return new RequestPlan(RequestOutcome.MemberCannotBeSet, type, member);
        }
        foreach (string required in construction.RequiredMembers)
        {
            if (!members.Contains(required)) return new RequestPlan(RequestOutcome.RequiredMemberNotMapped, type, required);
        }
        return null;
    }
}
