using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>One type argument of a <c>[ModelSignature&lt;TInput, TOutput(, TParams)&gt;]</c> on a signature class,
/// with the syntax that spells it.</summary>
internal sealed class SignatureTypeArgument
{
    private static readonly string[] PositionNames = { "input", "output", "params" };
    private static readonly RoleSet[] PositionRoles = { RoleSet.Input, RoleSet.Output, RoleSet.Params };

    private SignatureTypeArgument(INamedTypeSymbol signatureClass, int position, ITypeSymbol type, RoleSet roles, TypeSyntax? syntax, Location location)
    {
        SignatureClass = signatureClass;
        Position = position;
        Type = type;
        Roles = roles;
        Syntax = syntax;
        Location = location;
    }

    public INamedTypeSymbol SignatureClass { get; }

    /// <summary>0 input, 1 output, 2 params.</summary>
    public int Position { get; }

    public ITypeSymbol Type { get; }

    /// <summary>The role attributes on the type argument (none when it is not a contract).</summary>
    public RoleSet Roles { get; }

    public bool IsContract => Roles != RoleSet.None;

    /// <summary>The role this position expects.</summary>
    public RoleSet ExpectedRole => PositionRoles[Position];

    /// <summary><c>input</c>, <c>output</c> or <c>params</c>.</summary>
    public string PositionName => PositionNames[Position];

    /// <summary>The type argument's syntax inside the attribute, when found.</summary>
    public TypeSyntax? Syntax { get; }

    /// <summary>Where diagnostics about the argument go: its syntax, else the attribute, else the class name.</summary>
    public Location Location { get; }

    /// <summary>How messages name the unnamed column it stands for: <c>IrisModel.output</c>.</summary>
    public string DisplayName => SignatureClass.Name + "." + PositionName;

    /// <summary>Every type argument of every <c>[ModelSignature]</c> on <paramref name="type"/> (none for other types).</summary>
    public static IEnumerable<SignatureTypeArgument> All(INamedTypeSymbol type, KnownSymbols symbols, CancellationToken cancellationToken)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (!symbols.IsModelSignature(attribute))
            {
                continue;
            }
            ImmutableArray<ITypeSymbol> arguments = attribute.AttributeClass!.TypeArguments;
            GenericNameSyntax? generic = GenericName(attribute.GetSyntax(cancellationToken)?.Name);
            for (int i = 0; i < arguments.Length && i < PositionRoles.Length; i++)
            {
                if (arguments[i].TypeKind == TypeKind.Error)
                {
                    continue;
                }
                TypeSyntax? syntax = generic is not null && i < generic.TypeArgumentList.Arguments.Count ? generic.TypeArgumentList.Arguments[i] : null;
                Location location = syntax?.GetLocation()
                    ?? attribute.GetSyntax(cancellationToken)?.GetLocation()
                    ?? DeclarationSyntax.IdentifierLocation(type, cancellationToken);
                RoleSet roles = arguments[i] is INamedTypeSymbol named ? symbols.GetRoles(named) : RoleSet.None;
                yield return new SignatureTypeArgument(type, i, arguments[i], roles, syntax, location);
            }
        }
    }

    private static GenericNameSyntax? GenericName(NameSyntax? name)
    {
        while (true)
        {
            switch (name)
            {
                case QualifiedNameSyntax qualified:
                    name = qualified.Right;
                    break;
                case AliasQualifiedNameSyntax aliased:
                    name = aliased.Name;
                    break;
                default:
                    return name as GenericNameSyntax;
            }
        }
    }
}
