namespace Signatures.Shared.Mapping;

/// <summary>The role a contract declares with its attribute.</summary>
internal enum ContractRole
{
    /// <summary><c>[ModelInput]</c>.</summary>
    Input,
    /// <summary><c>[ModelOutput]</c>.</summary>
    Output,
    /// <summary><c>[ModelParams]</c>.</summary>
    Params,
}
