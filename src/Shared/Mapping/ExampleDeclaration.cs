using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Signatures.Shared.Mapping;

/// <summary>How a declared input example supplies the signature's input: one value of the input type, or rows (any
/// sequence of it).</summary>
internal enum ExampleShape
{
    /// <summary>One instance (a tensor contract's tensors, one row, or one value of an unnamed input).</summary>
    Single,

    /// <summary>A sequence of instances (rows of a column contract, or values of an unnamed input).</summary>
    Rows,
}

/// <summary>
/// The rule for input examples declared on a <c>[ModelSignature&lt;...&gt;]</c> class, shared by the generator (which
/// adds <c>CreateInputExample()</c>) and the analyzer (SIG0014): a static property or field <c>InputExample</c> whose
/// type is the input type or a sequence of it, and optionally a static <c>InputExampleParams</c> of the params type.
/// </summary>
internal static class ExampleDeclaration
{
    /// <summary>The member that declares the example data.</summary>
    public const string InputExample = "InputExample";

    /// <summary>The member that declares the example's params.</summary>
    public const string InputExampleParams = "InputExampleParams";

    /// <summary>The method the generator adds.</summary>
    public const string CreateInputExample = "CreateInputExample";

    /// <summary>The property or field named <paramref name="name"/> the class declares itself, or <see langword="null"/>.</summary>
    public static ISymbol? FindMember(INamedTypeSymbol type, string name)
    {
        foreach (ISymbol member in type.GetMembers(name))
        {
            if (member is IPropertySymbol or IFieldSymbol) return member;
        }
        return null;
    }

    /// <summary>Whether the member can be read without an instance: static, and a field or a property with a getter.</summary>
    public static bool IsStaticReadable(ISymbol member) => member.IsStatic && member switch
    {
        IFieldSymbol => true,
        IPropertySymbol property => property.GetMethod is not null && !property.IsIndexer,
        _ => false,
    };

    /// <summary>The declared type of a property or field.</summary>
    public static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    /// <summary>How a member of <paramref name="memberType"/> supplies values of <paramref name="input"/>, or
    /// <see langword="null"/> when it does not.</summary>
    public static ExampleShape? Shape(ITypeSymbol memberType, ITypeSymbol input)
    {
        if (SymbolEqualityComparer.Default.Equals(memberType.WithNullableAnnotation(NullableAnnotation.None), input.WithNullableAnnotation(NullableAnnotation.None)))
        {
            return ExampleShape.Single;
        }
        if (memberType.SpecialType == SpecialType.System_String) return null;
        foreach (ITypeSymbol element in SequenceElements(memberType))
        {
            if (SymbolEqualityComparer.Default.Equals(element.WithNullableAnnotation(NullableAnnotation.None), input.WithNullableAnnotation(NullableAnnotation.None)))
            {
                return ExampleShape.Rows;
            }
        }
        return null;
    }

    /// <summary>Whether a member of <paramref name="memberType"/> holds params of <paramref name="parameters"/>.</summary>
    public static bool IsParams(ITypeSymbol memberType, ITypeSymbol parameters) =>
        SymbolEqualityComparer.Default.Equals(memberType.WithNullableAnnotation(NullableAnnotation.None), parameters.WithNullableAnnotation(NullableAnnotation.None));

    private static IEnumerable<ITypeSymbol> SequenceElements(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array) yield return array.ElementType;
        var candidates = new List<INamedTypeSymbol>();
        if (type is INamedTypeSymbol named) candidates.Add(named);
        candidates.AddRange(type.AllInterfaces);
        foreach (INamedTypeSymbol candidate in candidates)
        {
            if (candidate.IsGenericType && candidate.ConstructedFrom.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                yield return candidate.TypeArguments[0];
            }
        }
    }
}
