using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>Where a <see cref="MappingIssue"/> about a member's type is reported: the part of the member's type
/// syntax that spells the type the issue is about.</summary>
internal static class IssueLocations
{
    /// <summary>The syntax of the type the issue's path reaches inside the member's declaration (the nullable
    /// wrapper peeled), or the whole type; <paramref name="withinMember"/> is false when the issue lies inside a
    /// nested object type, so the syntax found spells that object type rather than the issue's own type.</summary>
    public static TypeSyntax? TypeAt(ContractMember member, MappingIssue issue, out bool withinMember, out ITypeSymbol? target, CancellationToken cancellationToken)
    {
        target = MappingPath.ResolveWithinMember(member.Type, issue.Path, out bool entersObject);
        withinMember = !entersObject;
        if (target is not null)
        {
            target = SymbolFacts.UnwrapNullable(target);
            TypeSyntax? found = MemberSyntax.Find(member, target, cancellationToken);
            if (found is not null)
            {
                return found;
            }
        }
        withinMember = false;
        return MemberSyntax.Type(member, cancellationToken);
    }

    /// <summary>The location of <see cref="TypeAt"/>, else the member's name.</summary>
    public static Location TypeLocation(ContractMember member, MappingIssue issue, CancellationToken cancellationToken) =>
        TypeAt(member, issue, out _, out _, cancellationToken)?.GetLocation() ?? MemberSyntax.NameLocation(member);
}
