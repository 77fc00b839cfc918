using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Signatures.Generators.Model;
using Signatures.Shared;
using Signatures.Shared.Mapping;

namespace Signatures.Generators.Parsing;

/// <summary>Turns a <c>[ModelSignature&lt;...&gt;]</c> class into a <see cref="SignatureSpec"/>.</summary>
internal static class SignatureParser
{
    /// <summary>
    /// The <c>ForAttributeWithMetadataName</c> transform. Returns <see langword="null"/> when the class carries more
    /// than one signature attribute, when the class cannot be extended, or when a type argument is neither a
    /// generated contract of the right role nor a scalar or array type.
    /// </summary>
    public static SignatureSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.Length != 1 || CountSignatureAttributes(type) != 1)
        {
            return null;
        }
        ImmutableArray<ITypeSymbol> arguments = context.Attributes[0].AttributeClass?.TypeArguments ?? ImmutableArray<ITypeSymbol>.Empty;
        if (arguments.Length is not (2 or 3)) return null;
        if (!GenerationTargets.IsGeneratedSignatureClass(type, cancellationToken)) return null;
        if (TypeTargetParser.Parse(type, allowStatic: true, cancellationToken) is not { } target) return null;

        Compilation compilation = context.SemanticModel.Compilation;
        if (Source(arguments[0], compilation, cancellationToken) is not { } input) return null;
        if (Source(arguments[1], compilation, cancellationToken) is not { } output) return null;
        ContractSpec? parameters = null;
        if (arguments.Length == 3)
        {
            parameters = arguments[2] is INamedTypeSymbol paramsType
                ? ContractParser.ParseType(paramsType, ContractRole.Params, compilation, cancellationToken)
                : null;
            if (parameters is null) return null;
        }
        RequestSpec? request = input == SchemaSourceSpec.Absent
            ? null
            : ConstructionReader.Read(type, arguments[0], arguments.Length == 3 ? arguments[2] : null,
                TypeTargetParser.Declares(type, RequestNames.ReadRequest), compilation, cancellationToken);
        return new SignatureSpec(target, input, output, parameters, request);
    }

    private static SchemaSourceSpec? Source(ITypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        if (type.TypeKind == TypeKind.Error) return null;
        if (ContractMapper.IsNoSchema(type)) return SchemaSourceSpec.Absent;
        if (ContractParser.ColumnRole(type) is { } role)
        {
            return type is INamedTypeSymbol named && ContractParser.ParseType(named, role, compilation, cancellationToken) is { } contract
                ? new SchemaSourceSpec(contract, null)
                : null;
        }
        if (ContractRoles.Of(type).Count > 0) return null; // a params contract (or several roles) in a schema position
        MemberMapping? unnamed = ContractMapper.MapTypeArgument(type, cancellationToken);
        return unnamed is { IsGeneratable: true } ? new SchemaSourceSpec(null, unnamed) : null;
    }

    private static int CountSignatureAttributes(INamedTypeSymbol type)
    {
        int count = 0;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (SymbolFacts.Is(attribute, KnownTypeNames.ModelSignatureAttribute2) || SymbolFacts.Is(attribute, KnownTypeNames.ModelSignatureAttribute3)) count++;
        }
        return count;
    }
}
