using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>Locations inside an attribute application, for diagnostics that point at one argument.</summary>
internal static class AttributeSyntaxExtensions
{
    public static AttributeSyntax? GetSyntax(this AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

    /// <summary>The attribute's location, or <paramref name="fallback"/> when it has no source.</summary>
    public static Location GetLocation(this AttributeData attribute, Location fallback, CancellationToken cancellationToken) =>
        attribute.GetSyntax(cancellationToken)?.GetLocation() ?? fallback;

    /// <summary>The expression of the named argument <paramref name="name"/> (<c>Type = DataType.Integer</c>), if written.</summary>
    public static ExpressionSyntax? GetNamedArgument(this AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        AttributeArgumentListSyntax? arguments = attribute.GetSyntax(cancellationToken)?.ArgumentList;
        if (arguments is null)
        {
            return null;
        }
        foreach (AttributeArgumentSyntax argument in arguments.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument.Expression;
            }
        }
        return null;
    }
}
