using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Signatures.Analyzers.Infrastructure;
using Signatures.Shared.Mapping;

namespace Signatures.Analyzers.Rules;

/// <summary>SIG0006, SIG0007, SIG0008, SIG0012 and SIG0013: a <c>[ModelSignature&lt;...&gt;]</c> class must be static
/// partial and carry one signature; each type argument must fit its position: a contract of the matching role, or
/// (for input and output) <c>NoSchema</c> or a scalar or array type that the shared mapping turns into one unnamed,
/// required column; and a signature needs at least one of inputs, outputs and params.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SignatureClassAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.SignatureClassMustBeStaticPartial,
        DiagnosticDescriptors.UnsupportedSignatureTypeArgument,
        DiagnosticDescriptors.SignatureTypeArgumentRoleMismatch,
        DiagnosticDescriptors.MultipleSignatureAttributes,
        DiagnosticDescriptors.EmptySignature);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, KnownSymbols symbols)
    {
        if (symbols.ModelSignature2 is not null || symbols.ModelSignature3 is not null)
        {
            context.RegisterSymbolAction(c => AnalyzeType(c, symbols), SymbolKind.NamedType);
        }
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        INamedTypeSymbol type = (INamedTypeSymbol)context.Symbol;
        var attributes = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (symbols.IsModelSignature(attribute))
            {
                attributes.Add(attribute);
            }
        }
        if (attributes.Count == 0)
        {
            return;
        }

        CheckStaticPartial(context, type);
        Location fallback = DeclarationSyntax.IdentifierLocation(type, context.CancellationToken);
        for (int i = 1; i < attributes.Count; i++)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MultipleSignatureAttributes,
                attributes[i].GetLocation(fallback, context.CancellationToken),
                type.Name,
                attributes.Count));
        }
        foreach (AttributeData attribute in attributes)
        {
            CheckEmpty(context, type, attribute, fallback);
        }
        foreach (SignatureTypeArgument argument in SignatureTypeArgument.All(type, symbols, context.CancellationToken))
        {
            CheckTypeArgument(context, argument);
        }
    }

    // MLflow: "At least one of inputs, outputs or params must be provided".
    private static void CheckEmpty(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute, Location fallback)
    {
        ImmutableArray<ITypeSymbol> arguments = attribute.AttributeClass!.TypeArguments;
        if (arguments.Length == 2 && ContractMapper.IsNoSchema(arguments[0]) && ContractMapper.IsNoSchema(arguments[1]))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.EmptySignature, attribute.GetLocation(fallback, context.CancellationToken), type.Name));
        }
    }

    private static void CheckStaticPartial(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        CancellationToken ct = context.CancellationToken;
        if (!DeclarationSyntax.IsDeclaredInSource(type, ct))
        {
            return;
        }
        bool isPartial = DeclarationSyntax.HasModifier(type, SyntaxKind.PartialKeyword, ct);
        if (type.IsStatic && isPartial)
        {
            return;
        }
        string missing = (type.IsStatic, isPartial) switch
        {
            (false, false) => "static partial",
            (false, true) => "static",
            _ => "partial",
        };
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.SignatureClassMustBeStaticPartial,
            DeclarationSyntax.IdentifierLocation(type, ct),
            type.Name,
            missing));
    }

    private static void CheckTypeArgument(SymbolAnalysisContext context, SignatureTypeArgument argument)
    {
        RoleSet expected = argument.ExpectedRole;
        string? reason;
        if (argument.IsContract)
        {
            if ((argument.Roles & expected) != 0)
            {
                return;
            }
            if (expected != RoleSet.Params && argument.Roles is RoleSet.Input or RoleSet.Output)
            {
                // An input contract as the output (or the reverse) has the right shape, only the intent looks wrong.
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.SignatureTypeArgumentRoleMismatch,
                    argument.Location,
                    argument.Type.Name,
                    argument.Roles.AttributeName(),
                    argument.PositionName,
                    argument.SignatureClass.Name,
                    expected.AttributeName()));
                return;
            }
            reason = "it is a [" + FirstRole(argument.Roles).AttributeName() + "] contract";
        }
        else if (expected == RoleSet.Params)
        {
            reason = ContractMapper.IsNoSchema(argument.Type)
                ? "NoSchema stands for absent inputs or outputs; a signature without params uses the two-argument [ModelSignature<TInput, TOutput>]"
                : "params must be a [ModelParams] contract";
        }
        else if (ContractMapper.IsNoSchema(argument.Type))
        {
            return;
        }
        else
        {
            reason = WhyNotAnUnnamedColumn(argument, context.CancellationToken);
            if (reason is null)
            {
                return;
            }
        }

        string use = expected == RoleSet.Params
            ? "a [ModelParams] contract"
            : "a [" + expected.AttributeName() + "] contract or a type such as long, string or double[]";
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnsupportedSignatureTypeArgument,
            argument.Location,
            SymbolFacts.ShortName(argument.Type),
            argument.SignatureClass.Name,
            argument.PositionName,
            reason,
            use));
    }

    private static string? WhyNotAnUnnamedColumn(SignatureTypeArgument argument, CancellationToken cancellationToken)
    {
        MemberMapping? mapping = ContractMapper.MapTypeArgument(argument.Type, cancellationToken);
        if (mapping is null)
        {
            return "it is neither a model contract nor a scalar or array type MLflow can map";
        }
        foreach (MappingIssue issue in mapping.Issues)
        {
            if (issue.IsBlocking)
            {
                return issue.Detail;
            }
        }
        return null;
    }

    private static RoleSet FirstRole(RoleSet roles) =>
        (roles & RoleSet.Input) != 0 ? RoleSet.Input : (roles & RoleSet.Output) != 0 ? RoleSet.Output : RoleSet.Params;
}
