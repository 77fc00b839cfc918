using System;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>The role attributes a type carries ([ModelInput], [ModelOutput], [ModelParams]); a valid contract has one.</summary>
[Flags]
internal enum RoleSet
{
    None = 0,
    Input = 1,
    Output = 2,
    Params = 4,
}

internal static class RoleSetExtensions
{
    /// <summary>The attribute's name as a user writes it: <c>ModelInput</c>.</summary>
    public static string AttributeName(this RoleSet role) => role switch
    {
        RoleSet.Input => "ModelInput",
        RoleSet.Output => "ModelOutput",
        RoleSet.Params => "ModelParams",
        _ => role.ToString(),
    };

    /// <summary>Whether exactly one role is set.</summary>
    public static bool IsSingle(this RoleSet roles) => roles != RoleSet.None && (roles & (roles - 1)) == 0;
}
