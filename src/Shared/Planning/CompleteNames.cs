using Microsoft.CodeAnalysis.CSharp;
using Signatures.Shared.Mapping;

namespace Signatures.Shared.Planning;

/// <summary>
/// The rule that keeps half-typed code out of generated files: every name and type the emitters write must be a whole
/// C# identifier or type. A declaration still being typed (<c>Row(double A, double )</c>, <c>namespace Demo.;</c>, a
/// type without a name) has names the parser left empty; the generator then skips the declaration, and the compiler's
/// own error on the user's code is all the user sees. Shared, so the analyzers stay silent about what is skipped.
/// </summary>
internal static class CompleteNames
{
    /// <summary>Whether <paramref name="name"/> is a whole identifier (keywords are fine: emitters escape them with <c>@</c>).</summary>
    public static bool IsIdentifier(string name) => SyntaxFacts.IsValidIdentifier(name);

    /// <summary>Whether <paramref name="clrType"/> (as the mapping displays it) parses as a C# type on its own.</summary>
    public static bool IsType(string clrType) => clrType.Length > 0 && !SyntaxFactory.ParseTypeName(clrType).ContainsDiagnostics;

    /// <summary>Whether every column and param of a contract has a whole name and type.</summary>
    public static bool Of(EquatableArray<MemberMapping> columns, EquatableArray<ParamMapping> parameters)
    {
        foreach (MemberMapping member in columns)
        {
            if (!IsIdentifier(member.MemberName) || !Of(member)) return false;
        }
        foreach (ParamMapping param in parameters)
        {
            if (!IsIdentifier(param.MemberName) || !IsType(param.ClrType) || (param.Type is { } shape && !Of(shape))) return false;
        }
        return true;
    }

    /// <summary>Whether the type of <paramref name="member"/> is whole (its name is checked by the caller: the unnamed
    /// column of a signature's type argument has none).</summary>
    public static bool Of(MemberMapping member) =>
        IsType(member.ClrType)
        && (member.Column is not { } shape || Of(shape))
        && (member.Tensor is not { } tensor || IsType(tensor.ElementClrType));

    /// <summary>Whether the constructions a request reader writes name whole types, parameters and members.</summary>
    public static bool Of(RequestSpec request)
    {
        foreach (ConstructionSpec construction in request.Constructions)
        {
            if (!IsType(construction.ClrType)) return false;
            foreach (ConstructorArgument argument in construction.Arguments)
            {
                if (!IsIdentifier(argument.Parameter) || !IsIdentifier(argument.Member)) return false;
            }
            foreach (string member in construction.Settable)
            {
                if (!IsIdentifier(member)) return false;
            }
            foreach (string member in construction.RequiredMembers)
            {
                if (!IsIdentifier(member)) return false;
            }
        }
        return true;
    }

    private static bool Of(TypeShape shape)
    {
        if (!IsType(shape.ClrType) || (shape.Element is { } element && !Of(element))) return false;
        foreach (PropertyShape property in shape.Properties)
        {
            if (!IsIdentifier(property.MemberName) || !Of(property.Type)) return false;
        }
        return true;
    }
}
