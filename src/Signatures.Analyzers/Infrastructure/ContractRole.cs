using System;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>The role attributes a type carries ([ModelInput], [ModelOutput], [ModelParams]); a valid contract has one.</summary>
[Flags]
internal enum ContractRoles
{
    None = 0,
    Input = 1,
    Output = 2,
    Params = 4,
}

internal static class ContractRolesExtensions
{
    /// <summary>The attribute's name as a user writes it: <c>ModelInput</c>.</summary>
    public static string AttributeName(this ContractRoles role) => role switch
    {
        ContractRoles.Input => "ModelInput",
        ContractRoles.Output => "ModelOutput",
        ContractRoles.Params => "ModelParams",
        _ => role.ToString(),
    };

    /// <summary>Whether exactly one role is set.</summary>
    public static bool IsSingle(this ContractRoles roles) => roles != ContractRoles.None && (roles & (roles - 1)) == 0;
}
