using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Signatures.Shared.Mapping;

/// <summary>Reads the role attributes of a type.</summary>
internal static class ContractRoles
{
    /// <summary>The metadata name of the attribute that declares <paramref name="role"/>.</summary>
    public static string AttributeName(ContractRole role) => role switch
    {
        ContractRole.Input => KnownTypeNames.ModelInputAttribute,
        ContractRole.Output => KnownTypeNames.ModelOutputAttribute,
        _ => KnownTypeNames.ModelParamsAttribute,
    };

    /// <summary>Every role attribute on <paramref name="type"/>, in declaration order, with its naming policy.</summary>
    public static List<(ContractRole Role, NamingPolicy Naming)> Of(ITypeSymbol type)
    {
        var roles = new List<(ContractRole, NamingPolicy)>();
        foreach (AttributeData attribute in type.GetAttributes())
        {
            foreach (ContractRole role in new[] { ContractRole.Input, ContractRole.Output, ContractRole.Params })
            {
                if (SymbolFacts.Is(attribute, AttributeName(role))) roles.Add((role, SymbolFacts.Naming(attribute)));
            }
        }
        return roles;
    }

    /// <summary>Whether <paramref name="type"/> declares <paramref name="role"/>, and with which naming policy.</summary>
    public static bool Has(ITypeSymbol type, ContractRole role, out NamingPolicy naming)
    {
        AttributeData? attribute = SymbolFacts.Find(type, AttributeName(role));
        naming = SymbolFacts.Naming(attribute);
        return attribute is not null;
    }
}
