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
        if (request is { DeclaresReadRequest: false, InaccessibleType: null } && !CompleteNames.Of(request)) return null; // a type the reader builds is still being typed
        return new SignatureSpec(target, input, output, parameters, request, ParseExample(type, arguments, input));
    }

    // A declared input example: the generator adds CreateInputExample() when the members fit the rule (SIG0014 otherwise).
    private static ExampleSpec? ParseExample(INamedTypeSymbol type, ImmutableArray<ITypeSymbol> arguments, SchemaSourceSpec input)
    {
        if (input == SchemaSourceSpec.Absent || TypeTargetParser.Declares(type, [ExampleDeclaration.CreateInputExample])) return null;
        if (ExampleDeclaration.FindMember(type, ExampleDeclaration.InputExample) is not { } member
            || !ExampleDeclaration.IsStaticReadable(member)
            || ExampleDeclaration.TypeOf(member) is not { } memberType
            || ExampleDeclaration.Shape(memberType, arguments[0]) is not { } shape)
        {
            return null;
        }
        string? paramsType = null;
        if (ExampleDeclaration.FindMember(type, ExampleDeclaration.InputExampleParams) is { } paramsMember)
        {
            if (arguments.Length != 3 || !ExampleDeclaration.IsStaticReadable(paramsMember)
                || ExampleDeclaration.TypeOf(paramsMember) is not { } paramsMemberType || !ExampleDeclaration.IsParams(paramsMemberType, arguments[2]))
            {
                return null;
            }
            paramsType = arguments[2].ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        }
        return new ExampleSpec(shape, arguments[0].ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), input.Contract is not null, paramsType);
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
        return unnamed is { IsGeneratable: true } && CompleteNames.Of(unnamed) ? new SchemaSourceSpec(null, unnamed) : null;
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
