using Microsoft.CodeAnalysis;
using Signatures.Shared;

namespace Signatures.Analyzers.Infrastructure;

/// <summary>The runtime library's attribute types, resolved once per compilation. Analyzers do nothing when the
/// runtime library is not referenced (<see cref="TryCreate"/> returns <see langword="null"/>).</summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(
        INamedTypeSymbol modelInput,
        INamedTypeSymbol modelOutput,
        INamedTypeSymbol modelParams,
        INamedTypeSymbol? column,
        INamedTypeSymbol? tensor,
        INamedTypeSymbol? signatureIgnore,
        INamedTypeSymbol? modelSignature2,
        INamedTypeSymbol? modelSignature3)
    {
        ModelInput = modelInput;
        ModelOutput = modelOutput;
        ModelParams = modelParams;
        Column = column;
        Tensor = tensor;
        SignatureIgnore = signatureIgnore;
        ModelSignature2 = modelSignature2;
        ModelSignature3 = modelSignature3;
    }

    public INamedTypeSymbol ModelInput { get; }
    public INamedTypeSymbol ModelOutput { get; }
    public INamedTypeSymbol ModelParams { get; }
    public INamedTypeSymbol? Column { get; }
    public INamedTypeSymbol? Tensor { get; }
    public INamedTypeSymbol? SignatureIgnore { get; }
    public INamedTypeSymbol? ModelSignature2 { get; }
    public INamedTypeSymbol? ModelSignature3 { get; }

    public static KnownSymbols? TryCreate(Compilation compilation)
    {
        INamedTypeSymbol? input = compilation.GetTypeByMetadataName(KnownTypeNames.ModelInputAttribute);
        INamedTypeSymbol? output = compilation.GetTypeByMetadataName(KnownTypeNames.ModelOutputAttribute);
        INamedTypeSymbol? parameters = compilation.GetTypeByMetadataName(KnownTypeNames.ModelParamsAttribute);
        if (input is null || output is null || parameters is null)
        {
            return null;
        }

        return new KnownSymbols(
            input,
            output,
            parameters,
            compilation.GetTypeByMetadataName(KnownTypeNames.ColumnAttribute),
            compilation.GetTypeByMetadataName(KnownTypeNames.TensorAttribute),
            compilation.GetTypeByMetadataName(KnownTypeNames.SignatureIgnoreAttribute),
            compilation.GetTypeByMetadataName(KnownTypeNames.ModelSignatureAttribute2),
            compilation.GetTypeByMetadataName(KnownTypeNames.ModelSignatureAttribute3));
    }

    /// <summary>The role attributes on <paramref name="type"/> (several when the declaration is wrong), and the first
    /// of them (whose <c>Naming</c> applies).</summary>
    public RoleSet GetRoles(INamedTypeSymbol type, out AttributeData? firstRoleAttribute)
    {
        RoleSet roles = RoleSet.None;
        firstRoleAttribute = null;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            RoleSet role = RoleOf(attribute);
            if (role != RoleSet.None)
            {
                firstRoleAttribute ??= attribute;
                roles |= role;
            }
        }
        return roles;
    }

    /// <summary>The role attributes on <paramref name="type"/>.</summary>
    public RoleSet GetRoles(INamedTypeSymbol type) => GetRoles(type, out _);

    /// <summary>The role an attribute stands for, or <see cref="RoleSet.None"/>.</summary>
    public RoleSet RoleOf(AttributeData attribute)
    {
        INamedTypeSymbol? attributeClass = attribute.AttributeClass;
        if (SymbolEqualityComparer.Default.Equals(attributeClass, ModelInput)) return RoleSet.Input;
        if (SymbolEqualityComparer.Default.Equals(attributeClass, ModelOutput)) return RoleSet.Output;
        if (SymbolEqualityComparer.Default.Equals(attributeClass, ModelParams)) return RoleSet.Params;
        return RoleSet.None;
    }

    /// <summary>Whether the attribute is <c>[ModelSignature&lt;,&gt;]</c> or <c>[ModelSignature&lt;,,&gt;]</c>.</summary>
    public bool IsModelSignature(AttributeData attribute)
    {
        INamedTypeSymbol? definition = attribute.AttributeClass?.OriginalDefinition;
        return definition is not null
            && (SymbolEqualityComparer.Default.Equals(definition, ModelSignature2)
                || SymbolEqualityComparer.Default.Equals(definition, ModelSignature3));
    }
}
